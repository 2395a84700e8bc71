package org.newsgraph.extract.time;

import static org.newsgraph.extract.time.Lex.MONTH_ABBR;
import static org.newsgraph.extract.time.Lex.MONTH_FULL;
import static org.newsgraph.extract.time.Lex.NUMW;
import static org.newsgraph.extract.time.Lex.ORDW;
import static org.newsgraph.extract.time.Lex.WEEKDAY;

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
 * The rules of the time tagger: each one a regular expression over the text (words, case-insensitive) and a
 * handler that checks the match against the tokens (part of speech, neighbours) and resolves it against the
 * anchor, the tense and the temporal focus. Written for this project; the ideas (patterns plus normalisation
 * functions) are those of rule-based taggers in general.
 */
final class Rules {
  private Rules() {}

  /** Resolves one match; returns null to reject it. */
  interface Handler {
    Out apply(G g, Ctx c);
  }

  /** The named groups of one match. */
  record G(Map<String, String> groups, int begin, int end) {
    String get(String name) {
      return groups.get(name);
    }

    boolean has(String name) {
      return groups.get(name) != null;
    }

    String lower(String name) {
      String s = groups.get(name);
      return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
  }

  record Rule(String name, Pattern pattern, List<String> groupNames, Handler handler) {}

  static final List<Rule> RULES = new ArrayList<>();

  /** How many sentences back an earnings report's quarter stays the subject of "a year earlier". */
  static final int REPORT_WINDOW = 6;

