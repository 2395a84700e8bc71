package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Phrase-level precision, recall and F1 by the rules of CoNLL's {@code conlleval}: tags are read as IOB1, IOB2 or
 * IOBES ({@code B-}, {@code I-}, {@code E-}, {@code S-} prefixes, {@code O} outside); a phrase is right when a gold
 * phrase has exactly its first token, last token and type. Micro-averaged overall; per type likewise. Token
 * accuracy (of types, whatever the tag scheme) is kept too, not the metric. Sentence ends close phrases.
 */
public final class ConllScorer {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, predicted, gold}
  private int tokens;
  private int tokensRight;

  /** A phrase: first token, last token (inclusive), type. */
  public record Phrase(int first, int last, String type) {}

  /** Adds one sentence: gold and predicted tags, token for token. */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " tags, the prediction " + predicted.size());
    }
    for (int i = 0; i < gold.size(); i++) {
      tokens++;
      tokensRight += type(gold.get(i)).equals(type(predicted.get(i))) ? 1 : 0;
    }
    Set<Phrase> g = new HashSet<>(phrases(gold));
    for (Phrase p : g) {
      count(p.type())[2]++;
    }
    for (Phrase p : phrases(predicted)) {
      int[] c = count(p.type());
      c[1]++;
      if (g.contains(p)) {
        c[0]++;
      }
    }
  }

  /** The type of a tag ("PER" for "B-PER" and "I-PER"), "O" outside: token accuracy ignores the tag scheme. */
  private static String type(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
  }

  private int[] count(String type) {
    return counts.computeIfAbsent(type, k -> new int[3]);
  }

  /** The phrases of a tag sequence, by conlleval's start-of-chunk and end-of-chunk rules. */
  public static List<Phrase> phrases(List<String> tags) {
    List<Phrase> out = new ArrayList<>();
    String prevTag = "O";
    String prevType = "";
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      String tag = t.equals("O") ? "O" : t.substring(0, 1);
      String type = t.equals("O") ? "" : t.substring(2);
      if (start >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
        out.add(new Phrase(start, i - 1, prevType));
        start = -1;
      }
      if (startOfChunk(prevTag, tag, prevType, type)) {
        start = i;
      }
      prevTag = tag;
      prevType = type;
    }
    return out;
  }

  private static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
    return prevTag.equals("B") && (tag.equals("B") || tag.equals("S") || tag.equals("O"))
        || prevTag.equals("I") && (tag.equals("B") || tag.equals("S") || tag.equals("O"))
        || prevTag.equals("E") || prevTag.equals("S")
        || !prevTag.equals("O") && !prevType.equals(type);
  }

  private static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
    return tag.equals("B") || tag.equals("S")
        || (prevTag.equals("E") || prevTag.equals("S") || prevTag.equals("O")) && (tag.equals("I") || tag.equals("E"))
        || !tag.equals("O") && !prevType.equals(type);
  }

  /** Precision, recall and F1 of one type, or of all ({@code type} null). */
  public record Figures(String type, int correct, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-7s P %.4f  R %.4f  F1 %.4f  (%d right of %d predicted, %d gold)",
          type == null ? "overall" : type, precision(), recall(), f1(), correct, predicted, gold);
    }
  }

  public Figures overall() {
    int c = 0;
    int p = 0;
    int g = 0;
    for (int[] x : counts.values()) {
      c += x[0];
      p += x[1];
      g += x[2];
    }
    return new Figures(null, c, p, g);
  }

  /** Per type, in alphabetical order. */
  public List<Figures> byType() {
    List<Figures> out = new ArrayList<>();
    counts.forEach((t, x) -> out.add(new Figures(t, x[0], x[1], x[2])));
    return out;
  }

  public double tokenAccuracy() {
    return tokens == 0 ? 0 : (double) tokensRight / tokens;
  }

  public int tokens() {
    return tokens;
  }
}
