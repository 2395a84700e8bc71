package org.newsgraph.extract.time;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.extract.time.engine.RuleEngine;

/**
 * What a time expression's confidence is computed from ({@link TimeConfidence}): only what the tagger already
 * knows — the rule that matched and whether its dates stand on their own, what the resolution read (the article's
 * date, an earlier date in focus, the tense), the TIMEX3 type, mod and the shape of the value (complete, a
 * reference such as {@code PAST_REF}, with unknown parts), the words (how many, a year written out, vague words,
 * the first word) — as 0/1 and a few numeric features.
 */
final class TimeFeatures {
  /** Words that make an expression vague: its extent or its value is often judged otherwise. */
  private static final Set<String> VAGUE = Set.of("recent", "recently", "now", "past", "future", "current",
      "currently", "former", "once", "soon", "later", "earlier", "ago", "nearly", "about", "some", "several",
      "few", "many", "time", "times", "period", "moment", "era", "age", "lately", "then", "early", "late");
  private static final Pattern COMPLETE_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

  private TimeFeatures() {}

  static Map<String, Double> of(String text, RuleEngine.Tagged t) {
    TimeExpression x = t.time();
    Map<String, Double> f = new TreeMap<>();
    String surface = x.span().of(text).replaceAll("\\s+", " ");
    String lower = surface.toLowerCase(Locale.ROOT);
    String[] words = lower.split(" ");
    on(f, "rule=" + t.rule());
    on(f, "type=" + x.type());
    on(f, "type_rule=" + x.type() + "/" + t.rule());
    on(f, "absolute=" + t.absolute());
    on(f, "mod=" + (x.mod() == null ? "none" : x.mod()));
    on(f, "read_anchor=" + t.basis().contains("anchor"));
    on(f, "read_focus=" + t.basis().contains("focus"));
    on(f, "read_tense=" + t.basis().contains("tense"));
    on(f, "words=" + Math.min(4, words.length));
    f.put("chars_log", Math.log(1 + surface.length()));
    on(f, "year_written=" + YEAR.matcher(surface).find());
    on(f, "digit=" + surface.chars().anyMatch(Character::isDigit));
    on(f, "capitalised=" + Character.isUpperCase(surface.codePointAt(0)));
    boolean vague = false;
    for (String w : words) {
      vague |= VAGUE.contains(w.replaceAll("[^a-z]", ""));
    }
    on(f, "vague_word=" + vague);
    on(f, "first_word=" + words[0].replaceAll("[^a-z0-9]", "").replaceAll("\\d", "0"));
    on(f, "value_shape=" + shape(x.value()));
    on(f, "value_unknown_part=" + x.value().contains("X"));
    on(f, "value_complete_day=" + COMPLETE_DAY.matcher(x.value()).matches());
    on(f, "interval=" + (x.begin() != null && x.end() != null ? "closed" : x.begin() != null || x.end() != null
        ? "open" : "none"));
    return f;
  }

  /** The value's shape: digits as 9, letters kept ("9999-99-99", "P9Y", "PAST_REF", "9999-W99", "XXXX-99"). */
  static String shape(String value) {
    return value.replaceAll("\\d", "9").replaceAll("9+", "9");
  }

  private static void on(Map<String, Double> f, String name) {
    f.put(name, 1.0);
  }
}