  // ---- regex fragments --------------------------------------------------------------------------------------
  private static final String B = "(?<![\\w'\u2019-])";
  private static final String E = "(?![\\w])";
  private static final String MON = "(?<mon>(?:" + MONTH_FULL + ")|(?:" + MONTH_ABBR + ")\\.?)";
  private static final String MONX = "(?<mon>(?:" + MONTH_FULL + ")|(?:" + MONTH_ABBR + ")\\.?)";
  private static final String WD = "(?<wd>" + WEEKDAY + ")";
  private static final String YEAR = "(?<y>(?:1[5-9]|20)\\d\\d)(?![\\w%]|[.,]\\d)";
  private static final String DAYN = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\w]|:\\d|[.,]\\d)";
  private static final String NW = "(?:" + NUMW + ")";
  private static final String NUM = "(?:\\d+(?:\\.\\d+)?(?:[ \u00a0]1/2)?|\\d{1,3}(?:,\\d{3})+|" + NW + "(?:[- ]" + NW
      + ")*(?:\\s+and\\s+a\\s+half)?|a\\s+few|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+number\\s+of"
      + "|several|few|many|some|an?)";
  private static final String UNITS = "(?<u>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?"
      + "|quarters?|years?|decades?|century|centuries)";
  private static final String UNIT1 = "(?<u>second|minute|hour|day|night|week|month|quarter|year|decade"
      + "|century)";
  private static final String QMOD = "(?<q>more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most"
      + "|no\\s+more\\s+than|no\\s+less\\s+than|up\\s+to|nearly|almost|about|around|approximately|roughly|some"
      + "|under|just\\s+over|just\\s+under|well\\s+over|close\\s+to|upwards\\s+of|as\\s+many\\s+as"
      + "|as\\s+long\\s+as|the\\s+better\\s+part\\s+of|only|just|barely|a\\s+full|fully)";
  private static final String PREMOD = "(?:(?<pre>early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of"
      + "|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+close\\s+of)\\s+|(?<mid>mid-|early-|late-))";
  private static final String SEASON = "(?<s>spring|summer|fall|autumn|winter)";
  private static final String REL_UNIT = "(?<u>week|month|year|quarter|decade|century|spring|summer|fall|autumn"
      + "|winter|weekend|" + WEEKDAY + "|" + MONTH_FULL + ")";

  private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  private static void rule(String name, String regex, Handler h) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> names = new ArrayList<>();
    Matcher m = GROUP.matcher(regex);
    while (m.find()) {
      names.add(m.group(1));
    }
    RULES.add(new Rule(name, p, List.copyOf(names), h));
  }

  /** All matches of all rules in {@code text}, in rule order. */
  static List<Candidate> candidates(String original) {
    // No-break spaces ("March\u202f2024" in pasted pages) are spaces to the rules; offsets stay the same.
    String text = original.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ');
    List<Candidate> out = new ArrayList<>();
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        String covered = text.substring(m.start(), m.end());
        if (covered.matches("(?s).*\\n\\s*\\n.*")) {
          continue;
        }
        Map<String, String> gs = new HashMap<>();
        for (String n : rule.groupNames()) {
          gs.put(n, m.group(n));
        }
        out.add(new Candidate(r, new G(gs, m.start(), m.end())));
      }
    }
    return out;
  }

  record Candidate(int rule, G g) {
    int length() {
      return g.end() - g.begin();
    }
  }

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

  private static String frac(double n, String prefix, String unit, int sub, String subUnit, boolean time) {
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

  private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "of", "from",
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

  private static final java.util.regex.Pattern STREET = java.util.regex.Pattern.compile(
      "(?i)avenue|ave\\.?|street|st\\.?|road|rd\\.?|boulevard|blvd\\.?|lane|drive|place|square|way|court|highway");

  /** "1600 Pennsylvania Avenue", "1999 Broadway Street": a house number, not a year. */
  private static boolean streetNumber(Ctx c) {
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

  // ---- the rules, most specific first (ties in length go to the earlier rule) --------------------------------
  static {
    // 2025-02-04
    rule("iso-date", B + "(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)" + E, (g, c) -> {
      LocalDate d = safeDate(Integer.parseInt(g.get("y")), Integer.parseInt(g.get("m")),
          Integer.parseInt(g.get("d")));
      return d == null ? null : Cal.at(d, Gran.DAY);
    });
    // 2/4/2025 (US order)
    rule("us-date", B + "(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>\\d{4}|\\d\\d)" + E, (g, c) -> {
      int y = Integer.parseInt(g.get("y"));
      if (y < 100) {
        y += y > 40 ? 1900 : 2000;
      }
      LocalDate d = safeDate(y, Integer.parseInt(g.get("m")), Integer.parseInt(g.get("d")));
      return d == null ? null : Cal.at(d, Gran.DAY);
    });
    // Feb. 4, 2025 / February 4 / Feb 4 2025
    rule("month-day-year", B + "(?:(?<wd0>" + WEEKDAY + "),?\\s+)?" + PREMOD + "?" + MON + "\\s+" + DAYN + "(?:,?\\s+" + YEAR + ")?", (g, c) -> {
      if (!monthWordOk(c, g.get("mon"), g.begin() + offsetOf(g, c, "mon"))) {
        return null;
      }
      int m = Lex.month(g.get("mon"));
      int d = Integer.parseInt(g.get("d"));
      Out o;
      if (g.has("y")) {
        LocalDate x = safeDate(Integer.parseInt(g.get("y")), m, d);
        o = x == null ? null : Cal.at(x, Gran.DAY);
      } else {
        o = monthDay(c, m, d, dateDir(c));
      }
      return mod(o, preMod(g));
    });
    // 04 February 2025 / 4th of February
    rule("day-month-year", B + "(?:the\\s+)?" + DAYN.replace("(?![\\w]|:\\d|[.,]\\d)", "") + "\\s+(?:of\\s+)?" + MON
        + "(?:,?\\s+" + YEAR + ")?" + E, (g, c) -> {
          if (!monthWordOk(c, g.get("mon"), c.text.indexOf(g.get("mon"), g.begin()))) {
            return null;
          }
          int m = Lex.month(g.get("mon"));
          int d = Integer.parseInt(g.get("d"));
          if (g.has("y")) {
            LocalDate x = safeDate(Integer.parseInt(g.get("y")), m, d);
            return x == null ? null : Cal.at(x, Gran.DAY);
          }
          return monthDay(c, m, d, dateDir(c));
        });
    // February 2022 / mid-January 2025 / the end of March 2024
    rule("month-year", B + PREMOD + "?" + MON + ",?\\s+(?:of\\s+)?" + YEAR, (g, c) -> {
      if (!monthWordOk(c, g.get("mon"), c.text.indexOf(g.get("mon"), g.begin()))) {
        return null;
      }
      int m = Lex.month(g.get("mon"));
      return mod(Cal.at(LocalDate.of(Integer.parseInt(g.get("y")), m, 1), Gran.MONTH), preMod(g));
    });
    // January this year / June last year
    rule("month-rel-year", B + PREMOD + "?" + MON + "\\s+(?<w>this|last|next)\\s+year" + E, (g, c) -> {
      if (!monthWordOk(c, g.get("mon"), c.text.indexOf(g.get("mon"), g.begin()))) {
        return null;
      }
      int m = Lex.month(g.get("mon"));
      String w = g.lower("w");
      if (c.anchor == null) {
        return new Out(TimexType.DATE, "XXXX-" + Cal.pad(m, 2), null, null, null, Gran.MONTH);
      }
      int y = c.anchor.getYear() + (w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
      return mod(Cal.at(LocalDate.of(y, m, 1), Gran.MONTH), preMod(g));
    });
    // nineteen ninety-six / the year two thousand / January nineteen ninety-seven (transcripts)
    rule("spoken-year", B + "(?:(?<the>the\\s+year)\\s+|(?<mon>" + MONTH_FULL + ")\\s+)?(?<sy>nineteen[- ]"
        + "(?:hundred[- ](?:and[- ])?)?" + NW + "(?:[- ]" + NW + ")?|two[- ]thousand(?:[- ](?:and[- ])?" + NW + ")?)"
        + E, (g, c) -> {
          String sy = g.lower("sy").replace('-', ' ');
          int y;
          if (sy.startsWith("nineteen")) {
            String rest = sy.substring("nineteen".length()).replace("hundred", "").replace(" and ", " ").trim();
            Double r = rest.isEmpty() ? Double.valueOf(0) : Lex.quantity(rest);
            if (r == null || r.isNaN() || r >= 100) {
              return null;
            }
            y = 1900 + r.intValue();
          } else {
            String rest = sy.substring("two thousand".length()).replace(" and ", " ").replace("and ", "").trim();
            Double r = rest.isEmpty() ? Double.valueOf(0) : Lex.quantity(rest);
            if (r == null || r.isNaN() || r >= 100) {
              return null;
            }
            if (!g.has("the") && !g.has("mon") && !c.wordBefore(1).matches("in|since|until|by|of|from|to|year")) {
              return null;
            }
            y = 2000 + r.intValue();
          }
          if (!g.has("the") && !g.has("mon") && !yearOk(c, g)) {
            return null;
          }
          if (g.has("mon")) {
            if (!monthWordOk(c, g.get("mon"), g.begin())) {
              return null;
            }
            return Cal.at(LocalDate.of(y, Lex.month(g.get("mon")), 1), Gran.MONTH);
          }
          return Cal.at(LocalDate.of(y, 1, 1), Gran.YEAR);
        });
    // December / in August / mid-January / early March
    rule("month", B + PREMOD + "?" + MONX + E, (g, c) -> {
      String mon = g.get("mon");
      if (!monthWordOk(c, mon, c.text.indexOf(mon, g.begin()))) {
        return null;
      }
      boolean dotted = mon.endsWith(".");
      boolean full = mon.replace(".", "").length() > 4 || Lex.month(mon) > 0
          && MONTH_FULL.contains(mon.toLowerCase(Locale.ROOT));
      if (!full && !dotted && preMod(g) == null) {
        return null;
      }
      String l = mon.toLowerCase(Locale.ROOT);
      if ((l.equals("may") || l.equals("march")) && preMod(g) == null) {
        String pw = c.wordBefore(1);
        if (!MONTH_CONTEXT.contains(pw)) {
          return null;
        }
        String nw = c.wordAfter(1);
        if (l.equals("march") && nw.matches("on|against|through|to|from|in|for")
            && !pw.matches("from|in|since|until|till|by|early|late|mid|last|this|next|through|during|of")) {
          return null;
        }
      }
      return mod(monthNamed(c, Lex.month(mon), dateDir(c)), preMod(g));
    });
    // in 2022 / fiscal 1989 / early 1990 / the end of 1990 / mid-1990
    rule("year", B + "(?:(?<fy>fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+year|the\\s+first\\s+half\\s+of"
        + "|the\\s+second\\s+half\\s+of)\\s+)?" + PREMOD + "?" + YEAR, (g, c) -> {
          if (!g.has("fy") && !g.has("pre") && !g.has("mid") && !yearOk(c, g)) {
            return null;
          }
          int y = Integer.parseInt(g.get("y"));
          String fy = g.lower("fy");
          if (fy != null && fy.contains("half")) {
            return Cal.at(LocalDate.of(y, fy.contains("first") ? 1 : 7, 1), Gran.HALF);
          }
          return mod(Cal.at(LocalDate.of(y, 1, 1), Gran.YEAR), preMod(g));
        });
    // the 1990s / the mid-1980s / the '80s
    rule("decade", B + "(?<the>the\\s+)?(?:(?<pre>early|mid|late)[- ])?(?:(?<c>1[0-9]|20)(?<d>\\d)0(?<ap>['\u2019]?)s"
        + "|['\u2019](?<d2>\\d)0s)" + E, (g, c) -> {
          if (g.has("ap") && !g.get("ap").isEmpty() && !g.has("the")) {
            return null;
          }
          int dec;
          if (g.has("d2")) {
            int d2 = Integer.parseInt(g.get("d2"));
            int ay = c.anchor == null ? 2000 : c.anchor.getYear();
            dec = (2000 + d2 * 10 <= ay ? 200 : 190) + d2;
          } else {
            dec = Integer.parseInt(g.get("c")) * 10 + Integer.parseInt(g.get("d"));
          }
          return mod(Cal.at(LocalDate.of(dec * 10, 1, 1), Gran.DECADE), preMod(g));
        });
    // the 20th century
    rule("century", B + "(?:the\\s+)?(?:(?<pre>early|mid|late)[- ])?(?<n>\\d{1,2}(?:st|nd|rd|th)|" + ORDW
        + ")[- ]century" + E, (g, c) -> {
          int n = Lex.ordinal(g.get("n"));
          if (n < 1 || n > 21) {
            return null;
          }
          return mod(Cal.at(LocalDate.of((n - 1) * 100, 1, 1), Gran.CENTURY), preMod(g));
        });
    // the third quarter / third-quarter / the fourth quarter of 1989 / 1989's first quarter
    rule("quarter", B + "(?:(?<the>the)\\s+)?(?:(?:fiscal\\s+)?(?<y1>(?:1[5-9]|20)\\d\\d)(?:['\u2019]s)?\\s+)?"
        + "(?:(?:fiscal|calendar)[-\\s]+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal[- ])?"
        + "(?:quarter|qtr\\.?)(?!s)(?:\\s+of\\s+(?:(?:fiscal|the|calendar)\\s+)?(?:(?<y2>(?:1[5-9]|20)\\d\\d)"
        + "|(?<rel>this|last|next)\\s+year|year))?" + E, (g, c) -> {
          int q = Lex.ordinal(g.get("q"));
          if (q < 1 || q > 4) {
            return null;
          }
          String ys = g.has("y1") ? g.get("y1") : g.get("y2");
          int y;
          if (ys != null) {
            y = Integer.parseInt(ys);
          } else if (c.anchor == null) {
            return new Out(TimexType.DATE, "XXXX-Q" + q, null, null, null, Gran.QUARTER);
          } else {
            y = c.anchor.getYear();
            if (g.has("rel")) {
              y += g.lower("rel").equals("last") ? -1 : g.lower("rel").equals("next") ? 1 : 0;
            } else {
              int aq = (c.anchor.getMonthValue() - 1) / 3 + 1;
              if (q > aq && c.tense() != Tense.FUTURE) {
                y -= 1;
              }
            }
          }
          return Cal.at(LocalDate.of(y, (q - 1) * 3 + 1, 1), Gran.QUARTER);
        });
    // the first half (of 1990)
    rule("half", B + "(?:the\\s+)?(?:(?<y1>(?:1[5-9]|20)\\d\\d)(?:['\u2019]s)?\\s+)?(?<h>first|second|last|latter)[- ]half"
        + "(?:\\s+of\\s+(?:(?<y2>(?:1[5-9]|20)\\d\\d)|(?<rel>this|last|next)\\s+year|the\\s+year))?" + E, (g, c) -> {
          String ys = g.has("y1") ? g.get("y1") : g.get("y2");
          boolean first = g.lower("h").equals("first");
          if (g.lower("h").matches("last|latter") && ys == null && !g.has("rel")) {
            return null; // "the last half of the '80s"
          }
          int y;
          if (ys != null) {
            y = Integer.parseInt(ys);
          } else if (!g.get("h").isEmpty() && c.anchor != null
              && (g.has("rel") || c.text.substring(g.begin(), g.end()).toLowerCase(Locale.ROOT).startsWith("the"))) {
            y = c.anchor.getYear();
            if (g.has("rel")) {
              y += g.lower("rel").equals("last") ? -1 : g.lower("rel").equals("next") ? 1 : 0;
            } else if (!first && c.anchor.getMonthValue() <= 6 && c.tense() != Tense.FUTURE) {
              y -= 1;
            }
          } else {
            return null;
          }
          return Cal.at(LocalDate.of(y, first ? 1 : 7, 1), Gran.HALF);
        });
    // the latest quarter / the quarter / the current quarter / the year-ago quarter
    rule("rel-quarter", B + "(?:the\\s+)?(?:(?<w>latest|current|most\\s+recent|recent|previous|past|last|this|that"
        + "|next|same|year-earlier|year-ago|prior-year|comparable|fiscal|just-ended|just\\s+ended|first|final)"
        + "\\s+)?(?:fiscal\\s+)?(?<noun>quarter|period)(?!s)" + E, (g, c) -> {
          String w = g.lower("w");
          String all = c.text.substring(g.begin(), g.end()).toLowerCase(Locale.ROOT);
          if (w == null && !all.startsWith("the")) {
            return null;
          }
          if (g.lower("noun").equals("period") && (w == null || !w.matches("latest|most recent|year-earlier"
              + "|year-ago|prior-year|comparable|same|just-ended|just ended|current"))) {
            return null;
          }
          if (w != null && (w.equals("first") || w.equals("final"))) {
            return null;
          }
          Out ended = g.lower("noun").equals("quarter") ? quarterEnded(c, g.end()) : null;
          if (ended != null && (w == null || w.matches("fiscal|latest|most recent|just-ended|just ended"))) {
            return ended;
          }
          Out base = reportedQuarter(c);
          if (w == null || w.equals("fiscal") || w.equals("same") || w.equals("that")) {
            if (base != null) {
              return Cal.at(base.begin(), Gran.QUARTER);
            }
            return anchorAt(c, Gran.QUARTER, c.tense() == Tense.FUTURE ? 0 : -1);
          }
          switch (w) {
            case "current":
            case "this":
              return anchorAt(c, Gran.QUARTER, 0);
            case "next":
              return anchorAt(c, Gran.QUARTER, 1);
            case "year-earlier":
            case "year-ago":
            case "prior-year":
            case "comparable":
              if (base != null) {
                return Cal.at(base.begin().minusYears(1), Gran.QUARTER);
              }
              return anchorAt(c, Gran.QUARTER, -5);
            default:
              return anchorAt(c, Gran.QUARTER, -1);
          }
        });
    // last week / this year / next month / last Friday / this summer / last December
    rule("this-last-next", B + "(?<w>last|this|next|past|coming|current|the\\s+past|the\\s+coming|the\\s+current"
        + "|the\\s+last|the\\s+next|the\\s+previous|the\\s+following|the\\s+same|this\\s+past|this\\s+coming)\\s+"
        + "(?:fiscal\\s+|calendar\\s+)?" + REL_UNIT + E, (g, c) -> thisLastNext(g, c, null));
    // earlier this year / early next month / late last year / the end of the year / mid-next year
    rule("mod-this-last-next", B + "(?<m>earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of"
        + "|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|the\\s+balance\\s+of"
        + "|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of|the\\s+close\\s+of|the\\s+turn\\s+of)[\\s-]+"
        + "(?:in\\s+)?(?<w>this|last|next|the)\\s+(?:fiscal\\s+|calendar\\s+)?(?<u>week|month|year|quarter|decade|century"
        + "|spring|summer|fall|autumn|winter)" + E, (g, c) -> {
          String m = g.lower("m").replace("-", " ").trim();
          String mod;
          if (m.startsWith("earl") || m.contains("beginning") || m.contains("start")) {
            mod = "START";
          } else if (m.startsWith("late") || m.contains("end") || m.contains("rest") || m.contains("remainder")
              || m.contains("balance") || m.contains("close")) {
            mod = "END";
          } else {
            mod = "MID";
          }
          String w = g.lower("w");
          if (m.contains("turn")) {
            mod = null;
          }
          Out o = thisLastNext(g, c, w.equals("the") ? "this" : w);
          if (o == null) {
            return null;
          }
          if (m.contains("half") && o.gran() == Gran.YEAR && o.begin() != null) {
            return Cal.at(LocalDate.of(o.begin().getYear(), m.contains("first") ? 1 : 7, 1), Gran.HALF);
          }
          if (m.contains("half")) {
            mod = m.contains("first") ? "START" : "END";
          }
          Out r = mod(o, mod);
          if (c.anchor != null && r.begin() != null && (m.equals("earlier") || m.equals("later"))
              && w.equals("this")) {
            r = m.equals("earlier") ? r.withInterval(o.begin(), c.anchor.plusDays(1))
                : r.withInterval(c.anchor, o.end());
          }
          return r;
        });
    // two years ago / a day later / three months earlier / a week from now
    rule("ago", B + "(?:" + QMOD + "\\s+)?(?<n>" + NUM + ")\\s+" + UNITS + "(?<half>\\s+and\\s+a\\s+half)?\\s+"
        + "(?:or\\s+so\\s+)?"
        + "(?<dir>ago|earlier|later|before|after|from\\s+now|hence|back|since)" + E, (g, c) -> {
          String dirw = g.lower("dir");
          if (dirw.equals("before") || dirw.equals("after") || dirw.equals("since")) {
            String nw = c.wordAfter(1);
            Token nt = c.after(1);
            if (nt != null && !nt.pos().matches("[.,:]|CC|``|''|-RRB-") && !nw.isEmpty()) {
              return null;
            }
          }
          Double n = Lex.quantity(g.get("n"));
          if (n == null) {
            return null;
          }
          if (g.has("half")) {
            n += 0.5;
          }
          Gran u = gran(g.get("u"));
          if (u == null || u == Gran.WEEKEND) {
            return null;
          }
          if (!unitNounOk(c, g)) {
            return null;
          }
          boolean back = dirw.equals("ago") || dirw.equals("earlier") || dirw.equals("before") || dirw.equals("back");
          String mod = modOf(g.get("q"));
          if (n.isNaN()) {
            return ref(c, back ? "PAST_REF" : "FUTURE_REF").withMod(null);
          }
          long k = Math.round(Math.floor(n));
          if (k != n) {
            return new Out(TimexType.DURATION, duration(n, g.get("u")), mod, null, null, null);
          }
          long shift = back ? -k : k;
          boolean relFocus = !(dirw.equals("ago") || dirw.contains("now") || dirw.equals("hence")
              || dirw.equals("back"));
          Out o = shifted(c, u, shift, relFocus);
          return o == null ? null : o.withMod(mod);
        });
    // year-earlier / the year-ago period
    rule("year-earlier", B + "(?:(?<the>the)\\s+(?=(?:year|yr)[- ](?:earlier|ago)\\s+(?:quarter|period|month|nine|six"
        + "|three|first|second|half|year|week|season)))?(?:year|yr)[- ](?:earlier|ago)(?:\\s+(?<n>quarter|period|month"
        + "|nine\\s+months|six\\s+months|three\\s+months|first\\s+half|second\\s+half|half|year|week|season))?"
        + E, (g, c) -> {
          if (g.has("the") && !g.has("n")) {
            return null;
          }
          String n = g.lower("n");
          if (n != null && n.contains("months")) {
            Double q = Lex.quantity(n.split(" ")[0]);
            return new Out(TimexType.DURATION, duration(q, "months"), null, null, null, null);
          }
          Out o = shifted(c, Gran.YEAR, -1, true);
          if (o != null && o.begin() != null && c.anchor != null && o.begin().getYear() < c.anchor.getYear() - 1) {
            return shifted(c, Gran.YEAR, -1, false); // "the year-ago results" compare with the report, not 1988
          }
          return o;
        });
    // the year-ago third quarter / the year-earlier second quarter
    rule("year-ago-quarter", B + "(?:the\\s+)?(?:comparable\\s+)?(?:year|yr)[- ](?:earlier|ago)\\s+(?:fiscal\\s+)?"
        + "(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter" + E, (g, c) -> {
          int q = Lex.ordinal(g.get("q"));
          if (q < 1 || q > 4) {
            return null;
          }
          if (c.anchor == null) {
            return new Out(TimexType.DATE, "XXXX-Q" + q, null, null, null, Gran.QUARTER);
          }
          LocalDate start = LocalDate.of(c.anchor.getYear(), (q - 1) * 3 + 1, 1);
          if (start.isAfter(c.anchor)) {
            start = start.minusYears(1); // the report's quarter is the latest one of that name
          }
          return Cal.at(start.minusYears(1), Gran.QUARTER);
        });
    // next year's first quarter / last year's third quarter
    rule("rel-year-quarter", B + "(?<w>this|last|next)\\s+year['\u2019]s\\s+(?<q>first|second|third|fourth|1st|2nd|3rd|4th)"
        + "[- ](?:fiscal[- ])?quarter" + E, (g, c) -> {
          int q = Lex.ordinal(g.get("q"));
          if (q < 1 || q > 4) {
            return null;
          }
          if (c.anchor == null) {
            return new Out(TimexType.DATE, "XXXX-Q" + q, null, null, null, Gran.QUARTER);
          }
          String w = g.lower("w");
          int y = c.anchor.getYear() + (w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
          return Cal.at(LocalDate.of(y, (q - 1) * 3 + 1, 1), Gran.QUARTER);
        });
    // the 1988 quarter / the 1989 period: the quarter being reported, in that year
    rule("year-quarter", B + "the\\s+(?<y>(?:1[5-9]|20)\\d\\d)\\s+(?<n>quarter|period)" + E, (g, c) -> {
      int y = Integer.parseInt(g.get("y"));
      for (int i = c.foci.size() - 1; i >= 0; i--) {
        Out o = c.foci.get(i).out();
        if (o.gran() == Gran.QUARTER && o.begin() != null) {
          return Cal.at(LocalDate.of(y, o.begin().getMonthValue(), 1), Gran.QUARTER);
        }
      }
      if (c.anchor == null) {
        return new Out(TimexType.DATE, g.get("y") + "-QX", null, null, null, null);
      }
      // no quarter named yet: the one a report published on the anchor would be about, the last complete one
      return Cal.at(LocalDate.of(y, c.anchor.minusMonths(3).getMonthValue(), 1), Gran.QUARTER);
    });
    // last year's quarter / the same period last year / the corresponding quarter a year earlier
    rule("quarter-last-year", B + "(?:last\\s+year['\u2019]s\\s+(?<n1>quarter|period)|(?:the\\s+)?"
        + "(?:(?:same|corresponding|comparable|like)\\s+)?(?<n2>quarter|period)\\s+(?:of\\s+|in\\s+)?"
        + "(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)"
        + "|the\\s+(?:previous|prior)\\s+year))" + E, (g, c) -> {
          Ctx.Focus q = c.reportPeriod(REPORT_WINDOW);
          if (q != null && q.out().begin() != null) {
            LocalDate b = q.out().begin();
            return Cal.at(c.anchor != null && b.getYear() < c.anchor.getYear() && !q.absolute() ? b
                : b.minusYears(1), q.out().gran());
          }
          if (c.anchor == null) {
            return new Out(TimexType.DATE, "XXXX-QX", null, null, null, null);
          }
          return Cal.at(c.anchor.minusMonths(3).minusYears(1), Gran.QUARTER);
        });
    // the week of March 6
    rule("week-of", B + "the\\s+week\\s+of\\s+(?<mon>" + MONTH_FULL + "|(?:" + MONTH_ABBR + ")\\.?)\\s+(?<d>[0-3]?\\d)"
        + "(?!\\d)(?:,?\\s+(?<y>(?:1[5-9]|20)\\d\\d))?" + E, (g, c) -> {
          int m = Lex.month(g.get("mon"));
          int d = Integer.parseInt(g.get("d"));
          Out day;
          if (g.has("y")) {
            day = Cal.at(LocalDate.of(Integer.parseInt(g.get("y")), m, d), Gran.DAY);
          } else if (c.anchor == null) {
            return null;
          } else {
            day = monthDay(c, m, d, dir(c, Dir.NEAREST, Dir.NEAREST));
          }
          return day == null || day.begin() == null ? null : Cal.at(day.begin(), Gran.WEEK);
        });
    // year-end / year's end
    rule("year-end", B + "(?:the\\s+)?(?:year[- ]end|year['\u2019]s\\s+end)" + E, (g, c) -> {
      if (c.anchor == null) {
        return new Out(TimexType.DATE, "XXXX-12-31", null, null, null, Gran.DAY);
      }
      int y = c.anchor.getYear();
      if (c.anchor.getMonthValue() <= 2 && c.tense() == Tense.PAST
          || c.wordBefore(1).equals("since") && c.anchor.getMonthValue() < 12) {
        y -= 1; // "the percentage change is since year-end": the last one
      }
      if (!c.text.substring(g.begin(), g.end()).contains("-")) {
        // "by year's end", "around year end" say "the end of the year": the year's last part, as that phrase
        return mod(Cal.at(LocalDate.of(y, 1, 1), Gran.YEAR), "END");
      }
      return Cal.at(LocalDate.of(y, 12, 31), Gran.DAY); // "year-end": the closing date of the books
    });
    rule("full-year", B + "the\\s+(?:full|whole|entire)\\s+(?:fiscal\\s+)?year" + E, (g, c) -> {
      return anchorAt(c, Gran.YEAR, 0);
    });
    rule("prior-year", B + "(?:the\\s+)?(?:prior|previous)[- ]year(?:\\s+(?:quarter|period))?" + E,
        (g, c) -> c.text.substring(g.begin(), g.end()).toLowerCase(Locale.ROOT).startsWith("the") ? shifted(c,
            Gran.YEAR, -1, true) : null);
    // three years / the past few months / more than four hours / the first nine months
    rule("duration", B + "(?:" + QMOD + "\\s+)?(?:(?<the>the|a|an|this|that|those|these)\\s+)?(?:(?<rel>past|last"
        + "|next|coming|first|final|previous|following|latest|recent|remaining|initial|ensuing|intervening"
        + "|additional|other|same|full|entire|whole|preceding|prior)\\s+)?(?<n>" + NUM + ")(?:\\s+(?:more|additional"
        + "|further|extra))?(?:\\s+(?:trading"
        + "|business|working|calendar|full|straight|consecutive|long))?\\s+" + UNITS
        + "(?<half>\\s+and\\s+a\\s+half)?" + E, (g, c) -> {
          Double n = Lex.quantity(g.get("n"));
          if (n == null) {
            return null;
          }
          if (g.has("half")) {
            n += 0.5;
          }
          String the = g.lower("the");
          String nl = g.lower("n");
          if (nl.matches("(1[5-9]|20)\\d\\d")) {
            return null; // "the 1988 quarter": a year, not 1,988 quarters
          }
          String u = unitKey(g.get("u"));
          boolean plural = g.get("u").toLowerCase(Locale.ROOT).endsWith("s") || u.equals("century")
              && g.lower("u").equals("centuries");
          if (!unitNounOk(c, g)) {
            return null;
          }
          if (c.wordAfter(1).equals("old") && the == null && g.get("rel") == null) {
            return null; // "Mr. Schwarz, 52 years old": an age, not a period the text talks about
          }
          if (the != null && (the.equals("a") || the.equals("an")) && !n.isNaN()
              && !nl.matches("couple(?: of)?|hundred")) { // "a couple of years", "a hundred years" are counts
            return null; // "a two-year": handled elsewhere
          }
          if ((nl.equals("some") || nl.equals("many")) && !plural) {
            return null; // "some day", "many a year"
          }
          if (!n.isNaN() && n == 1 && plural && !nl.matches("\\d+")) {
            return null;
          }
          if (n.isNaN() && !plural) {
            return null;
          }
          if ((nl.equals("a") || nl.equals("an")) && the == null && g.get("q") == null && g.get("rel") == null) {
            Token prev = c.before(1);
            if (prev != null && (prev.pos().equals("CD") || prev.word().matches("(?i)times|twice|once|per|%"))) {
              return null; // "$5 a year": a set
            }
          }
          if (u.equals("weekend")) {
            return null;
          }
          String rel = g.lower("rel");
          String mod = modOf(g.get("q"));
          Out o = new Out(TimexType.DURATION, duration(n, u), mod, null, null, null);
          if (c.anchor != null && rel != null && !n.isNaN() && gran(u) != null && gran(u) != Gran.TIME) {
            long k = Math.round(Math.ceil(n));
            if (rel.equals("past") || rel.equals("last") || rel.equals("previous") || rel.equals("recent")
                || rel.equals("preceding") || rel.equals("prior")) {
              o = o.withInterval(Cal.plus(c.anchor, gran(u), -k), c.anchor.plusDays(1));
            } else if (rel.equals("next") || rel.equals("coming") || rel.equals("following")) {
              o = o.withInterval(c.anchor, Cal.plus(c.anchor, gran(u), k));
            }
          } else if (c.anchor != null && rel != null && n.isNaN()
              && (rel.equals("past") || rel.equals("last") || rel.equals("recent"))) {
            o = o.withInterval(null, c.anchor.plusDays(1));
          }
          return o;
        });
    // three-year conflict / four-day trip / 8-month-old
    // a day-long meeting / a decades-long battle / a several-year tenure / a years-old slump
    rule("adj-duration-vague", B + "(?:(?<u1>day|night|week|month|year|hour)-long|(?<u>seconds|minutes|hours|days"
        + "|weeks|months|years|decades|centuries)-(?:long|old)|(?:several|multi|many)-(?<u2>day|week|month|year"
        + "|decade))" + E, (g, c) -> {
          if (g.has("u1")) {
            return new Out(TimexType.DURATION, duration(1, g.get("u1")), null, null, null, null);
          }
          return new Out(TimexType.DURATION, duration(Double.NaN, g.has("u") ? g.get("u") : g.get("u2")), null, null,
              null, null);
        });
    rule("adj-duration", B + "(?<n>\\d+(?:\\.\\d+)?|" + NW + "(?:-" + NW + ")?|half)-" + UNIT1
        + "(?:-long|(?<old>-old))?" + E, (g, c) -> {
          String nl = g.lower("n");
          Double n = nl.equals("half") ? Double.valueOf(0.5) : Lex.quantity(nl);
          if (n == null || n.isNaN() || g.get("old") != null) {
            return null;
          }
          return new Out(TimexType.DURATION, duration(n, g.get("u")), null, null, null, null);
        });
    // recent years / for years / coming weeks / the years
    rule("bare-units", B + "(?<pre>(?:recent|coming|past|the\\s+past|the\\s+coming|the\\s+next|the\\s+last"
        + "|the\\s+early)\\s+)?(?<u>seconds|minutes|hours|days|weeks|months|years|decades"
        + "|centuries|quarters)" + E, (g, c) -> {
          String pre = g.lower("pre");
          String u = g.lower("u");
          if (pre == null) {
            String pw = c.wordBefore(1);
            Token nt = c.after(1);
            boolean follows = nt == null || nt.pos().matches("[.,:]|CC|IN|TO|``|''|-RRB-|RB|WRB|WDT");
            if (!(pw.matches("for|over|within|took|take|takes|lasted|last|spent|spend|after") && follows
                || pw.equals("for"))) {
              return null;
            }
          }
          if (pre != null && pre.trim().equals("the")) {
            Token nt = c.after(1);
            if (nt != null && nt.word().equalsIgnoreCase("of")) {
              return null;
            }
          }
          if (pre != null && pre.contains("recent") && u.equals("years")) {
            return ref(c, "PAST_REF");
          }
          return new Out(TimexType.DURATION, duration(Double.NaN, u), null, null, null, null);
        });
    // $5 a year / twice a week / every day / each month / every other week
    rule("set-every", B + "(?:(?<f>once|twice|thrice|(?:\\d+|" + NW + ")\\s+times)\\s+)?(?<det>a|an|per|each|every)"
        + "\\s+(?<other>other\\s+)?(?:(?<n>\\d+|" + NW + ")\\s+)?" + UNITS + E, (g, c) -> {
          String det = g.lower("det");
          boolean strong = g.has("f") || det.equals("per") || det.equals("each") || det.equals("every");
          if (!strong) {
            Token prev = c.before(1);
            if (prev == null || !(prev.pos().equals("CD") || prev.word().matches("(?i)%|percent|cents?|dollars?"
                + "|yen|marks|francs|pounds|euros?|times"))) {
              return null;
            }
          }
          if (!unitNounOk(c, g)) {
            return null;
          }
          Double n = g.has("n") ? Lex.quantity(g.get("n")) : Double.valueOf(1);
          if (n == null || n.isNaN()) {
            return null;
          }
          if (g.has("other")) {
            n = n * 2;
          }
          String u = unitKey(g.get("u"));
          if (u.equals("weekend")) {
            return new Out(TimexType.SET, "XXXX-WXX-WE", null, null, null, null);
          }
          return new Out(TimexType.SET, duration(n, u), null, null, null, null);
        });
    // every Friday / each July / every summer / every morning
    rule("set-each-named", B + "(?:every|each)\\s+(?:(?<wd>" + WEEKDAY + ")|(?<mon>" + MONTH_FULL + ")|" + SEASON
        + "|(?<p>morning|afternoon|evening|night))" + E, (g, c) -> {
          if (g.has("wd")) {
            return new Out(TimexType.SET, "XXXX-WXX-" + Lex.weekday(g.get("wd")), null, null, null, null);
          }
          if (g.has("mon")) {
            return new Out(TimexType.SET, "XXXX-" + Cal.pad(Lex.month(g.get("mon")), 2), null, null, null, null);
          }
          if (g.has("s")) {
            return new Out(TimexType.SET, "XXXX-" + seasonCode(g.get("s")), null, null, null, null);
          }
          return new Out(TimexType.SET, "TXX" + pod(g.get("p")), null, null, null, null);
        });
    // daily / weekly / annually
    rule("set-adverb", B + "(?<w>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly"
        + "|semiannually|semi-annually|bimonthly|twice-yearly|twice-weekly)" + E, (g, c) -> {
          Token t = tokenAt(c, g.begin());
          if (t != null && t.pos().startsWith("NNP")) {
            return null;
          }
          String w = g.lower("w");
          if (w.equals("quarterly") && t != null && !t.pos().startsWith("RB")) {
            return null;
          }
          if (c.wordBefore(1).equals("average")) {
            return null; // "average daily volume": a statistic per day, not a recurring time
          }
          if (rateAfterQuantity(c)) {
            return null; // "to rise 8.5% annually", "10,000 units annually": a rate of growth or output
          }
          String v;
          switch (w) {
            case "daily":
            case "nightly":
              v = "P1D";
              break;
            case "weekly":
              v = "P1W";
              break;
            case "biweekly":
              v = "P2W";
              break;
            case "monthly":
              v = "P1M";
              break;
            case "bimonthly":
              v = "P2M";
              break;
            case "quarterly":
              v = "P3M";
              break;
            case "hourly":
              v = "PT1H";
              break;
            case "semiannually":
            case "semi-annually":
            case "twice-yearly":
              v = "P6M";
              break;
            case "twice-weekly":
              v = "P1W";
              break;
            default:
              v = "P1Y";
          }
          return new Out(TimexType.SET, v, null, null, null, null);
        });
    // on Fridays / Tuesday nights
    rule("set-weekday-plural", B + WD + "s(?:\\s+(?<p>mornings|afternoons|evenings|nights))?" + E, (g, c) -> {
      Token t = tokenAt(c, g.begin());
      String v = "XXXX-WXX-" + Lex.weekday(g.get("wd"));
      if (g.has("p")) {
        v += "T" + pod(g.get("p").replaceAll("s$", ""));
      }
      return t != null && t.pos().startsWith("NNP") && !t.pos().equals("NNPS") && !g.has("p") ? null
          : new Out(TimexType.SET, v, null, null, null, null);
    });
    // now / currently / recently / the past / the future / soon
    rule("ref", B + "(?<w>now|right\\s+now|just\\s+now|currently|current|recently|lately|nowadays"
        + "|presently|at\\s+present|the\\s+present|these\\s+days|the\\s+past"
        + "|the\\s+future|the\\s+near\\s+future|the\\s+distant\\s+future|the\\s+immediate\\s+future|future|soon"
        + "|the\\s+moment|at\\s+this\\s+time)" + E, (g, c) -> {
          String w = g.lower("w");
          Token t = tokenAt(c, g.begin());
          String nw = c.wordAfter(1);
          String pw = c.wordBefore(1);
          switch (w) {
            case "current":
              if (t != null && !t.pos().startsWith("JJ")) {
                return null;
              }
              if (nw.matches("accounts?|affairs|events|issues?|members?|carriers?|collection|form|conditions"
                  + "|situation|crisis|law|laws|system|management|shareholders|employees|owners|version|president"
                  + "|leader(s|ship)?|chairman|administration|government|regime|team|players|residents|state")) {
                return null;
              }
              return ref(c, "PRESENT_REF");
            case "recent":
              if (t != null && !t.pos().startsWith("JJ")) {
                return null;
              }
              return ref(c, "PAST_REF");
            case "future":
              if (t == null || !t.pos().equals("NN") || pw.equals("foreseeable") || nw.matches("contracts?|prices?|generations?"
                  + "|deliver(y|ies)|markets?|trading|exchange")) {
                return null;
              }
              return ref(c, "FUTURE_REF");
            case "soon":
              if (pw.equals("as") || nw.equals("as") || nw.equals("after") || pw.equals("too")) {
                return null;
              }
              return ref(c, "FUTURE_REF");
            case "the moment":
              return pw.matches("at|for") ? ref(c, "PRESENT_REF") : null;
            case "now":
              if (t != null && t.pos().startsWith("NNP")) {
                return null;
              }
              return ref(c, "PRESENT_REF");
            case "the future":
            case "the near future":
            case "the distant future":
            case "the immediate future":
              return ref(c, "FUTURE_REF");
            case "recently":
            case "lately":
            case "previously":
            case "formerly":
            case "the past":
            case "in the past":
              return ref(c, "PAST_REF");
            default:
              return ref(c, "PRESENT_REF");
          }
        });
    // in the near term / over the short term: the future, unspecified
    rule("term", B + "the\\s+(?:near|short)(?:er)?[- ]term" + E, (g, c) -> {
      return c.wordBefore(1).matches("in|for|over|of|during|within") && !c.wordAfter(1).matches("-|\u2013")
          ? ref(c, "FUTURE_REF") : null;
    });
    // at a later date
    rule("later-date", B + "a\\s+later\\s+(?:date|time|stage)" + E, (g, c) -> ref(c, "FUTURE_REF"));
    // the weeks ahead / the coming months ahead
    rule("units-ahead", B + "the\\s+(?:next\\s+few\\s+|coming\\s+)?(?<u>days|weeks|months|years)\\s+ahead" + E,
        (g, c) -> new Out(TimexType.DURATION, duration(Double.NaN, g.lower("u")), null, null, null, null));
    // the nineties / the late sixties
    rule("decade-word", B + "the\\s+(?:(?<pre>early|mid|late)[- ])?(?<d>twenties|thirties|forties|fifties|sixties"
        + "|seventies|eighties|nineties)" + E, (g, c) -> {
          int d = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
              .indexOf(g.lower("d")) + 2;
          return mod(Cal.at(LocalDate.of(1900 + d * 10, 1, 1), Gran.DECADE), preMod(g));
        });
    // a five year low / a two day rally / a three hour meeting (a duration used as a modifier, no hyphen)
    rule("adj-duration-open", B + "(?<n>\\d{1,3}|" + NW + ")\\s+(?<u>year|day|hour|week|month|minute)" + E, (g, c) -> {
      Double n = Lex.quantity(g.get("n"));
      if (n == null || n.isNaN() || n < 2) {
        return null;
      }
      Token nt = c.after(1);
      if (!c.wordBefore(1).matches("a|an|the|his|her|its|their|our|this|that|first|another")
          || nt == null || !(nt.pos().startsWith("NN") || nt.pos().startsWith("JJ"))) {
        return null;
      }
      return new Out(TimexType.DURATION, duration(n, g.get("u")), null, null, null, null);
    });
    // today / yesterday / tomorrow / tonight / the day before yesterday
    rule("day-ref", B + "(?:(?<pre>early|late)\\s+)?(?<w>today|tonight|tomorrow|yesterday|the\\s+day\\s+before"
        + "\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)" + E, (g, c) -> {
          String w = g.lower("w");
          Token t = tokenAt(c, g.begin() + (g.has("pre") ? g.get("pre").length() + 1 : 0));
          if (t != null && t.pos().startsWith("NNP") && Character.isUpperCase(g.get("w").charAt(0))
              && w.equals("today") && c.wordAfter(1).matches("show|newspaper|programme|program")) {
            return null;
          }
          int shift = w.startsWith("yesterday") ? -1 : w.startsWith("tomorrow") ? 1 : w.contains("before") ? -2
              : w.contains("after") ? 2 : 0;
          if (w.equals("tonight")) {
            return timeOfDay(anchorAt(c, Gran.DAY, 0), "NI");
          }
          return mod(anchorAt(c, Gran.DAY, shift), preMod(g));
        });
    // yesterday morning / this afternoon / last night / Friday evening / early Tuesday
    rule("pod", B + "(?:(?<pre>early|late|mid)[\\s-]|(?<later>later|earlier)\\s+)?(?<w>yesterday|tomorrow|today|this"
        + "|last|" + WEEKDAY + ")\\s+(?<p>morning|afternoon|evening|night|overnight)" + E, (g, c) -> {
          String w = g.lower("w");
          String p = pod(g.get("p"));
          Out day;
          if (w.equals("last")) {
            if (!p.equals("NI") && !p.equals("EV")) {
              return null;
            }
            day = anchorAt(c, Gran.DAY, -1);
          } else if (w.equals("this") || w.equals("today")) {
            day = anchorAt(c, Gran.DAY, 0);
          } else if (w.equals("yesterday")) {
            day = anchorAt(c, Gran.DAY, -1);
          } else if (w.equals("tomorrow")) {
            day = anchorAt(c, Gran.DAY, 1);
          } else {
            day = weekday(c, Lex.weekday(w), weekdayDir(c, g.begin()));
          }
          String mod = preMod(g);
          if (g.has("later")) {
            mod = g.lower("later").equals("later") ? "END" : "START";
          }
          return timeOfDay(day, p).withMod(mod);
        });
    // mid-afternoon yesterday / the morning / overnight
    rule("pod-after", B + "(?:(?<pre>early|late|mid)[\\s-])?(?<p>morning|afternoon|evening|night)\\s+"
        + "(?<w>yesterday|today|tomorrow)" + E, (g, c) -> {
          String w = g.lower("w");
          int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
          return timeOfDay(anchorAt(c, Gran.DAY, shift), pod(g.get("p"))).withMod(preMod(g));
        });
    rule("overnight", B + "(?<w>overnight)" + E, (g, c) -> {
      Token t = tokenAt(c, g.begin());
      if (t == null || !t.pos().startsWith("RB") && !t.pos().startsWith("NN")) {
        return null;
      }
      return timeOfDay(anchorAt(c, Gran.DAY, c.tense() == Tense.FUTURE ? 0 : -1), "NI");
    });
    // 10:35 a.m. / 5 p.m. EST, Nov. 6 / around 7:15 p.m. / 14:30 / noon Thursday
    rule("clock", B + "(?:(?<q>about|around|approximately|roughly|shortly\\s+before|shortly\\s+after|just\\s+before"
        + "|just\\s+after|at\\s+about|at\\s+around)\\s+)?(?<h>[012]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?"
        + "|p\\.m\\.?|am|pm|a\\s+\\.m\\.|p\\s+\\.m\\.)(?:\\s+(?<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET"
        + "|local\\s+time|\\(\\d{4}\\s+GMT\\)))?(?:,?\\s+(?:(?<w>today|yesterday|tomorrow|tonight)|" + WD + "|"
        + "(?<mon>" + MONTH_FULL + "|(?:" + MONTH_ABBR + ")\\.?)\\s+(?<d>[0-3]?\\d)(?!\\d)))?"
        + "(?![\\w])", (g, c) -> clock(g, c));
    rule("clock24", B + "(?:(?<q>about|around|approximately|at\\s+about)\\s+)?(?<h>[012]?\\d):(?<min>[0-5]\\d)"
        + "(?:\\s+(?<tz>GMT|UTC|EST|EDT|BST|CET|local\\s+time|hours|hrs))?(?![\\w:]|[.,]\\d)", (g, c) -> {
          int h = Integer.parseInt(g.get("h"));
          Token prev = c.before(1);
          if (h > 24 || prev != null && prev.word().matches("\\d+|(?i)chapter|verse|ratio|score|won|lost|beat")) {
            return null;
          }
          return clock(g, c);
        });
    rule("noon", B + "(?:(?<q>about|around|shortly\\s+before|shortly\\s+after|just\\s+before|just\\s+after)\\s+)?"
        + "(?:(?<wd1>" + WEEKDAY + ")\\s+)?(?<w0>noon|midnight|midday|mid-day)(?:,?\\s+(?:(?<w>today|yesterday"
        + "|tomorrow)|" + WD + "))?" + E, (g, c) -> {
          String w0 = g.lower("w0");
          if (!g.has("wd1") && !g.has("q") && c.wordBefore(1).equals("high")) {
            return null; // "high noon": the decisive moment, not twelve o'clock
          }
          int h = w0.equals("midnight") ? 24 : 12;
          Out day = clockDay(g, c, g.has("wd1") ? g.get("wd1") : null);
          if (day == null) {
            return null;
          }
          return timeOf(day, Cal.pad(h, 2) + ":00").withMod(modOf(g.get("q")));
        });
    // 4 in the morning
    rule("in-the-morning", B + "(?<h>[01]?\\d|" + NW + ")(?:\\s+o['\u2019]clock)?\\s+in\\s+the\\s+(?<p>morning"
        + "|afternoon|evening)" + E, (g, c) -> {
          Double n = Lex.quantity(g.get("h"));
          if (n == null || n.isNaN() || n < 1 || n > 12) {
            return null;
          }
          int h = n.intValue();
          if (!g.lower("p").equals("morning") && h < 12) {
            h += 12;
          }
          Out day = clockDay(g, c, null);
          return day == null ? null : timeOf(day, Cal.pad(h, 2) + ":00");
        });
    // summer / last fall / the summer of 1998 / early spring
    rule("season", B + PREMOD + "?(?:(?<det>the|this|last|next|that|this\\s+past|this\\s+coming)\\s+)?" + SEASON
        + "(?:\\s+(?:of\\s+)?" + YEAR + ")?" + E, (g, c) -> {
          Token t = tokenAt(c, c.text.toLowerCase(Locale.ROOT).indexOf(g.lower("s"), g.begin()));
          if (t != null && !t.pos().startsWith("NN")) {
            return null;
          }
          if (t != null && t.pos().startsWith("NNP") && !Lex.capitalised(c.wordBefore(1)) && c.wordBefore(1)
              .matches("[a-z].*")) {
            // a capitalised season inside running text is usually a name; keep it only with context
            if (!g.has("det") && !g.has("y") && !g.has("pre") && !g.has("mid")) {
              return null;
            }
          }
          String code = seasonCode(g.get("s"));
          String det = g.lower("det");
          String pw = c.wordBefore(1);
          if (det == null && !g.has("y") && !g.has("pre") && !g.has("mid")
              && !pw.matches("in|during|since|until|by|over|through|throughout|before|after|this|last|next|early"
              + "|late|and")) {
            return null;
          }
          Out o;
          if (g.has("y")) {
            o = Cal.at(Cal.seasonStart(Integer.parseInt(g.get("y")), code), Gran.SEASON);
          } else if (c.anchor == null) {
            o = new Out(TimexType.DATE, "XXXX-" + code, null, null, null, Gran.SEASON);
          } else {
            Dir d = det == null || det.equals("the") || det.equals("that")
                ? dir(c, Dir.NEAREST, Dir.NEAREST)
                : det.startsWith("last") || det.equals("this past") ? Dir.PAST
                : det.startsWith("next") || det.equals("this coming") ? Dir.FUTURE : null;
            o = seasonNamed(c, code, d, det != null && (det.equals("last") || det.equals("next")));
          }
          return mod(o, preMod(g));
        });
    // Christmas / New Year's / Thanksgiving
    rule("holiday", B + "(?<h>christmas(?:\\s+day|\\s+eve)?|new\\s+year['\u2019]?s(?:\\s+day|\\s+eve)?"
        + "|thanksgiving(?:\\s+day)?|easter(?:\\s+sunday)?|good\\s+friday|halloween|independence\\s+day"
        + "|labor\\s+day|memorial\\s+day|valentine['\u2019]?s\\s+day|veterans\\s+day|boxing\\s+day"
        + "|the\\s+fourth\\s+of\\s+july|july\\s+fourth|new\\s+year['\u2019]?s\\s+day|election\\s+day"
        + "|mother['\u2019]?s\\s+day|father['\u2019]?s\\s+day|st\\.?\\s+patrick['\u2019]?s\\s+day|columbus\\s+day"
        + "|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|presidents['\u2019]?\\s+day|armistice\\s+day|bastille\\s+day)" + E,
        (g, c) -> holiday(g, c));
    // the weekend / this weekend / last weekend
    rule("weekend", B + "(?:(?<w>this|last|next|the|that|past|the\\s+past|the\\s+coming|the\\s+previous"
        + "|the\\s+following|this\\s+past|this\\s+coming)\\s+)weekend" + E, (g, c) -> {
          String w = g.lower("w");
          if (c.anchor == null) {
            return Cal.unknown(Gran.WEEKEND);
          }
          LocalDate a = c.anchor;
          LocalDate lastSat = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
          LocalDate nextSat = a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
          if (a.getDayOfWeek() == DayOfWeek.SUNDAY) {
            nextSat = lastSat;
          }
          LocalDate pick;
          if (w.contains("past") || w.equals("last") || w.contains("previous")) {
            pick = a.getDayOfWeek().getValue() >= 6 ? lastSat.minusWeeks(1) : lastSat;
          } else if (w.contains("coming") || w.equals("next") || w.contains("following")) {
            pick = nextSat;
          } else if (w.equals("that")) {
            Ctx.Focus f = c.focus(Gran.WEEK);
            pick = f != null ? f.out().begin() : lastSat;
          } else if (w.equals("this")) {
            pick = nextSat;
          } else {
            Tense t = c.tense();
            pick = t == Tense.FUTURE || t == Tense.PRESENT ? nextSat : lastSat;
          }
          return Cal.at(pick, Gran.WEEKEND);
        });
    // the next day / the following week / the previous year / that day / the same day / the day before
    rule("focus-rel", B + "(?<w>the\\s+next|the\\s+following|the\\s+previous|the\\s+prior|the\\s+preceding"
        + "|the\\s+same|that|following|previous|same)\\s+(?<u>day|week|month|year|morning|afternoon|evening|night)"
        + E, (g, c) -> {
          String w = g.lower("w").replace("the ", "");
          String u = g.lower("u");
          int shift = w.equals("next") || w.equals("following") ? 1 : w.equals("same") || w.equals("that") ? 0 : -1;
          String p = null;
          if (u.matches("morning|afternoon|evening|night")) {
            p = pod(u);
            u = "day";
          }
          if (w.equals("next") && !u.equals("day")) {
            Token t = c.before(1);
            if (t == null || !t.word().matches("(?i)in|during|by|over|within|for")) {
              // "the next year" with no focus in sight reads as a duration
              if (c.focus(gran(u)) == null) {
                return new Out(TimexType.DURATION, duration(1, u), null, null, null, null);
              }
            }
          }
          Out o = shifted(c, gran(u), shift, true);
          if (o == null) {
            return null;
          }
          if (p != null) {
            return timeOfDay(o, p);
          }
          return o;
        });
    rule("the-unit-before", B + "the\\s+(?<u>day|night|week|month|year)\\s+(?<ba>before|after|earlier|later)"
        + E, (g, c) -> {
          Token nt = c.after(1);
          if (nt != null && !nt.pos().matches("[.,:]|CC|``|''|-RRB-|VB.*|MD|RB")) {
            return null;
          }
          String ba = g.lower("ba");
          int shift = ba.equals("before") || ba.equals("earlier") ? -1 : 1;
          String u = g.lower("u").equals("night") ? "day" : g.lower("u");
          Out o = shifted(c, gran(u), shift, true);
          return g.lower("u").equals("night") && o != null ? timeOfDay(o, "NI") : o;
        });
    // the year (this year) / for the year (a duration)
    rule("the-year", B + "the\\s+(?<u>year|week|month|day)" + E, (g, c) -> {
      String u = g.lower("u");
      String pw = c.wordBefore(1);
      Token nt = c.after(1);
      if (nt != null && (nt.word().matches("(?i)of|before|after|that|when|in|'s|\u2019s|ahead|to|-|\u2013|and")
          || nt.pos().equals("CD") || nt.pos().startsWith("NN") || nt.pos().startsWith("JJ"))) {
        return null;
      }
      if (!u.equals("year")) {
        return null;
      }
      if (pw.matches("for|over|throughout|all|whole|entire")) {
        return new Out(TimexType.DURATION, "P1Y", null, null, null, null);
      }
      Ctx.Focus f = c.focus(Gran.YEAR);
      if (f != null && f.out().begin() != null) {
        return Cal.at(f.out().begin(), Gran.YEAR);
      }
      return anchorAt(c, Gran.YEAR, 0);
    });
    // Friday / Friday's meeting / early Friday
    rule("weekday", B + "(?:(?<pre>early|late)\\s+)?" + WD + E, (g, c) -> {
      if (!Lex.capitalised(g.get("wd"))) {
        return null;
      }
      String nw = c.wordAfter(1);
      if (nw.matches("prayers?|sermons?|mosque") || c.wordBefore(1).matches("black|man|girl|cyber|super|good")) {
        return null;
      }
      if (nw.equals("'s") || nw.equals("\u2019s")) {
        String nw2 = c.wordAfter(2);
        if (nw2.matches("prayers?|sermons?")) {
          return null;
        }
      }
      Token t = tokenAt(c, c.text.toLowerCase(Locale.ROOT).indexOf(g.lower("wd"), g.begin()));
      if (t != null && "PERSON".equals(t.ner())) {
        return null;
      }
      return mod(weekday(c, Lex.weekday(g.get("wd")), weekdayDir(c, g.begin())), preMod(g));
    });
  }

  private static int offsetOf(G g, Ctx c, String group) {
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

  private static final Pattern ENDED = Pattern.compile("\\s*,?\\s*(?:that\\s+|which\\s+)?(?:ended|ending|ends|to)"
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

  private static final Pattern FIGURES = Pattern.compile(
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
      f = Rules::easter;
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
