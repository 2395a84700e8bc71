package org.newsgraph.extract.time;

import static org.newsgraph.extract.time.Lex.MONTH_ABBR;
import static org.newsgraph.extract.time.Lex.MONTH_FULL;
import static org.newsgraph.extract.time.Lex.NUMW;
import static org.newsgraph.extract.time.Lex.ORDW;
import static org.newsgraph.extract.time.Lex.WEEKDAY;
import static org.newsgraph.extract.time.Rules.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;
import org.newsgraph.extract.time.Cal.Gran;
import org.newsgraph.extract.time.Cal.Out;

/**
 * How the time rules resolve a match: direction from tense and focus, anchoring, durations, modifiers, and the
 * checks that tell a date from a look-alike (a year from a count or a house number, a month from the verb "may").
 */
final class Resolution {
  private Resolution() {}

  // ---- resolution helpers -----------------------------------------------------------------------------------

  enum Dir { PAST, FUTURE, NEAREST }

  static Dir dir(Ctx c, Dir unknown, Dir present) {
    switch (c.tense()) {
      case PAST:
        return Dir.PAST;
      case FUTURE:
        return Dir.FUTURE;
      case PRESENT:
        return present;
      default:
        return unknown;
    }
  }

  static Out anchorAt(Ctx c, Gran g, long shift) {
    if (c.anchor == null) {
      return Cal.unknown(g);
    }
    return Cal.at(Cal.plus(c.anchor, g, shift), g);
  }

  /**
   * Which way a bare weekday points: the governing tense (past by default, nearest for the present), forward after
   * "until", "as soon as", "before" or "next" (a deadline or a plan: "postponed until Tuesday", "has given them until
   * 9 a.m. Tuesday"), backward for a possessive that names a past event ("Wednesday's ruling", "Thursday's close").
   */
  static Dir weekdayDir(Ctx c, int exprBegin) {
    Dir d = dir(c, Dir.PAST, Dir.NEAREST);
    String pw = c.wordBefore(1);
    String pw2 = c.wordBefore(2);
    if (pw.matches("a\\.m\\.?|p\\.m\\.?|am|pm|noon|midnight|est|edt|gmt|time")) {
      // "until 9 a.m. Tuesday": look past the clock time
      for (int k = 2; k <= 5; k++) {
        String w = c.wordBefore(k);
        if (w.matches("until|till|by|before|at|to|from|on|,") || w.isEmpty()) {
          pw = w;
          pw2 = c.wordBefore(k + 1);
          break;
        }
      }
    }
    String nw = c.wordAfter(1);
    if ((nw.equals("'s") || nw.equals("\u2019s")) && d != Dir.PAST && !c.wordAfter(2).matches(
        "elections?|votes?|vote|deadline|meetings?|summit|talks|referendum|games?|match|race|hearing|session|visit"
        + "|trip|ballot|polls|debate|launch|opening|sitting|auction|ceremony|rally|parade|showdown|final")) {
      return Dir.PAST; // "get around Wednesday's ruling", "over Thursday's closing price": already news
    }
    boolean openingUntil = pw.matches("until|till") && (pw2.isEmpty() || pw2.matches("[,;:`'\"]+|and|but"));
    if (pw.equals("as") && pw2.matches("soon|early|late") || pw.matches("until|till") && !openingUntil
        || pw.matches("before|next|until|till") && c.tense() != Tense.PAST) {
      return Dir.FUTURE;
    }
    return d;
  }

  /**
   * Which way a month or a day without a year points: by tense, except after "effective" or "through", where the
   * clause's tense is that of the announcement, not of the date ("created an office, effective Feb. 1", "loans
   * through January"): the nearest one.
   */
  static Dir dateDir(Ctx c) {
    String pw = c.wordBefore(1);
    if (pw.matches("effective|through|thru")) {
      return Dir.NEAREST;
    }
    return dir(c, Dir.NEAREST, Dir.NEAREST);
  }

  /** A weekday resolved against the anchor: PAST on or before it, FUTURE on or after it, NEAREST either. */
  static Out weekday(Ctx c, int dow, Dir d) {
    if (c.anchor == null) {
      return new Out(TimexType.DATE, "XXXX-WXX-" + dow, null, null, null, Gran.DAY);
    }
    DayOfWeek w = DayOfWeek.of(dow);
    LocalDate past = c.anchor.with(TemporalAdjusters.previousOrSame(w));
    LocalDate fut = c.anchor.with(TemporalAdjusters.nextOrSame(w));
    LocalDate r;
    if (d == Dir.PAST) {
      r = past;
    } else if (d == Dir.FUTURE) {
      r = fut;
    } else {
      long back = c.anchor.toEpochDay() - past.toEpochDay();
      long fwd = fut.toEpochDay() - c.anchor.toEpochDay();
      r = fwd < back ? fut : past;
    }
    return Cal.at(r, Gran.DAY);
  }

