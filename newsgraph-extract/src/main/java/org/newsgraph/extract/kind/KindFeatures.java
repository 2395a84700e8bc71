package org.newsgraph.extract.kind;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of an article as the kind model sees them: lower-case letter runs of two letters or more, common function
 * words left out, each weighted {@code log(1 + count)} and the whole scaled to length 1, so that a long article and a
 * one-sentence record weigh alike. The headline counts twice. Plain text in, no NLP needed.
 */
final class KindFeatures {
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "on", "at", "for", "by",
      "with", "from", "as", "is", "was", "are", "were", "be", "been", "it", "its", "an", "or", "that", "this",
      "which", "who", "he", "she", "they", "his", "her", "their", "has", "have", "had", "but", "not", "will",
      "would", "said", "says");

  private KindFeatures() {}

  static Map<String, Double> of(String headline, String text) {
    Map<String, Integer> counts = new HashMap<>();
    count(text, counts, 1);
    if (headline != null && !text.startsWith(headline)) {
      count(headline, counts, 2);
    } else if (headline != null) {
      count(headline, counts, 1);
    }
    Map<String, Double> out = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double v = Math.log1p(e.getValue());
      out.put(e.getKey(), v);
      norm += v * v;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      out.replaceAll((k, v) -> v / n);
    }
    return out;
  }

  private static void count(String s, Map<String, Integer> counts, int times) {
    String lower = s.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      if (!isLetter(lower.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < lower.length() && isLetter(lower.charAt(j))) {
        j++;
      }
      if (j - i >= 2) {
        String w = lower.substring(i, j);
        if (!FUNCTION_WORDS.contains(w)) {
          counts.merge(w, times, Integer::sum);
        }
      }
      i = j;
    }
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
