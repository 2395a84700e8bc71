package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text side of the stance model: lower-cased word tokens with a light suffix stemmer, sentences, the stop words,
 * and a test for "is this English at all". Deliberately simple and fast: it runs on every (claim, body) pair and
 * needs no NLP models.
 */
final class StanceText {
  private StanceText() {}

  static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for",
      "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
      "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "him",
      "them", "us", "me", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
      "may", "might", "about", "after", "before", "over", "into", "than", "then", "there", "here", "who", "whom",
      "which", "what", "when", "where", "why", "how", "all", "any", "some", "more", "most", "also", "just", "so",
      "if", "up", "out", "s", "said", "says", "say", "one", "new", "while", "such", "other", "only");

  /** Words that are common in any English text; a body with almost none of them is not English. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "was", "that", "for",
      "with", "on", "as", "by", "it", "he", "she", "they", "are", "be", "has", "have", "from", "at", "this");

  /** Lower-cased word tokens (letters and digits), apostrophe endings ('s, n't) cut off. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    String s = text.toLowerCase(Locale.ROOT);
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        String t = s.substring(start, i);
        if (i + 2 < n && (s.charAt(i) == '\'' || s.charAt(i) == '\u2019') && s.charAt(i + 1) == 't'
            && t.endsWith("n")) {
          out.add(t.substring(0, t.length() - 1));
          out.add("not");
          i += 2;
          continue;
        }
        out.add(t);
        if (i + 1 < n && (s.charAt(i) == '\'' || s.charAt(i) == '\u2019')) {
          i += 2;
        }
      }
    }
    return out;
  }

  /** A light stemmer: plural -s, -es, -ing, -ed, -ly; enough to match "denies"/"denied", "reports"/"reported". */
  static String stem(String w) {
    int n = w.length();
    if (n > 5 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 5 && w.endsWith("ied")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 5 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("ed")) {
      return w.substring(0, n - 2);
    }
    if (n > 4 && w.endsWith("ly")) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** Stems of the tokens that are not stop words. */
  static List<String> contentStems(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (String t : tokens) {
      if (!STOP.contains(t)) {
        out.add(stem(t));
      }
    }
    return out;
  }

  /** Sentences, split after . ! ? followed by white space (or a line break); good enough for news bodies. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == n
          || Character.isWhitespace(text.charAt(i + 1))));
      if (end) {
        String s = text.substring(start, i + 1).strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
        start = i + 1;
      }
    }
    String tail = text.substring(start).strip();
    if (!tail.isEmpty()) {
      out.add(tail);
    }
    return out;
  }

  /**
   * True when the tokens look English: at least 5 words and at least one in twelve a common English function word
   * (English news runs near one in three; French, German or Spanish text near none).
   */
  static boolean english(List<String> tokens) {
    if (tokens.size() < 5) {
      return false;
    }
    int hits = 0;
    for (String t : tokens) {
      if (ENGLISH.contains(t)) {
        hits++;
      }
    }
    return hits * 12 >= tokens.size();
  }
}