  /** A month without a year, resolved by tense around the anchor month. */
  static Out monthNamed(Ctx c, int month, Dir d) {
    if (c.anchor == null) {
      return new Out(TimexType.DATE, "XXXX-" + Cal.pad(month, 2), null, null, null, Gran.MONTH);
    }
    Integer fy = focusYear(c);
    if (fy != null) {
      return Cal.at(LocalDate.of(fy, month, 1), Gran.MONTH);
    }
    int ay = c.anchor.getYear();
    int am = c.anchor.getMonthValue();
    int y;
    boolean rangeStart = c.wordAfter(1).matches("to|until|till|through|-|\u2013") && Lex.month(c.wordAfter(2)) > 0;
    if (d == Dir.PAST) {
      // past tense: the latest such month, unless the next one is at most two months away ("cut supplies in
      // September", said in August) and the month does not open a range ("ran from March to May")
      y = month <= am || month - am <= 2 && !rangeStart ? ay : ay - 1;
    } else if (d == Dir.FUTURE) {
      y = month >= am ? ay : ay + 1;
    } else {
      int diff = month - am;
      y = diff > 6 ? ay - 1 : diff < -6 ? ay + 1 : ay;
      if (diff == 6 || diff == -6) {
        y = diff > 0 ? ay - 1 : ay;
      }
    }
    LocalDate start = rangeStartBefore(c);
    if (start != null && LocalDate.of(y, month, 1).isBefore(start)) {
      y = start.getMonthValue() <= month ? start.getYear() : start.getYear() + 1; // "from November to February"
    }
    return Cal.at(LocalDate.of(y, month, 1), Gran.MONTH);
  }

  /**
   * When the current match closes a range ("from March to May", "November-February"), the month that opened it,
   * so that the end is never placed before the start; otherwise null.
   */
  static LocalDate rangeStartBefore(Ctx c) {
    if (!c.wordBefore(1).matches("to|until|till|through|-|\u2013")) {
      return null;
    }
    Ctx.Focus f = c.lastFocus();
    if (f == null || f.sentence() != c.sentenceIndex() || f.out().gran() != Gran.MONTH || f.out().begin() == null
        || c.begin - f.end() > 12) {
      return null;
    }
    return f.out().begin();
  }

  /**
   * Whether the words just before the match end in a quantity ("8.5%", "10,000 units", "$2 million"), which
   * makes a following "annually" or "a year" a rate rather than a time the text talks about.
   */
  static boolean rateAfterQuantity(Ctx c) {
    for (int k = 1; k <= 2; k++) {
      Token t = c.before(k);
      if (t == null) {
        return false;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("CD") || w.matches("%|percent|cents?|dollars?|yen|marks|francs|pounds|euros?")) {
        return true;
      }
      if (k == 1 && !t.pos().startsWith("NN")) {
        return false; // only one noun may stand between: "10,000 units annually"
      }
    }
    return false;
  }

  /** How far back (characters) a written-out year still dates a month or day in the same sentence. */
  static final int FOCUS_YEAR_REACH = 50;

  /**
   * An explicit year mentioned earlier in the same sentence ("In 1996 … in March") that differs from the anchor's:
   * a month or day without a year then belongs to it.
   */
  static Integer focusYear(Ctx c) {
    Ctx.Focus f = c.lastFocus();
    if (f == null || f.sentence() != c.sentenceIndex() || f.out().gran() != Gran.YEAR || f.out().begin() == null
        || !f.absolute() || c.begin - f.end() > FOCUS_YEAR_REACH) {
      return null; // only a written-out year close by: "In 1996, prices rose in March"
    }
    int y = f.out().begin().getYear();
    return c.anchor != null && y == c.anchor.getYear() ? null : y;
  }

  /** A month and day without a year. */
  static Out monthDay(Ctx c, int month, int day, Dir d) {
    if (day < 1 || day > 31) {
      return null;
    }
    if (c.anchor == null) {
      return new Out(TimexType.DATE, "XXXX-" + Cal.pad(month, 2) + "-" + Cal.pad(day, 2), null, null, null,
          Gran.DAY);
    }
    Integer fy = focusYear(c);
    if (fy != null) {
      LocalDate x = safeDate(fy, month, day);
      return x == null ? null : Cal.at(x, Gran.DAY);
    }
    return nearestYearly(c, y -> safeDate(y, month, day), d);
  }

