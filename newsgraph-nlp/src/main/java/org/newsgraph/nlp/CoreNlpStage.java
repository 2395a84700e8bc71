package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Facet;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Stage;
import org.newsgraph.core.Token;
import org.newsgraph.core.Work;

/**
 * Runs Stanford CoreNLP over the article text and turns its output into our {@link Sentence}/{@link Token}
 * records. The only stage that touches CoreNLP; models load once per JVM on first use.
 *
 * <p>Bounded before it parses ({@link SentenceBounds}): the text is cut into tokens and sentences first (cheap, linear);
 * a sentence over {@code limits.maxSentenceTokens} is cut into pieces, sentences past {@code limits.maxSentences} are
 * left out, and a word of absurd length is shortened for the taggers (its span and text stay as written); only then
 * do the tagger, the recogniser and the parser run, each sentence at a bounded cost. What was cut is noted on the
 * article. CoreNLP stops at its next sentence when the thread is interrupted (a time budget ran out).
 */
public final class CoreNlpStage implements Stage {
  private final NewsgraphConfig.Nlp settings;
  private final NewsgraphConfig.Limits limits;

  /** The stage for the configuration's {@code nlp} section, with the default limits. */
  public CoreNlpStage(NewsgraphConfig.Nlp settings) {
    this(settings, NewsgraphConfig.defaults().limits());
  }

  /** The stage for the configuration's {@code nlp} section and its sentence limits. */
  public CoreNlpStage(NewsgraphConfig.Nlp settings, NewsgraphConfig.Limits limits) {
    this.settings = settings;
    this.limits = limits;
  }

  /** Loads the models now (otherwise the first article pays for it); returns the load time in seconds. */
  public double warmUp() {
    return CoreNlpModels.get(settings).loadSeconds();
  }

  @Override
  public void load() {
    CoreNlpModels.get(settings);
  }

  /** Releases the models loaded by every stage in this JVM; the next use loads them again. */
  public static void unloadAll() {
    CoreNlpModels.clear();
  }

  @Override
  public String id() {
    return settings.dependencies() ? "nlp.corenlp.v1" : "nlp.corenlp-nodeps.v1";
  }

  @Override
  public Set<Facet> requires() {
    return Set.of(Facet.TEXT);
  }

  @Override
  public Set<Facet> provides() {
    EnumSet<Facet> f = EnumSet.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.NER);
    if (settings.dependencies()) {
      f.add(Facet.DEPENDENCIES);
    }
    return f;
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    String text = in.text();
    Annotation doc = new Annotation(text);
    CoreNlpModels.Loaded models = CoreNlpModels.get(settings);
    models.split().annotate(doc);
    List<String> notes = SentenceBounds.apply(doc, limits);
    models.tag().annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      Work.step(s.get(CoreAnnotations.TokensAnnotation.class).size());
      int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
      ParsedDependencies deps = ParsedDependencies.none(n);
      if (models.parser() != null) {
        BasicDependencies.parse(models.parser(), s);
        deps = ParsedDependencies.of(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), n);
      }
      sentences.add(sentence(sentences.size(), s, text, deps));
    }
    AnalyzedArticle out = in.withSentences(sentences, provides(), id());
    for (String n : notes) {
      out = out.withNote(n);
    }
    return out;
  }

  private Sentence sentence(int index, CoreMap s, String text, ParsedDependencies deps) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    int n = labels.size();
    int[] heads = deps.heads();
    String[] rels = deps.relations();
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreLabel l = labels.get(i);
      Span span = new Span(l.beginPosition(), l.endPosition());
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, span, span.of(text), l.tag(), l.lemma(), ner, heads[i], rels[i]));
    }
    int begin = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
    int end = labels.isEmpty() ? 0 : labels.get(n - 1).endPosition();
    return new Sentence(index, new Span(begin, end), tokens);
  }
}
