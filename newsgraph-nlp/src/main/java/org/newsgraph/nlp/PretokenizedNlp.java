package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * CoreNLP's part-of-speech tagger and NER on text that is already split into tokens and sentences (a gold corpus
 * such as CoNLL-2003), with the same NER settings as {@link CoreNlpStage}: the tokens are kept as given (joined by
 * spaces, one sentence a line, and split back on exactly those), so the tags line up with the gold file's tokens.
 * No dependency parse. Loaded once per JVM.
 */
public final class PretokenizedNlp {
  private static volatile StanfordCoreNLP pipeline;

  private PretokenizedNlp() {}

  /** The text these sentences are analysed as: words joined by single spaces, one sentence a line. */
  public static String text(List<List<String>> sentences) {
    StringBuilder b = new StringBuilder();
    for (List<String> s : sentences) {
      b.append(String.join(" ", s)).append('\n');
    }
    return b.toString();
  }

  /**
   * Our sentence and token records for {@code sentences} (token spans into {@link #text}). Words must be non-empty
   * and hold no whitespace.
   */
  public static List<Sentence> analyze(List<List<String>> sentences) {
    for (List<String> s : sentences) {
      for (String w : s) {
        if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException("a token must be non-empty and hold no whitespace: '" + w + "'");
        }
      }
    }
    String text = text(sentences);
    Annotation doc = new Annotation(text);
    pipeline().annotate(doc);
    List<Sentence> out = new ArrayList<>();
    List<CoreMap> annotated = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int k = 0;
    for (List<String> given : sentences) {
      if (given.isEmpty()) {
        continue;
      }
      List<CoreLabel> labels = annotated.get(k).get(CoreAnnotations.TokensAnnotation.class);
      if (labels.size() != given.size()) {
        throw new IllegalStateException("CoreNLP split sentence " + (k + 1) + " into " + labels.size()
            + " tokens, not the " + given.size() + " given");
      }
      List<Token> tokens = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        Span span = new Span(l.beginPosition(), l.endPosition());
        tokens.add(new Token(i, span, span.of(text), l.tag(), l.lemma(), l.ner() == null ? "O" : l.ner(), -1,
            "dep"));
      }
      out.add(new Sentence(out.size(), new Span(tokens.get(0).span().begin(),
          tokens.get(tokens.size() - 1).span().end()), tokens));
      k++;
    }
    return out;
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (PretokenizedNlp.class) {
        p = pipeline;
        if (p == null) {
          NlpLogging.apply();
          Properties props = CoreNlpModels.properties(new NewsgraphConfig.Nlp(false));
          props.setProperty("tokenize.whitespace", "true");
          props.setProperty("ssplit.eolonly", "true");
          pipeline = p = new StanfordCoreNLP(props);
        }
      }
    }
    return p;
  }
}