  interface YearlyDate {
    LocalDate in(int year);
  }

  static Out nearestYearly(Ctx c, YearlyDate f, Dir d) {
    int ay = c.anchor.getYear();
    LocalDate best = null;
    long bestDist = Long.MAX_VALUE;
    for (int y = ay - 1; y <= ay + 1; y++) {
      LocalDate x = f.in(y);
      if (x == null) {
        continue;
      }
      long diff = x.toEpochDay() - c.anchor.toEpochDay();
      // past tense still allows a date up to 60 days ahead: "declared a dividend, payable Dec. 15"
      // and a future one down to two weeks back: a deadline ("by Jan. 14") reported just after it passed
      if (d == Dir.PAST && diff > 60 || d == Dir.FUTURE && diff < -14) {
        continue;
      }
      long dist = Math.abs(diff) * 2 + (diff > 0 ? 1 : 0);
      if (dist < bestDist) {
        bestDist = dist;
        best = x;
      }
    }
    return best == null ? null : Cal.at(best, Gran.DAY);
  }

  static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static Out ref(Ctx c, String v) {
    LocalDate a = c.anchor;
    switch (v) {
      case "PAST_REF":
        return new Out(TimexType.DATE, v, null, null, a, null);
      case "FUTURE_REF":
        return new Out(TimexType.DATE, v, null, a == null ? null : a.plusDays(1), null, null);
      default:
        return new Out(TimexType.DATE, v, null, a, a == null ? null : a.plusDays(1), null);
    }
  }

  static String num(double n) {
    if (n == Math.rint(n)) {
      return Long.toString((long) n);
    }
    return Double.toString(n);
  }

  static String unitKey(String u) {
    String l = u.toLowerCase(Locale.ROOT);
    if (l.equals("centuries")) {
      return "century";
    }
    return l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
  }

  static Gran gran(String unit) {
    switch (unitKey(unit)) {
      case "second":
      case "minute":
      case "hour":
        return Gran.TIME;
      case "day":
      case "night":
        return Gran.DAY;
      case "week":
      case "fortnight":
        return Gran.WEEK;
      case "weekend":
        return Gran.WEEKEND;
      case "month":
        return Gran.MONTH;
      case "quarter":
        return Gran.QUARTER;
      case "year":
        return Gran.YEAR;
      case "decade":
        return Gran.DECADE;
      case "century":
        return Gran.CENTURY;
      case "spring":
      case "summer":
      case "fall":
      case "autumn":
      case "winter":
        return Gran.SEASON;
      default:
        return null;
    }
  }

  /** ISO 8601 duration for a quantity of a unit; NaN quantity gives the vague form (PXM). */
  static String duration(double n, String unit) {
    String u = unitKey(unit);
    boolean vague = Double.isNaN(n);
    String x = vague ? "X" : null;
    switch (u) {
      case "second":
        return "PT" + (vague ? x : num(n)) + "S";
      case "minute":
        return vague ? "PTXM" : frac(n, "PT", "M", 60, "S", true);
      case "hour":
        return vague ? "PTXH" : frac(n, "PT", "H", 60, "M", true);
      case "day":
      case "night":
        return vague ? "PXD" : frac(n, "P", "D", 24, "H", false);
      case "week":
        return vague ? "PXW" : frac(n, "P", "W", 7, "D", false);
      case "fortnight":
        return vague ? "PXW" : "P" + num(2 * n) + "W";
      case "month":
        return vague ? "PXM" : "P" + num(n) + "M";
      case "quarter":
        return vague ? "PXQ" : "P" + num(3 * n) + "M";
      case "year":
        return vague ? "PXY" : frac(n, "P", "Y", 12, "M", false);
      case "decade":
        return vague ? "PXDE" : "P" + num(10 * n) + "Y";
      case "century":
        return vague ? "PXC" : "P" + num(100 * n) + "Y";
      default:
        return "PX";
    }
  }

  static String frac(double n, String prefix, String unit, int sub, String subUnit, boolean time) {
    long whole = (long) Math.floor(n);
    double rest = n - whole;
    if (rest < 1e-9) {
      return prefix + whole + unit;
    }
    long s = Math.round(rest * sub);
    String subPart = (time ? "" : (subUnit.equals("H") ? "T" : "")) + s + subUnit;
    return whole == 0 ? prefix + subPart : prefix + whole + unit + subPart;
  }

