package org.newsgraph.extract.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.claims.model.FeatureSink;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.gazetteer.NameHit;

/**
 * The features of {@link NerTagger}'s own tagger, from a document's words alone (no POS, no CRF): the word, its lower
 * case, shape, prefixes and suffixes; the words and shapes around it; whether its sentence is an all-capitals
 * headline; clusters of words learned from unlabelled news
 * ({@link WordClusters}, the word's and its neighbours'); the gazetteer (a capitalised run of up to four words that names a country, place, demonym or
 * organisation); and the document: whether the same word is written capitalised inside a sentence elsewhere in the
 * document, or in lower case (a name is capitalised wherever it stands; a sentence's first word may not be a name).
 */
final class NerFeatures {
  private static final int GAZETTEER_WORDS = 4;

  private final Gazetteer gazetteer;
  private final WordClusters clusters;

  NerFeatures(Gazetteer gazetteer, WordClusters clusters) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
  }

  WordClusters clusters() {
    return clusters;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Writes each token's features, sentence after sentence, into one sink per sentence. */
  void document(List<List<String>> sentences, List<FeatureSink> sinks) {
    document(sentences, null, sinks);
  }

  /**
   * The same, and with a first pass's tags of the document ({@code first}, IOB2; null: none) the second pass's
   * features: the token's own first-pass type, and the types the first pass gave the same word (any case) elsewhere in
   * the document, the most frequent one ("h=ORG"), or "h=none" when it stands untagged everywhere else.
   */
  void document(List<List<String>> sentences, List<List<String>> first, List<FeatureSink> sinks) {
    Map<String, int[]> seen = new HashMap<>(); // lower case → {capitalised inside a sentence, lower case}
    boolean[] headline = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      List<String> w = sentences.get(s);
      headline[s] = allCapitals(w);
      for (int i = 0; i < w.size(); i++) {
        String word = w.get(i);
        if (!Character.isLetter(word.codePointAt(0))) {
          continue;
        }
        int[] c = seen.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new int[2]);
        if (Character.isLowerCase(word.codePointAt(0))) {
          c[1]++;
        } else if (i > 0 && !headline[s]) {
          c[0]++;
        }
      }
    }
    Map<String, int[]> typed = new HashMap<>(); // lower case → first-pass tokens of each type, then untagged ones
    if (first != null) {
      for (int s = 0; s < sentences.size(); s++) {
        for (int i = 0; i < sentences.get(s).size(); i++) {
          typed.computeIfAbsent(sentences.get(s).get(i).toLowerCase(Locale.ROOT), k -> new int[TYPES.size() + 1])
              [type(first.get(s).get(i))]++;
        }
      }
    }
    for (int s = 0; s < sentences.size(); s++) {
      sentence(sentences.get(s), headline[s], seen, first == null ? null : first.get(s), typed, sinks.get(s));
    }
  }

  private void sentence(List<String> w, boolean headline, Map<String, int[]> seen, List<String> first,
      Map<String, int[]> typed, FeatureSink out) {
    int n = w.size();
    String[] lower = new String[n];
    String[] shape = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = w.get(i).toLowerCase(Locale.ROOT);
      shape[i] = shape(w.get(i));
    }
    String[] gaz = gazetteer(w);
    int[][] cluster = new int[n][];
    for (int i = 0; i < n; i++) {
      cluster[i] = clusters.of(w.get(i));
    }
    for (int i = 0; i < n; i++) {
      String word = w.get(i);
      out.add("b");
      out.add("w=", word);
      out.add("l=", lower[i]);
      out.add("s=", shape[i]);
      for (int k = 1; k <= 4 && k <= lower[i].length(); k++) {
        out.add("p" + k + "=", lower[i].substring(0, k));
        out.add("x" + k + "=", lower[i].substring(lower[i].length() - k));
      }
      String l1 = i > 0 ? lower[i - 1] : "<s>";
      String r1 = i + 1 < n ? lower[i + 1] : "</s>";
      String s1 = i > 0 ? shape[i - 1] : "<s>";
      String t1 = i + 1 < n ? shape[i + 1] : "</s>";
      out.add("l-1=", l1);
      out.add("l+1=", r1);
      out.add("l-2=", i > 1 ? lower[i - 2] : "<s>");
      out.add("l+2=", i + 2 < n ? lower[i + 2] : "</s>");
      out.add("l-1|l=", l1, "|", lower[i]);
      out.add("l|l+1=", lower[i], "|", r1);
      out.add("s-1=", s1);
      out.add("s+1=", t1);
      out.add("s-1|s|s+1=", s1, "|", shape[i], "|" + t1);
      if (i == 0) {
        out.add("first|s=", shape[i]);
      }
      if (headline) {
        out.add("caps|l=", lower[i]);
      }
      clusterFeatures(cluster, i, out);
      if (gaz[i] != null) {
        out.add("g=", gaz[i]);
        out.add("g|s=", gaz[i], "|", shape[i]);
      }
      if (first != null) {
        history(first.get(i), typed.get(lower[i]), shape[i], out);
      }
      int[] c = seen.get(lower[i]);
      if (c != null && Character.isLetter(word.codePointAt(0))) {
        String doc = (c[0] > 0 ? "C" : "-") + (c[1] > 0 ? "l" : "-");
        out.add("d=", doc, "|", i == 0 || headline ? "start" : "in");
      }
      out.next();
    }
  }

  private static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

  /** The index of an IOB2 tag's type in {@link #TYPES}; {@code TYPES.size()} for O. */
  private static int type(String tag) {
    int k = tag.equals("O") ? -1 : TYPES.indexOf(tag.substring(2));
    return k < 0 ? TYPES.size() : k;
  }

  /** The token's own first-pass type, and the most frequent type of the word's other tokens in the document. */
  private static void history(String own, int[] counts, String shape, FeatureSink out) {
    int self = type(own);
    out.add("t1=", own);
    out.add("t1|s=", own, "|", shape);
    int best = -1;
    int others = 0;
    for (int k = 0; k < TYPES.size(); k++) {
      int n = counts[k] - (k == self ? 1 : 0);
      others += n;
      if (n > 0 && (best < 0 || n > counts[best] - (best == self ? 1 : 0))) {
        best = k;
      }
    }
    int untagged = counts[TYPES.size()] - (self == TYPES.size() ? 1 : 0);
    if (best >= 0) {
      out.add("h=", TYPES.get(best));
      out.add("h|t1=", TYPES.get(best), "|", own);
    } else if (untagged > 0 && others == 0) {
      out.add("h=none|s=", shape);
    }
  }

  /** The word's cluster at each level, its neighbours' at the middle level ("k1-1="), the fine one with its shape. */
  private void clusterFeatures(int[][] cluster, int i, FeatureSink out) {
    if (clusters.levels() == 0) {
      return;
    }
    int mid = clusters.levels() / 2;
    if (cluster[i] == null) {
      out.add("k=none");
    } else {
      for (int l = 0; l < cluster[i].length; l++) {
        out.add("k" + l + "=", Integer.toString(cluster[i][l]));
      }
    }
    String left = i == 0 ? "<s>" : cluster[i - 1] == null ? "none" : Integer.toString(cluster[i - 1][mid]);
    String right = i + 1 == cluster.length ? "</s>" : cluster[i + 1] == null ? "none"
        : Integer.toString(cluster[i + 1][mid]);
    out.add("km-1=", left);
    out.add("km+1=", right);
  }

  /** Per token, the gazetteer's label for the longest capitalised run that names an entry ("B-COUNTRY/NAME"). */
  private String[] gazetteer(List<String> w) {
    String[] out = new String[w.size()];
    int i = 0;
    while (i < w.size()) {
      int found = 0;
      String label = null;
      if (Character.isUpperCase(w.get(i).codePointAt(0))) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < w.size() && k < i + GAZETTEER_WORDS; k++) {
          sb.append(k > i ? " " : "").append(w.get(k));
          List<NameHit> hits = gazetteer.lookup(sb.toString());
          if (!hits.isEmpty()) {
            found = k - i + 1;
            label = hits.get(0).entry().type() + "/" + hits.get(0).kind();
          }
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      for (int k = i; k < i + found; k++) {
        out[k] = (k == i ? "B-" : "I-") + label;
      }
      i += found;
    }
    return out;
  }

  /** Word shape with runs collapsed: "Xx" for "Clinton", "X.X." for "U.S.", "d,d" for "1,000", "Xx-Xx". */
  static String shape(String word) {
    StringBuilder sb = new StringBuilder();
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      char c = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
      if (c != last || !(c == 'X' || c == 'x' || c == 'd')) {
        sb.append(c);
      }
      last = c;
    }
    return sb.toString();
  }

  /** A headline in capitals: more than one word with letters, each in upper case. */
  static boolean allCapitals(List<String> w) {
    int words = 0;
    for (String x : w) {
      if (x.chars().anyMatch(Character::isLetter)) {
        words++;
        if (!x.equals(x.toUpperCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    return words > 1;
  }
}
