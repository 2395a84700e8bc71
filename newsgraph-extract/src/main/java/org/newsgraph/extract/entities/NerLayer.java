package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * newsgraph's named-entity recogniser over the CRF's output (CoreNLP's CoNLL 4-class model, as our {@link Token}
 * records carry it): what it decides per token, as CoNLL types with IOB2 prefixes ({@code B-PER}, {@code I-ORG},
 * {@code O}).
 */
public final class NerLayer {
  private static final NerLayer BUNDLED = new NerLayer();

  private NerLayer() {}

  /** The recogniser with its shipped model. */
  public static NerLayer bundled() {
    return BUNDLED;
  }

  /** newsgraph's tags for one document's sentences (IOB2). */
  public List<List<String>> tag(List<Sentence> sentences) {
    return crf(sentences);
  }

  /** The CRF's tags as they are, in IOB2: a run of tokens with one type is one phrase. */
  public static List<List<String>> crf(List<Sentence> sentences) {
    List<List<String>> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<String> tags = new ArrayList<>();
      String prev = "O";
      for (Token t : s.tokens()) {
        String type = conllType(t.ner());
        tags.add(type.equals("O") ? "O" : (type.equals(prev) ? "I-" : "B-") + type);
        prev = type;
      }
      out.add(tags);
    }
    return out;
  }

  /** CoNLL's type for CoreNLP's coarse tag: PER, LOC, ORG, MISC, or O. */
  public static String conllType(String ner) {
    return switch (ner) {
      case "PERSON" -> "PER";
      case "LOCATION" -> "LOC";
      case "ORGANIZATION" -> "ORG";
      case "MISC" -> "MISC";
      default -> "O";
    };
  }
}
