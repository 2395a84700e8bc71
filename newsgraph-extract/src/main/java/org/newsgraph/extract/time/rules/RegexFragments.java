package org.newsgraph.extract.time.rules;

import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_ABBR;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_FULL;
import static org.newsgraph.extract.time.resolution.TimeWords.NUMBER_WORDS;
import static org.newsgraph.extract.time.resolution.TimeWords.WEEKDAY_NAMES;

import org.newsgraph.extract.time.engine.Match;

/** The pieces the time rules' patterns are written with, and the reading of the groups they name. */
final class RegexFragments {
  private RegexFragments() {}

  /** Where a word starts: no letter, digit, apostrophe or hyphen just before. */
  static final String WORD_START = "(?<![\\w'\u2019-])";
  /** Where a word ends: no letter or digit just after. */
  static final String WORD_END = "(?![\\w])";
  /** A month, full or abbreviated (group {@code mon}). */
  static final String MONTH = "(?<mon>(?:" + MONTH_FULL + ")|(?:" + MONTH_ABBR + ")\\.?)";
  /** A weekday (group {@code wd}). */
  static final String WEEKDAY = "(?<wd>" + WEEKDAY_NAMES + ")";
  /** A year of four digits, 1500 to 2099, not part of a number (group {@code y}). */
  static final String YEAR = "(?<y>(?:1[5-9]|20)\\d\\d)(?![\\w%]|[.,]\\d)";
  /** A day of the month, perhaps ordinal ("4th"), not part of a clock time or a number (group {@code d}). */
  static final String DAY_OF_MONTH = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\w]|:\\d|[.,]\\d)";
  /** A number word ("twenty"). */
  static final String NUMBER_WORD = "(?:" + NUMBER_WORDS + ")";
  /** A quantity in digits or words, or a vague one ("several", "a few"); see {@code TimeWords.quantity}. */
  static final String QUANTITY = "(?:\\d+(?:\\.\\d+)?(?:[ \u00a0]1/2)?|\\d{1,3}(?:,\\d{3})+|"
      + NUMBER_WORD + "(?:[- ]" + NUMBER_WORD + ")*(?:\\s+and\\s+a\\s+half)?"
      + "|a\\s+few|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+number\\s+of"
      + "|several|few|many|some|an?)";
  /** A unit of time, singular or plural (group {@code u}). */
  static final String UNITS = "(?<u>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?"
      + "|quarters?|years?|decades?|century|centuries)";
  /** A unit of time in the singular, as in "three-year" (group {@code u}). */
  static final String UNIT = "(?<u>second|minute|hour|day|night|week|month|quarter|year|decade"
      + "|century)";
  /** What qualifies a quantity: "more than", "about" (group {@code q}; see {@code Quantities.modOf}). */
  static final String QUANTITY_MODIFIER = "(?<q>more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most"
      + "|no\\s+more\\s+than|no\\s+less\\s+than|up\\s+to|nearly|almost|about|around|approximately|roughly|some"
      + "|under|just\\s+over|just\\s+under|well\\s+over|close\\s+to|upwards\\s+of|as\\s+many\\s+as"
      + "|as\\s+long\\s+as|the\\s+better\\s+part\\s+of|only|just|barely|a\\s+full|fully)";
  /** "early", "mid-", "the end of" before a period (group {@code pre} or {@code mid}; see {@link #preMod}). */
  static final String PREMODIFIER = "(?:(?<pre>early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of"
      + "|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+close\\s+of)\\s+|(?<mid>mid-|early-|late-))";
  /** A season (group {@code s}). */
  static final String SEASON = "(?<s>spring|summer|fall|autumn|winter)";
  /** What "this", "last" or "next" may name: a unit, a season, a weekday or a month (group {@code u}). */
  static final String RELATIVE_UNIT = "(?<u>week|month|year|quarter|decade|century|spring|summer|fall|autumn"
      + "|winter|weekend|" + WEEKDAY_NAMES + "|" + MONTH_FULL + ")";

  /** The TIMEX3 mod of a {@link #PREMODIFIER} in the match: START, MID or END, or null. */
  static String preMod(Match g) {
    String p = g.lower("pre");
    if (p == null) {
      p = g.lower("mid");
    }
    if (p == null) {
      return null;
    }
    p = p.replace("-", "").trim();
    if (p.startsWith("early") || p.contains("beginning") || p.contains("start")) {
      return "START";
    }
    if (p.startsWith("late") || p.contains("end") || p.contains("close")) {
      return "END";
    }
    if (p.startsWith("mid") || p.contains("middle")) {
      return "MID";
    }
    return null;
  }
}