  static String modOf(String q) {
    if (q == null) {
      return null;
    }
    String l = q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    switch (l) {
      case "more than":
      case "over":
      case "just over":
      case "well over":
      case "upwards of":
        return "MORE_THAN";
      case "less than":
      case "fewer than":
      case "under":
      case "just under":
        return "LESS_THAN";
      case "at least":
      case "no less than":
      case "a full":
      case "fully":
        return "EQUAL_OR_MORE";
      case "at most":
      case "no more than":
      case "up to":
      case "as many as":
      case "as long as":
        return "EQUAL_OR_LESS";
      case "only":
      case "just":
      case "barely":
        return null;
      default:
        return "APPROX";
    }
  }

  static String preMod(G g) {
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

  static Out mod(Out o, String mod) {
    return mod == null || o == null ? o : Cal.narrow(o, mod);
  }

  static boolean monthWordOk(Ctx c, String mon, int monBegin) {
    if (mon == null || !Lex.capitalised(mon)) {
      return false;
    }
    String l = mon.toLowerCase(Locale.ROOT);
    for (Token t : c.tokens()) {
      if (t.span().begin() <= monBegin && monBegin < t.span().end()) {
        if ("PERSON".equals(t.ner())) {
          return false;
        }
        if ((l.equals("may") || l.startsWith("mar")) && !t.pos().startsWith("NN") && !t.pos().equals("CD")) {
          return false;
        }
      }
    }
    return true;
  }

  static Token tokenAt(Ctx c, int pos) {
    for (Token t : c.tokens()) {
      if (t.span().begin() <= pos && pos < t.span().end()) {
        return t;
      }
    }
    return null;
  }

  static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "of", "from",
      "to", "through", "during", "before", "after", "last", "this", "next", "early", "late", "mid", "and", "or",
      "between", "around", "throughout", "for", "on", "that", "-", "\u2013", "/");

  /** Years need context so that counts ("2025 troops"), money and measures are not taken for dates. */
  static boolean yearOk(Ctx c, G g) {
    Token next = c.after(1);
    Token prev = c.before(1);
    if (prev != null && (prev.word().equals("$") || prev.pos().equals("$") || prev.word().matches("(?i)no\\.?|number|#|page|route|flight|model|rule|room|type"))) {
      return false;
    }
    if (next != null) {
      String nw = next.word().toLowerCase(Locale.ROOT);
      if (nw.equals("%") || nw.equals("percent") || nw.matches("gmt|hours|hrs|local|utc|est|edt|[ap]\\.?m\\.?")) {
        return false;
      }
      if (next.pos().equals("NNS") && !g.has("pre") && !nw.matches("elections?|levels?|figures?|results?|sales"
          + "|earnings|budgets?|prices|rates|models?|games|olympics|talks|polls?|accords?|agreements?")) {
        return false;
      }
      if (next.pos().equals("CD")) {
        return false;
      }
    }
    if (prev != null && prev.pos().equals("CD") && !prev.word().matches("\\d{1,2}(st|nd|rd|th)?")) {
      return false;
    }
    return !streetNumber(c);
  }

  static final java.util.regex.Pattern STREET = java.util.regex.Pattern.compile(
      "(?i)avenue|ave\\.?|street|st\\.?|road|rd\\.?|boulevard|blvd\\.?|lane|drive|place|square|way|court|highway");

  /** "1600 Pennsylvania Avenue", "1999 Broadway Street": a house number, not a year. */
  static boolean streetNumber(Ctx c) {
    for (int k = 1; k <= 4; k++) {
      Token t = c.after(k);
      if (t == null || t.word().isEmpty() || !Character.isUpperCase(t.word().codePointAt(0))) {
        return false;
      }
      if (k > 1 && STREET.matcher(t.word()).matches()) {
        return true;
      }
    }
    return false;
  }


  static int offsetOf(G g, Ctx c, String group) {
    String s = g.get(group);
    int i = c.text.indexOf(s, g.begin());
    return i < 0 ? 0 : i - g.begin();
  }

  /** Checks that the unit word is a noun ("a second visit" is not a duration). */
  static boolean unitNounOk(Ctx c, G g) {
    String u = g.get("u");
    if (u == null) {
      return true;
    }
    String lu = u.toLowerCase(Locale.ROOT);
    if (!(lu.startsWith("second") || lu.startsWith("minute") || lu.startsWith("quarter"))) {
      return true;
    }
    int at = c.text.toLowerCase(Locale.ROOT).lastIndexOf(lu, g.end());
    Token t = at < 0 ? null : tokenAt(c, at);
    if (t == null) {
      return true;
    }
    if (lu.startsWith("quarter")) {
      String n = g.get("n");
      // "three quarters of the vote" is a fraction; "the next three quarters" is time
      return n == null || !n.trim().matches("(?i)an?|one|three") || g.groups().get("rel") != null;
    }
    return t.pos().startsWith("NN");
  }

