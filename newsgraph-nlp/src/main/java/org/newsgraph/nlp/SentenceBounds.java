package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ChunkAnnotationUtils;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.NewsgraphConfig;

/**
 * Bounds the sentences of a tokenised, sentence-split document before it is tagged and parsed, so that no sentence
 * costs more than a bounded amount: the tagger and the parser grow faster than linearly with a sentence's length (a
 * 100,000-character "sentence" kept CoreNLP busy for minutes), and the recogniser's features with a word's.
 */
final class SentenceBounds {
  /** Characters of a word the taggers see: longer ones (a base64 blob, a run of one letter) are shortened for them. */
  static final int MAX_WORD_CHARS = 100;

  private SentenceBounds() {}

  /**
   * Cuts the sentences of {@code doc} over {@code limits.maxSentenceTokens} into pieces, keeps the first {@code
   * limits.maxSentences}, and shortens absurdly long words for the taggers; returns a note for each kind of change
   * (none for an ordinary document, which is left exactly as it was).
   */
  static List<String> apply(Annotation doc, NewsgraphConfig.Limits limits) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int max = limits.maxSentenceTokens();
    boolean tooLong = false;
    for (CoreMap s : sentences) {
      tooLong |= s.get(CoreAnnotations.TokensAnnotation.class).size() > max;
    }
    List<String> notes = new ArrayList<>();
    if (tooLong || sentences.size() > limits.maxSentences()) {
      int cut = 0;
      List<CoreMap> bounded = new ArrayList<>();
      for (CoreMap s : sentences) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.size() <= max) {
          bounded.add(s);
          continue;
        }
        cut++;
        int first = s.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (int from = 0; from < tokens.size(); from += max) {
          bounded.add(piece(doc, s, tokens.subList(from, Math.min(tokens.size(), from + max)), first + from));
        }
      }
      int total = bounded.size();
      if (total > limits.maxSentences()) {
        bounded = new ArrayList<>(bounded.subList(0, limits.maxSentences()));
      }
      for (int i = 0; i < bounded.size(); i++) {
        CoreMap s = bounded.get(i);
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
        for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
          t.setSentIndex(i);
        }
      }
      doc.set(CoreAnnotations.SentencesAnnotation.class, bounded);
      if (cut > 0) {
        notes.add(String.format(Locale.ROOT, "%,d sentence%s longer than %,d tokens %s cut into pieces of that length"
            + " before tagging and parsing (limits.maxSentenceTokens)", cut, cut == 1 ? "" : "s", max,
            cut == 1 ? "was" : "were"));
      }
      if (total > limits.maxSentences()) {
        notes.add(String.format(Locale.ROOT, "analysed the first %,d of %,d sentences (limits.maxSentences); the rest"
            + " of the text is kept but not analysed", limits.maxSentences(), total));
      }
    }
    int shortened = 0;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        if (t.word() != null && t.word().length() > MAX_WORD_CHARS) {
          String w = t.word().substring(0, MAX_WORD_CHARS);
          t.setWord(w);
          t.setValue(w);
          shortened++;
        }
      }
    }
    if (shortened > 0) {
      notes.add(String.format(Locale.ROOT, "%,d word%s longer than %d characters %s shortened for the taggers (the"
          + " text is unchanged)", shortened, shortened == 1 ? "" : "s", MAX_WORD_CHARS,
          shortened == 1 ? "was" : "were"));
    }
    return notes;
  }

  /** A sentence of its own over {@code tokens} (a run of a longer one, whose other annotations it shares). */
  private static CoreMap piece(Annotation doc, CoreMap whole, List<CoreLabel> tokens, int firstToken) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation p = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class).substring(begin, end));
    p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    List<CoreLabel> own = new ArrayList<>(tokens);
    p.set(CoreAnnotations.TokensAnnotation.class, own);
    p.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
    p.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + own.size());
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
    }
    ChunkAnnotationUtils.copyUnsetAnnotations(whole, p);
    return p;
  }
}
