package org.newsgraph.extract.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.Quantity;
import org.newsgraph.core.Quantity.Qualifier;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Finds the amounts a sentence gives, reading its tokens left to right: an optional qualifier ("more than", "at
 * least", "up to", "about", "between"), an optional currency sign, the number and its scale word ("2 billion"),
 * an optional unit ("pct", "dlrs", "tonnes") and the noun it counts ("troops", "people"), past a few modifiers
 * ("10,000 North Korean troops"). Years, numbers inside a time expression and numbers that are part of a name
 * ("Resolution 2231") are not amounts.
 */
final class QuantityFinder {
  /** Qualifiers as the words before the number, longest first. */
  private static final List<Map.Entry<String, Qualifier>> QUALIFIERS = List.of(
      Map.entry("no more than", Qualifier.UP_TO), Map.entry("not more than", Qualifier.UP_TO),
      Map.entry("as many as", Qualifier.UP_TO), Map.entry("in excess of", Qualifier.OVER),
      Map.entry("more than", Qualifier.OVER), Map.entry("greater than", Qualifier.OVER),
      Map.entry("at least", Qualifier.OVER), Map.entry("upwards of", Qualifier.OVER),
      Map.entry("up to", Qualifier.UP_TO), Map.entry("less than", Qualifier.UP_TO),
      Map.entry("fewer than", Qualifier.UP_TO), Map.entry("at most", Qualifier.UP_TO),
      Map.entry("close to", Qualifier.NEARLY), Map.entry("an estimated", Qualifier.ABOUT),
      Map.entry("over", Qualifier.OVER), Map.entry("above", Qualifier.OVER), Map.entry("exceeding", Qualifier.OVER),
      Map.entry("under", Qualifier.UP_TO), Map.entry("below", Qualifier.UP_TO),
      Map.entry("nearly", Qualifier.NEARLY), Map.entry("almost", Qualifier.NEARLY),
      Map.entry("about", Qualifier.ABOUT), Map.entry("around", Qualifier.ABOUT), Map.entry("some", Qualifier.ABOUT),
      Map.entry("roughly", Qualifier.ABOUT), Map.entry("approximately", Qualifier.ABOUT),
      Map.entry("estimated", Qualifier.ABOUT), Map.entry("between", Qualifier.BETWEEN));
  private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "us$", "USD", "£", "GBP", "#", "GBP",
      "€", "EUR", "¥", "JPY");
  /** Unit words after the number, by lower-case word: the unit they give. */
  private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("pct", "pct"),
      Map.entry("percent", "pct"), Map.entry("%", "pct"), Map.entry("dlrs", "USD"), Map.entry("dollars", "USD"),
      Map.entry("stg", "GBP"), Map.entry("sterling", "GBP"), Map.entry("pounds", "GBP"), Map.entry("yen", "JPY"),
      Map.entry("euros", "EUR"), Map.entry("marks", "DEM"), Map.entry("francs", "FRF"), Map.entry("tonnes", "tonne"),
      Map.entry("tons", "tonne"), Map.entry("tonne", "tonne"), Map.entry("barrels", "barrel"),
      Map.entry("bpd", "barrel_per_day"), Map.entry("km", "km"), Map.entry("kilometres", "km"),
      Map.entry("kilometers", "km"), Map.entry("miles", "mile"), Map.entry("acres", "acre"),
      Map.entry("hectares", "hectare"), Map.entry("ounces", "ounce"), Map.entry("bushels", "bushel"));
  /** Nouns that make the amount a duration or a date, which the time stage reads. */
  private static final Set<String> TIME_NOUNS = Set.of("year", "month", "week", "day", "hour", "minute", "second",
      "decade", "century", "time", "am", "pm", "a.m.", "p.m.");
  /**
   * Modifiers that make the amount a part or an increment, not the whole ("three other detainees", "500 more
   * troops", "2,000 additional soldiers"): such an amount does not give the event's total, so it is left out.
   */
  private static final Set<String> PART_WORDS = Set.of("other", "more", "additional", "further", "extra", "fewer",
      "less");
  /** Words between the number and its noun that may be skipped: modifiers. */
  private static final int MAX_MODIFIERS = 3;

  private QuantityFinder() {}

  /** An amount, and the token its clause is reached from (its counted noun, else its last number token). */
  record Found(Quantity quantity, int anchor) {}

  /** The amounts of {@code s}; {@code times} are the time expressions of the article (their numbers are skipped). */
  static List<Found> find(Sentence s, List<Span> times) {
    List<Token> t = s.tokens();
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int next = i + 1;
      if (startsAmount(t, i, times)) {
        Found f = read(t, i);
        if (f != null) {
          out.add(f);
          next = Math.max(next, lastToken(t, f.quantity().span()) + 1);
        }
      }
      i = next;
    }
    return out;
  }

  private static boolean startsAmount(List<Token> t, int i, List<Span> times) {
    Token k = t.get(i);
    if (!k.pos().equals("CD") || Double.isNaN(Numbers.value(k.word())) || Numbers.looksLikeYear(k.word())) {
      return false;
    }
    for (Span x : times) {
      if (x.overlaps(k.span())) {
        return false;
      }
    }
    int before = i - 1;
    if (before >= 0 && CURRENCY_SIGNS.containsKey(lower(t.get(before)))) {
      return true;
    }
    // "Resolution 2231", "Flight 17", "from 3 pct to 4 pct" (the old value of a change), "No. 1"
    return before < 0 || !(t.get(before).isProperNoun() || lower(t.get(before)).equals("from")
        || lower(t.get(before)).equals("no."));
  }

  private static Found read(List<Token> t, int first) {
    int begin = first;
    String unit = null;
    if (first > 0 && CURRENCY_SIGNS.containsKey(lower(t.get(first - 1)))) {
      unit = CURRENCY_SIGNS.get(lower(t.get(first - 1)));
      begin = first - 1;
    }
    int end = first;
    double value = Numbers.value(t.get(first).word());
    while (end + 1 < t.size() && !Double.isNaN(Numbers.scale(t.get(end + 1).word()))) {
      value *= Numbers.scale(t.get(++end).word());
    }
    Qualifier q = Qualifier.EXACT;
    int qualifierStart = begin;
    for (Map.Entry<String, Qualifier> e : QUALIFIERS) {
      int at = endsWith(t, begin, e.getKey());
      if (at >= 0) {
        q = e.getValue();
        qualifierStart = at;
        break;
      }
    }
    Double upper = null;
    int rangeEnd = rangeEnd(t, end, q);
    if (rangeEnd > end) {
      int second = rangeEnd;
      double v2 = Numbers.value(t.get(second).word());
      while (second + 1 < t.size() && !Double.isNaN(Numbers.scale(t.get(second + 1).word()))) {
        v2 *= Numbers.scale(t.get(++second).word());
      }
      if (v2 >= value) {
        upper = v2;
        q = Qualifier.BETWEEN;
        end = second;
      }
    }
    if (q == Qualifier.BETWEEN && upper == null) {
      q = Qualifier.EXACT; // "between" with no second number: the word is not a range here
      qualifierStart = begin;
    }
    int last = end;
    if (last + 1 < t.size() && unit == null && UNITS.containsKey(lower(t.get(last + 1)))) {
      unit = UNITS.get(lower(t.get(++last)));
    } else if (last + 2 < t.size() && lower(t.get(last + 1)).equals("per") && lower(t.get(last + 2)).equals("cent")) {
      unit = "pct";
      last += 2;
    }
    int noun = countedNoun(t, last, unit != null);
    for (int k = last + 1; k < noun; k++) {
      if (PART_WORDS.contains(lower(t.get(k)))) {
        return null;
      }
    }
    String counted = null;
    if (noun >= 0) {
      counted = singular(t.get(noun));
      if (TIME_NOUNS.contains(counted)) {
        return null;
      }
      last = noun;
    }
    if (unit == null && counted == null) {
      return null; // a bare number: nothing says what it counts
    }
    Span span = new Span(t.get(qualifierStart).span().begin(), t.get(last).span().end());
    return new Found(new Quantity(span, q, value, upper, unit, counted), noun >= 0 ? noun : end);
  }

  /** The first token of the second number of "between 10 and 20" or "10 to 20", else {@code end}. */
  private static int rangeEnd(List<Token> t, int end, Qualifier q) {
    if (end + 2 >= t.size()) {
      return end;
    }
    String link = lower(t.get(end + 1));
    boolean joins = q == Qualifier.BETWEEN ? link.equals("and") : link.equals("to") || link.equals("-");
    Token second = t.get(end + 2);
    if (joins && second.pos().equals("CD") && !Double.isNaN(Numbers.value(second.word()))) {
      return end + 2;
    }
    return end;
  }

  /**
   * The noun the amount counts: the first noun after it past a few modifiers ("10,000 North Korean troops"), or
   * after a unit the noun of "of" ("2 million barrels of oil"); -1 when there is none.
   */
  private static int countedNoun(List<Token> t, int last, boolean hasUnit) {
    int i = last + 1;
    if (hasUnit) {
      if (i + 1 < t.size() && lower(t.get(i)).equals("of") && isCommonNoun(t.get(i + 1))) {
        return i + 1;
      }
      return -1;
    }
    for (int skipped = 0; i < t.size() && skipped <= MAX_MODIFIERS; i++, skipped++) {
      Token k = t.get(i);
      if (isCommonNoun(k)) {
        // a compound: "10,000 army troops" counts the troops
        while (i + 1 < t.size() && isCommonNoun(t.get(i + 1))) {
          i++;
        }
        return i;
      }
      boolean modifier = k.pos().startsWith("JJ") || k.pos().startsWith("NNP") || k.pos().equals("VBN")
          || k.pos().equals("HYPH") || k.word().equals("-");
      if (!modifier) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The noun's lemma, made singular when the lemmatizer left a plural as it was ("troops"): amounts are compared by
   * what they count, so "troops" and "troop" must be one thing.
   */
  static String singular(Token k) {
    String w = k.lemma().toLowerCase(Locale.ROOT);
    if (!k.pos().equals("NNS") || !w.endsWith("s") || w.endsWith("ss") || w.length() < 4) {
      return w;
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) {
      return w.substring(0, w.length() - 2);
    }
    return w.substring(0, w.length() - 1);
  }

  private static boolean isCommonNoun(Token k) {
    return k.pos().equals("NN") || k.pos().equals("NNS");
  }

  /** The index of the first token of {@code phrase} when it ends just before token {@code at}, else -1. */
  private static int endsWith(List<Token> t, int at, String phrase) {
    String[] words = phrase.split(" ");
    int start = at - words.length;
    if (start < 0) {
      return -1;
    }
    for (int k = 0; k < words.length; k++) {
      if (!lower(t.get(start + k)).equals(words[k])) {
        return -1;
      }
    }
    return start;
  }

  private static int lastToken(List<Token> t, Span s) {
    int last = 0;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).span().begin() < s.end()) {
        last = i;
      }
    }
    return last;
  }

  private static String lower(Token k) {
    return k.word().toLowerCase(Locale.ROOT);
  }
}