  static String pod(String p) {
    switch (p.toLowerCase(Locale.ROOT)) {
      case "morning":
        return "MO";
      case "afternoon":
        return "AF";
      case "evening":
        return "EV";
      default:
        return "NI";
    }
  }

  static String seasonCode(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "spring":
        return "SP";
      case "summer":
        return "SU";
      case "winter":
        return "WI";
      default:
        return "FA";
    }
  }

  static Out timeOfDay(Out day, String code) {
    if (day == null) {
      return null;
    }
    String v = day.value().startsWith("XXXX-WXX") || day.value().contains("X") ? day.value() + "T" + code
        : day.value() + "T" + code;
    return new Out(TimexType.TIME, v, day.mod(), day.begin(), day.end(), Gran.TIME);
  }

  static Out timeOf(Out day, String hhmm) {
    return new Out(TimexType.TIME, day.value() + "T" + hhmm, null, day.begin(), day.end(), Gran.TIME);
  }

  /** The day a clock time belongs to: its own day word, else the focus day, else the anchor. */
  static Out clockDay(G g, Ctx c, String extraWeekday) {
    String w = g.lower("w");
    if (w != null) {
      int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
      return anchorAt(c, Gran.DAY, shift);
    }
    String wd = g.get("wd") != null ? g.get("wd") : extraWeekday;
    if (wd != null) {
      return weekday(c, Lex.weekday(wd), weekdayDir(c, g.begin()));
    }
    if (g.get("mon") != null && g.get("d") != null) {
      return monthDay(c, Lex.month(g.get("mon")), Integer.parseInt(g.get("d")), dir(c, Dir.NEAREST, Dir.NEAREST));
    }
    Ctx.Focus f = c.focus(Gran.DAY);
    if (f != null && f.out().begin() != null) {
      return Cal.at(f.out().begin(), Gran.DAY);
    }
    return anchorAt(c, Gran.DAY, 0);
  }

  static Out clock(G g, Ctx c) {
    int h = Integer.parseInt(g.get("h"));
    int min = g.has("min") ? Integer.parseInt(g.get("min")) : 0;
    String ap = g.lower("ap");
    if (ap != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      boolean pm = ap.startsWith("p");
      if (pm && h < 12) {
        h += 12;
      }
      if (!pm && h == 12) {
        h = 0;
      }
    } else if (h > 24) {
      return null;
    }
    Out day = clockDay(g, c, null);
    if (day == null) {
      return null;
    }
    return timeOf(day, Cal.pad(h, 2) + ":" + Cal.pad(min, 2)).withMod(modOf(g.get("q")));
  }

  /** A date shifted by n units from the focus (when relFocus and one is in reach) or from the anchor. */
  static Out shifted(Ctx c, Gran unit, long n, boolean relFocus) {
    if (unit == Gran.TIME) {
      unit = Gran.DAY;
      n = 0;
    }
    Ctx.Focus f = null;
    if (relFocus) {
      f = c.focus(unit);
    }
    if (unit == Gran.YEAR) {
      // "a year earlier" in a sentence about a quarter or a month: the same quarter or month a year before
      Ctx.Focus q = c.lastFocus();
      if (q != null && q.out().begin() != null && (q.out().gran() == Gran.QUARTER || q.out().gran() == Gran.HALF
          || q.out().gran() == Gran.MONTH && relFocus) && Math.abs(n) == 1
          && c.sentenceIndex() - q.sentence() <= 1
          && !(n == -1 && c.anchor != null && q.out().begin().isAfter(c.anchor))) {
        if (n == -1 && !q.absolute() && c.anchor != null && q.out().begin().getYear() < c.anchor.getYear()) {
          return Cal.at(q.out().begin(), q.out().gran()); // "the year-ago quarter … the year-ago results": the same
        }
        return Cal.at(q.out().begin().plusYears(n), q.out().gran());
      }
    }
    if (unit == Gran.YEAR && n == -1 && figures(c)) {
      // "profit rose to $98 million from $71 million a year earlier" in a report on a quarter: the same quarter
      // of the year before, even when the quarter was named a few sentences back
      Ctx.Focus q = c.reportPeriod(REPORT_WINDOW);
      if (q != null) {
        LocalDate b = q.out().begin();
        if (!q.absolute() && c.anchor != null && b.getYear() < c.anchor.getYear()) {
          return Cal.at(b, q.out().gran()); // the focus is already the year-ago quarter
        }
        return Cal.at(b.minusYears(1), q.out().gran());
      }
    }
    if (f != null && unit == Gran.YEAR && f.out().gran() == Gran.YEAR && !f.absolute()) {
      f = null; // "a year earlier" after "last year": still from the anchor
    }
    if (f != null && f.out().begin() != null) {
      Gran g = unit == Gran.WEEK && f.out().gran() == Gran.DAY ? Gran.DAY : unit;
      return Cal.at(Cal.plus(f.out().begin(), unit, n), g);
    }
    if (c.anchor == null) {
      return Cal.unknown(unit);
    }
    Gran g = unit == Gran.WEEK ? Gran.DAY : unit;
    if (unit == Gran.DECADE || unit == Gran.CENTURY) {
      g = Gran.YEAR;
    }
    return Cal.at(Cal.plus(c.anchor, unit, n), g);
  }

  static final Pattern ENDED = Pattern.compile("\\s*,?\\s*(?:that\\s+|which\\s+)?(?:ended|ending|ends|to)"
      + "\\s+(?<mon>(?:" + MONTH_FULL + ")|(?:" + MONTH_ABBR + ")\\.?)\\s+(?<d>[0-3]?\\d)(?!\\d)"
      + "(?:,?\\s+(?<y>(?:19|20)\\d\\d))?",
      Pattern.CASE_INSENSITIVE);

  /**
   * "the quarter ended July 31": the three months up to that day, given as the calendar quarter that holds most of
   * them (May–July is the second quarter), since a company's fiscal quarters need not follow the calendar.
   */
  static Out quarterEnded(Ctx c, int after) {
    Matcher m = ENDED.matcher(c.text);
    m.region(after, Math.min(c.text.length(), after + 40));
    if (!m.lookingAt() || Lex.month(m.group("mon")) <= 0) {
      return null;
    }
    int mon = Lex.month(m.group("mon"));
    int d = Integer.parseInt(m.group("d"));
    LocalDate end;
    if (m.group("y") != null) {
      end = safeDate(Integer.parseInt(m.group("y")), mon, d);
    } else if (c.anchor == null) {
      return null;
    } else {
      Out o = nearestYearly(c, y -> safeDate(y, mon, d), Dir.PAST);
      end = o == null ? null : o.begin();
    }
    return end == null ? null : Cal.at(end.minusDays(45), Gran.QUARTER);
  }

  /**
   * The quarter a report is about, for "the quarter" and "the year-ago quarter": the latest quarter in focus,
   * passing over a forecast ("through the third quarter of 1990") and a comparison quarter that "a year earlier"
   * produced (1988's, in a 1989 report). Null when there is none in reach.
   */
  static Out reportedQuarter(Ctx c) {
    int si = c.sentenceIndex();
    for (int i = c.foci.size() - 1; i >= 0; i--) {
      Ctx.Focus f = c.foci.get(i);
      if (si - f.sentence() > Ctx.FOCUS_WINDOW) {
        return null;
      }
      Out o = f.out();
      if (o.gran() != Gran.QUARTER || o.begin() == null) {
        continue;
      }
      if (c.anchor != null && (o.begin().isAfter(c.anchor) || !f.absolute() && o.begin().getYear() < c.anchor
          .getYear())) {
        continue;
      }
      return o;
    }
    return null;
  }

  static final Pattern FIGURES = Pattern.compile(
      "[$#%\u00a3\u20ac]|\\b(?:cents?|percent|pence|billion|million|a share)\\b", Pattern.CASE_INSENSITIVE);

  /** Whether the current sentence compares figures (money, percentages): the language of a results report. */
  static boolean figures(Ctx c) {
    Sentence s = c.sentence();
    return s != null && FIGURES.matcher(c.text.substring(s.span().begin(), Math.min(c.text.length(),
        s.span().end()))).find();
  }

  static Out seasonNamed(Ctx c, String code, Dir d, boolean strict) {
    LocalDate a = c.anchor;
    Out best = null;
    long bestDist = Long.MAX_VALUE;
    for (int y = a.getYear() - 2; y <= a.getYear() + 1; y++) {
      Out s = Cal.at(Cal.seasonStart(y, code), Gran.SEASON);
      boolean contains = !a.isBefore(s.begin()) && a.isBefore(s.end());
      long dist;
      if (contains) {
        if (strict) {
          continue;
        }
        dist = 0;
      } else if (a.isBefore(s.begin())) {
        if (d == Dir.PAST) {
          continue;
        }
        dist = s.begin().toEpochDay() - a.toEpochDay();
      } else {
        if (d == Dir.FUTURE) {
          continue;
        }
        dist = a.toEpochDay() - s.end().toEpochDay() + 1;
      }
      if (dist < bestDist) {
        bestDist = dist;
        best = s;
      }
    }
    if (d == null) { // "this summer": the one of the anchor's year
      return Cal.at(Cal.seasonStart(code.equals("WI") && a.getMonthValue() <= 2 ? a.getYear() - 1 : a.getYear(),
          code), Gran.SEASON);
    }
    return best;
  }

  static Out thisLastNext(G g, Ctx c, String forced) {
    String w = forced != null ? forced : g.lower("w");
    String u = g.lower("u");
    int wd = Lex.weekday(u);
    int mon = MONTH_FULL.contains(u) ? Lex.month(u) : 0;
    boolean the = w.startsWith("the ");
    String core = w.replace("the ", "").replace("this past", "past").replace("this coming", "coming");
    if (mon > 0) {
      int monAt = c.text.toLowerCase(Locale.ROOT).indexOf(u, g.begin());
      if (!monthWordOk(c, c.text.substring(monAt, monAt + u.length()), monAt)) {
        return null;
      }
      if (c.anchor == null) {
        return new Out(TimexType.DATE, "XXXX-" + Cal.pad(mon, 2), null, null, null, Gran.MONTH);
      }
      int ay = c.anchor.getYear();
      int am = c.anchor.getMonthValue();
      switch (core) {
        case "last":
        case "past":
        case "previous":
          return Cal.at(LocalDate.of(mon < am ? ay : ay - 1, mon, 1), Gran.MONTH);
        case "next":
        case "coming":
        case "following":
          return Cal.at(LocalDate.of(mon > am ? ay : ay + 1, mon, 1), Gran.MONTH);
        default:
          return Cal.at(LocalDate.of(ay, mon, 1), Gran.MONTH);
      }
    }
    if (wd > 0) {
      if (c.anchor == null) {
        return new Out(TimexType.DATE, "XXXX-WXX-" + wd, null, null, null, Gran.DAY);
      }
      DayOfWeek d = DayOfWeek.of(wd);
      Ctx.Focus day = core.equals("previous") || core.equals("following") ? c.focus(Gran.DAY) : null;
      if (day != null && day.out().begin() != null && day.out().gran() == Gran.DAY) {
        // "closed Friday, down 4.5% from the previous Friday": the one before the day in focus
        LocalDate b = day.out().begin();
        return Cal.at(b.with(core.equals("previous") ? TemporalAdjusters.previous(d) : TemporalAdjusters.next(d)),
            Gran.DAY);
      }
      switch (core) {
        case "last":
        case "past":
        case "previous":
          return Cal.at(c.anchor.with(TemporalAdjusters.previous(d)), Gran.DAY);
        case "next":
        case "coming":
        case "following":
          return Cal.at(c.anchor.with(TemporalAdjusters.next(d)), Gran.DAY);
        default:
          return Cal.at(c.anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(wd - 1),
              Gran.DAY);
      }
    }
    Gran gr = gran(u);
    if (gr == null) {
      return null;
    }
    if (gr == Gran.WEEKEND) {
      return null; // the weekend rule
    }
    if (gr == Gran.SEASON) {
      if (c.anchor == null) {
        return new Out(TimexType.DATE, "XXXX-" + seasonCode(u), null, null, null, Gran.SEASON);
      }
      Dir d = core.equals("last") || core.equals("past") || core.equals("previous") ? Dir.PAST
          : core.equals("next") || core.equals("coming") || core.equals("following") ? Dir.FUTURE : null;
      return seasonNamed(c, seasonCode(u), d, d != null);
    }
    switch (core) {
      case "this":
      case "current":
        return anchorAt(c, gr, 0);
      case "last":
        if (the) {
          return pastDuration(c, u, gr);
        }
        if (gr == Gran.YEAR) {
          Ctx.Focus q = c.lastFocus();
          if (q != null && q.out().gran() == Gran.QUARTER && q.sentence() == c.sentenceIndex()
              && c.anchor != null && q.out().begin().getYear() == c.anchor.getYear()) {
            return Cal.at(q.out().begin().minusYears(1), Gran.QUARTER); // "the third quarter … last year"
          }
        }
        return anchorAt(c, gr, -1);
      case "past":
        return pastDuration(c, u, gr);
      case "next":
        if (the) {
          Ctx.Focus f = c.focus(gr);
          if (f != null) {
            return shifted(c, gr, 1, true);
          }
          return futureDuration(c, u, gr);
        }
        return anchorAt(c, gr, 1);
      case "coming":
        return futureDuration(c, u, gr);
      case "previous":
        return shifted(c, gr, -1, true);
      case "following":
        return shifted(c, gr, 1, true);
      case "same":
        return shifted(c, gr, 0, true);
      default:
        return null;
    }
  }

  static Out pastDuration(Ctx c, String u, Gran gr) {
    if (c.anchor != null && gr == Gran.YEAR && !c.wordBefore(1).matches("for|throughout")) {
      return anchorAt(c, gr, -1); // "over the past year": TimeBank dates it (the year before)
    }
    Out o = new Out(TimexType.DURATION, duration(1, u), null, null, null, null);
    return c.anchor == null ? o : o.withInterval(Cal.plus(c.anchor, gr, -1), c.anchor.plusDays(1));
  }

  static Out futureDuration(Ctx c, String u, Gran gr) {
    Out o = new Out(TimexType.DURATION, duration(1, u), null, null, null, null);
    return c.anchor == null ? o : o.withInterval(c.anchor, Cal.plus(c.anchor, gr, 1));
  }

  static Out holiday(G g, Ctx c) {
    String h = g.lower("h").replace('\u2019', '\'');
    YearlyDate f;
    if (h.startsWith("christmas eve")) {
      f = y -> LocalDate.of(y, 12, 24);
    } else if (h.startsWith("christmas") || h.startsWith("boxing")) {
      int day = h.startsWith("boxing") ? 26 : 25;
      f = y -> LocalDate.of(y, 12, day);
    } else if (h.startsWith("new year") && h.endsWith("eve")) {
      f = y -> LocalDate.of(y, 12, 31);
    } else if (h.startsWith("new year")) {
      f = y -> LocalDate.of(y, 1, 1);
    } else if (h.startsWith("thanksgiving")) {
      f = y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    } else if (h.startsWith("easter")) {
      f = Resolution::easter;
    } else if (h.startsWith("good friday")) {
      f = y -> easter(y).minusDays(2);
    } else if (h.startsWith("halloween")) {
      f = y -> LocalDate.of(y, 10, 31);
    } else if (h.contains("independence") || h.contains("july")) {
      f = y -> LocalDate.of(y, 7, 4);
    } else if (h.startsWith("labor")) {
      f = y -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    } else if (h.startsWith("memorial")) {
      f = y -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    } else if (h.startsWith("valentine")) {
      f = y -> LocalDate.of(y, 2, 14);
    } else if (h.startsWith("veterans") || h.startsWith("armistice")) {
      f = y -> LocalDate.of(y, 11, 11);
    } else if (h.startsWith("election")) {
      // the United States' federal election day: the Tuesday after the first Monday of November
      f = y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
    } else if (h.startsWith("mother")) {
      f = y -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
    } else if (h.startsWith("father")) {
      f = y -> LocalDate.of(y, 6, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SUNDAY));
    } else if (h.startsWith("st")) {
      f = y -> LocalDate.of(y, 3, 17);
    } else if (h.startsWith("columbus")) {
      f = y -> LocalDate.of(y, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
    } else if (h.startsWith("martin")) {
      f = y -> LocalDate.of(y, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    } else if (h.startsWith("presidents")) {
      f = y -> LocalDate.of(y, 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    } else if (h.startsWith("bastille")) {
      f = y -> LocalDate.of(y, 7, 14);
    } else {
      return null;
    }
    if (!Lex.capitalised(g.get("h"))) {
      return null;
    }
    if (c.anchor == null) {
      LocalDate ref = f.in(2001);
      LocalDate other = f.in(2002);
      boolean fixed = ref.getMonthValue() == other.getMonthValue() && ref.getDayOfMonth() == other.getDayOfMonth();
      return new Out(TimexType.DATE, fixed ? "XXXX-" + Cal.pad(ref.getMonthValue(), 2) + "-"
          + Cal.pad(ref.getDayOfMonth(), 2) : "XXXX-XX-XX", null, null, null, Gran.DAY);
    }
    return nearestYearly(c, f, dir(c, Dir.NEAREST, Dir.NEAREST));
  }

  /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int cc = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = cc / 4;
    int k = cc % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }
}
