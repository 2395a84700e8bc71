package org.newsgraph.extract.time.resolution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Words of the time vocabulary: months, weekdays, number and ordinal words, and what they stand for. */
public final class TimeWords {
  private TimeWords() {}

  public static final String MONTH_FULL =
      "january|february|march|april|may|june|july|august|september|october|november|december";
  public static final String MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
  public static final String WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  public static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
      + "|eighty|ninety|hundred";
  public static final String ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
      + "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
      + "|twenty-first|twenty-second";

  /** Number word → value, ordinal word → value. */
  private static final Map<String, Integer> WORDS = new HashMap<>();
  private static final Map<String, Integer> ORD = new HashMap<>();

  static {
    String[] w = NUMBER_WORDS.split("\\|");
    int[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80,
        90, 100};
    for (int i = 0; i < w.length; i++) {
      WORDS.put(w[i], v[i]);
    }
    String[] o = ORDINAL_WORDS.split("\\|");
    for (int i = 0; i < o.length; i++) {
      ORD.put(o[i], i < 20 ? i + 1 : 21 + (i - 20));
    }
    ORD.put("1st", 1);
    ORD.put("2nd", 2);
    ORD.put("3rd", 3);
    ORD.put("4th", 4);
    ORD.put("final", 4);
    ORD.put("last", 4);
  }

  /** 1–12 for a month name or abbreviation (with or without the dot), else 0. */
  public static int month(String s) {
    String m = s.toLowerCase(Locale.ROOT).replace(".", "");
    if (m.length() < 3) {
      return 0;
    }
    String[] full = MONTH_FULL.split("\\|");
    for (int i = 0; i < 12; i++) {
      if (full[i].equals(m) || (m.length() >= 3 && full[i].startsWith(m) && (m.length() <= 4))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** ISO day of week 1 (Monday) – 7 for a weekday name, else 0. */
  public static int weekday(String s) {
    String[] d = WEEKDAY_NAMES.split("\\|");
    String l = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < 7; i++) {
      if (l.startsWith(d[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  /** An ordinal word or number ("third", "3rd", "21st") as an int, else 0. */
  public static int ordinal(String s) {
    String l = s.toLowerCase(Locale.ROOT).replace(' ', '-');
    Integer v = ORD.get(l);
    if (v != null) {
      return v;
    }
    String digits = l.replaceAll("(st|nd|rd|th)$", "");
    return digits.matches("\\d{1,3}") ? Integer.parseInt(digits) : 0;
  }

  /**
   * A quantity: digits ("3", "2.5", "2 1/2"), number words ("twenty four", "twenty-four"), "a"/"an" (1), "a couple
   * of" (2); NaN for a vague quantity ("several", "a few", "many", "some"); null when not a quantity.
   */
  public static Double quantity(String s) {
    if (s == null) {
      return null;
    }
    String l = s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    double extra = 0;
    if (l.endsWith(" and a half")) {
      extra = 0.5;
      l = l.substring(0, l.length() - " and a half".length()).trim();
    }
    if (l.endsWith(" 1/2") || l.endsWith("\u00a01/2")) {
      extra = 0.5;
      l = l.substring(0, l.length() - 4).trim();
    }
    switch (l) {
      case "a":
      case "an":
      case "one":
        return 1 + extra;
      case "a couple of":
      case "a couple":
      case "couple of":
        return 2.0;
      case "several":
      case "a few":
      case "few":
      case "many":
      case "some":
      case "a number of":
        return Double.NaN;
      default:
        break;
    }
    if (l.matches("\\d+(\\.\\d+)?")) {
      return Double.parseDouble(l) + extra;
    }
    if (l.matches("\\d{1,3}(,\\d{3})+")) {
      return Double.parseDouble(l.replace(",", "")) + extra;
    }
    double total = 0;
    double cur = 0;
    boolean any = false;
    for (String part : l.split("[- ]+")) {
      if (part.equals("and")) {
        continue;
      }
      Integer v = WORDS.get(part);
      if (v == null) {
        return null;
      }
      any = true;
      if (v == 100) {
        cur = (cur == 0 ? 1 : cur) * 100;
      } else {
        cur += v;
      }
    }
    total += cur;
    return any ? total + extra : null;
  }

  /** Capitalised (first letter upper case). */
  public static boolean capitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }
}
