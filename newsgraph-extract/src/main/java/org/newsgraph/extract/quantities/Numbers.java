package org.newsgraph.extract.quantities;

import java.util.Locale;
import java.util.Map;

/** The value of a number as written: "10,000", "3.5", "twelve", "2bn"; and scale words ("million"). */
final class Numbers {
  private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("two", 2.0), Map.entry("three", 3.0),
      Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
      Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
      Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
      Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0), Map.entry("seventy", 70.0),
      Map.entry("eighty", 80.0), Map.entry("ninety", 90.0));
  private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
      "mln", 1e6, "billion", 1e9, "bln", 1e9, "bn", 1e9, "trillion", 1e12);

  private Numbers() {}

  /** The value of one number token, or NaN when it is not one ("one" is left out: it is as often a pronoun). */
  static double value(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    Double named = WORDS.get(w);
    if (named != null) {
      return named;
    }
    double scale = 1;
    for (Map.Entry<String, Double> s : SCALES.entrySet()) {
      if (w.length() > s.getKey().length() && w.endsWith(s.getKey())
          && Character.isDigit(w.charAt(w.length() - s.getKey().length() - 1))) {
        scale = s.getValue();
        w = w.substring(0, w.length() - s.getKey().length());
        break;
      }
    }
    if (w.endsWith("m") && w.length() > 1 && Character.isDigit(w.charAt(w.length() - 2))) {
      scale = 1e6;
      w = w.substring(0, w.length() - 1);
    }
    if (!w.matches("\\d+(\\.\\d+)?")) {
      return Double.NaN;
    }
    return Double.parseDouble(w) * scale;
  }

  /** The factor of a scale word ("million"), or NaN. */
  static double scale(String word) {
    Double s = SCALES.get(word.toLowerCase(Locale.ROOT));
    return s == null ? Double.NaN : s;
  }

  /** A year rather than an amount: four digits from 1800 to 2100, written without a comma. */
  static boolean looksLikeYear(String word) {
    if (!word.matches("\\d{4}")) {
      return false;
    }
    int y = Integer.parseInt(word);
    return y >= 1800 && y <= 2100;
  }
}
