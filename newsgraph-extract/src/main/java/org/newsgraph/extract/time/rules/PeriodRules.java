package org.newsgraph.extract.time.rules;

import static org.newsgraph.extract.time.resolution.Direction.dateDir;
import static org.newsgraph.extract.time.resolution.NamedDates.monthDay;
import static org.newsgraph.extract.time.resolution.NamedDates.safeDate;
import static org.newsgraph.extract.time.resolution.Quantities.duration;
import static org.newsgraph.extract.time.resolution.Quantities.granularityOf;
import static org.newsgraph.extract.time.resolution.Quantities.mod;
import static org.newsgraph.extract.time.resolution.Quantities.modOf;
import static org.newsgraph.extract.time.resolution.Quarters.REPORT_WINDOW;
import static org.newsgraph.extract.time.resolution.Quarters.figures;
import static org.newsgraph.extract.time.resolution.Quarters.quarterEnded;
import static org.newsgraph.extract.time.resolution.Quarters.quarterOf;
import static org.newsgraph.extract.time.resolution.Quarters.reportedQuarter;
import static org.newsgraph.extract.time.resolution.Quarters.twoDigitYear;
import static org.newsgraph.extract.time.resolution.RelativeDates.anchorAt;
import static org.newsgraph.extract.time.resolution.RelativeDates.ref;
import static org.newsgraph.extract.time.resolution.RelativeDates.shifted;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_ABBR;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_FULL;
import static org.newsgraph.extract.time.rules.LookAlikes.unitNounOk;
import static org.newsgraph.extract.time.rules.RegexFragments.QUANTITY;
import static org.newsgraph.extract.time.rules.RegexFragments.QUANTITY_MODIFIER;
import static org.newsgraph.extract.time.rules.RegexFragments.RELATIVE_UNIT;
import static org.newsgraph.extract.time.rules.RegexFragments.UNITS;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_END;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_START;
import static org.newsgraph.extract.time.rules.ThisLastNext.thisLastNext;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;
import org.newsgraph.extract.time.engine.RuleBook;
import org.newsgraph.extract.time.engine.RuleSet;
import org.newsgraph.extract.time.resolution.CalendarMath;
import org.newsgraph.extract.time.resolution.Direction;
import org.newsgraph.extract.time.resolution.Focus;
import org.newsgraph.extract.time.resolution.Granularity;
import org.newsgraph.extract.time.resolution.Tense;
import org.newsgraph.extract.time.resolution.TimeWords;
import org.newsgraph.extract.time.resolution.TimexValue;

/**
 * The rules for periods and for dates counted from the anchor: quarters and halves, the quarter a report is about,
 * "last week", "two years ago", "the year-ago quarter", the second day of "April 24 and 25", "the week of March 6",
 * "year-end". In {@link TimeRules} right after {@link CalendarRules}, most specific first.
 */
final class PeriodRules implements RuleSet {
  /** The text just before the second day of "April 24 and 25": the month and the first day. */
  private static final Pattern AND_DAY = Pattern.compile("([A-Za-z]+)\\.?\\s([0-3]?\\d)(?:\\s(?:and|or)\\s|[-\u2013])$");

  @Override
  public void addTo(RuleBook book) {
    // the third quarter / third-quarter / the fourth quarter of 1989 / 1989's first quarter
    book.add("quarter", WORD_START
        + "(?:(?<the>the)\\s+)?(?:(?:fiscal\\s+)?(?<y1>(?:1[5-9]|20)\\d\\d)(?:['\u2019]s)?\\s+)?"
        + "(?:(?:fiscal|calendar)[-\\s]+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal[- ])?"
        + "(?:quarter|qtr\\.?)(?!s)(?:\\s+of\\s+(?:(?:fiscal|the|calendar)\\s+)?(?:(?<y2>(?:1[5-9]|20)\\d\\d)"
        + "|(?<rel>this|last|next)\\s+year|year))?" + WORD_END, (g, c) -> {
          int q = TimeWords.ordinal(g.get("q"));
          if (q < 1 || q > 4) {
            return null;
          }
          String ys = g.has("y1") ? g.get("y1") : g.get("y2");
          if (ys == null && g.has("rel") && c.anchor() != null) {
            int y = c.anchor().getYear() + (g.lower("rel").equals("last") ? -1 : g.lower("rel").equals("next") ? 1 : 0);
            return CalendarMath.at(LocalDate.of(y, (q - 1) * 3 + 1, 1), Granularity.QUARTER);
          }
          return quarterOf(c, q, ys == null ? null : Integer.valueOf(ys));
        });
    // Q3 2024 / Q3'24 / 3Q24 / Q4 FY2025 / in Q1: the short forms of business news
    book.add("quarter-code", WORD_START
        + "(?:(?-i:Q)(?<q1>[1-4])|(?<q2>[1-4])(?-i:Q))(?:\\s*(?:of\\s+)?(?:(?-i:FY)\\s*|fiscal\\s+)?"
        + "(?<y>(?:19|20)\\d\\d)|\\s*(?:(?-i:FY)\\s*|['\u2019])?(?<yy>\\d\\d))?" + WORD_END, (g, c) -> {
          int q = Integer.parseInt(g.has("q1") ? g.get("q1") : g.get("q2"));
          Integer y = g.has("y") ? Integer.valueOf(g.get("y")) : g.has("yy") ? twoDigitYear(c, g.get("yy")) : null;
          if (y == null && !c.wordBefore(1).matches("in|for|during|of|by|until|since|from|to|through|before|after")
              && !c.wordAfter(1).matches("results?|earnings|sales|profits?"
              + "|revenues?|losses|loss|numbers|figures|growth|gdp|output|deliveries|shipments|forecasts?|guidance")) {
            return null; // a bare "Q4" needs a word that makes it a time ("in Q4", "its Q4 results", "Q1 earnings")
          }
          return quarterOf(c, q, y);
        });
    // H1 2025 / H2'24: a half-year code, always with its year ("H1" alone is as often a visa or a chip)
    book.add("half-code", WORD_START + "(?-i:H)(?<h>[12])(?:\\s*(?<y>(?:19|20)\\d\\d)|\\s*['\u2019](?<yy>\\d\\d))"
        + WORD_END,
        (g, c) -> {
          int y = g.has("y") ? Integer.parseInt(g.get("y")) : twoDigitYear(c, g.get("yy"));
          return CalendarMath.at(LocalDate.of(y, g.get("h").equals("1") ? 1 : 7, 1), Granularity.HALF);
        });
    // FY2025 / FY 2025 / FY25: a fiscal year, written as the year it is named after (as "fiscal 1989" is)
    book.add("fiscal-year-code", WORD_START + "(?-i:FY)\\s*(?:(?<y>(?:19|20)\\d\\d)|(?<yy>\\d\\d))" + WORD_END,
        (g, c) -> CalendarMath.at(LocalDate.of(g.has("y") ? Integer.parseInt(g.get("y"))
            : twoDigitYear(c, g.get("yy")), 1, 1), Granularity.YEAR));
    // the first half (of 1990)
    book.add("half", WORD_START
        + "(?:the\\s+)?(?:(?<y1>(?:1[5-9]|20)\\d\\d)(?:['\u2019]s)?\\s+)?(?:(?<h>first|second|last|latter)[- ]half"
        + "|(?<hq>first|last|second)\\s+two\\s+quarters(?=\\s+of\\s))"
        + "(?:\\s+of\\s+(?:(?<y2>(?:1[5-9]|20)\\d\\d)|(?<rel>this|last|next)\\s+year|the\\s+year))?" + WORD_END,
        (g, c) -> {
          String ys = g.has("y1") ? g.get("y1") : g.get("y2");
          if (g.has("hq") && ys == null && !g.has("rel")) {
            return null; // "the first two quarters" alone stays a duration
          }
          boolean first = (g.has("hq") ? g.lower("hq") : g.lower("h")).equals("first");
          if (g.has("hq")) {
            return CalendarMath.at(LocalDate.of(ys != null ? Integer.parseInt(ys) : c.anchor() == null ? 0
                : c.anchor().getYear()
                + (g.lower("rel").equals("last") ? -1 : g.lower("rel").equals("next") ? 1 : 0), first ? 1 : 7, 1),
                Granularity.HALF); // "the first two quarters of 1990" is its first half
          }
          if (g.lower("h").matches("last|latter") && ys == null && !g.has("rel")) {
            return null; // "the last half of the '80s"
          }
          int y;
          if (ys != null) {
            y = Integer.parseInt(ys);
          } else if (!g.get("h").isEmpty() && c.anchor() != null
              && (g.has("rel") || c.text().substring(g.begin(), g.end()).toLowerCase(Locale.ROOT).startsWith("the"))) {
            y = c.anchor().getYear();
            if (g.has("rel")) {
              y += g.lower("rel").equals("last") ? -1 : g.lower("rel").equals("next") ? 1 : 0;
            } else if (!first && c.anchor().getMonthValue() <= 6 && c.tense() != Tense.FUTURE) {
              y -= 1;
            }
          } else {
            return null;
          }
          return CalendarMath.at(LocalDate.of(y, first ? 1 : 7, 1), Granularity.HALF);
        });
    // the latest quarter / the quarter / the current quarter / the year-ago quarter
    book.add("rel-quarter", WORD_START
        + "(?:the\\s+)?(?:(?<w>latest|current|most\\s+recent|recent|previous|past|last|this|that"
        + "|next|same|year-earlier|year-ago|prior-year|comparable|fiscal|just-ended|just\\s+ended|first|final)"
        + "\\s+)?(?:fiscal\\s+)?(?<noun>quarter|period)(?!s)" + WORD_END, (g, c) -> {
          String w = g.lower("w");
          String all = c.text().substring(g.begin(), g.end()).toLowerCase(Locale.ROOT);
          if (w == null && !all.startsWith("the")) {
            return null;
          }
          if (c.text().startsWith("-to-", g.end()) || c.text().startsWith("-over-", g.end())) {
            return null; // "the quarter-to-quarter comparison": a compound adjective
          }
          if (g.lower("noun").equals("period") && (w == null || !w.matches("latest|most recent|year-earlier"
              + "|year-ago|prior-year|comparable|same|just-ended|just ended|current"))) {
            return null;
          }
          if (w != null && (w.equals("first") || w.equals("final"))) {
            return null;
          }
          TimexValue ended = g.lower("noun").equals("quarter") ? quarterEnded(c, g.end()) : null;
          if (ended != null && (w == null || w.matches("fiscal|latest|most recent|just-ended|just ended"))) {
            return ended;
          }
          TimexValue base = reportedQuarter(c);
          if (w == null || w.equals("fiscal") || w.equals("same") || w.equals("that")) {
            if (base != null) {
              return CalendarMath.at(base.begin(), Granularity.QUARTER);
            }
            return anchorAt(c, Granularity.QUARTER, c.tense() == Tense.FUTURE ? 0 : -1);
          }
          switch (w) {
            case "current":
            case "this":
              if (w.equals("this") && base != null && c.anchor() != null && base.begin().isBefore(c.anchor())
                  && (c.wordAfter(1).matches("'s|\u2019s") || c.tense() == Tense.PAST) && figures(c)) {
                // "This quarter's loss includes …" in a report on it
                return CalendarMath.at(base.begin(), Granularity.QUARTER);
              }
              return anchorAt(c, Granularity.QUARTER, 0);
            case "next":
              return anchorAt(c, Granularity.QUARTER, 1);
            case "year-earlier":
            case "year-ago":
            case "prior-year":
            case "comparable":
              if (base != null) {
                return CalendarMath.at(base.begin().minusYears(1), Granularity.QUARTER);
              }
              return anchorAt(c, Granularity.QUARTER, -5);
            default:
              return anchorAt(c, Granularity.QUARTER, -1);
          }
        });
    // last week / this year / next month / last Friday / this summer / last December
    book.add("this-last-next", WORD_START
        + "(?<w>last|this|next|past|coming|current|the\\s+past|the\\s+coming|the\\s+current"
        + "|the\\s+last|the\\s+next|the\\s+previous|the\\s+following|the\\s+same|this\\s+past|this\\s+coming)\\s+"
        + "(?:fiscal\\s+|calendar\\s+)?" + RELATIVE_UNIT + WORD_END, (g, c) -> thisLastNext(g, c, null));
    // earlier this year / early next month / late last year / the end of the year / mid-next year
    book.add("mod-this-last-next", WORD_START
        + "(?<m>earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of"
        + "|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|the\\s+balance\\s+of"
        + "|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of|the\\s+close\\s+of|the\\s+turn\\s+of)[\\s-]+"
        + "(?:in\\s+)?(?<w>this|last|next|the)\\s+(?:fiscal\\s+|calendar\\s+)?(?<u>week|month|year|quarter|decade|century"
        + "|spring|summer|fall|autumn|winter)" + WORD_END, (g, c) -> {
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
          TimexValue o = thisLastNext(g, c, w.equals("the") ? "this" : w);
          if (o == null) {
            return null;
          }
          if (m.contains("half") && o.granularity() == Granularity.YEAR && o.begin() != null) {
            return CalendarMath.at(LocalDate.of(o.begin().getYear(), m.contains("first") ? 1 : 7, 1), Granularity.HALF);
          }
          if (m.contains("half")) {
            mod = m.contains("first") ? "START" : "END";
          }
          TimexValue r = mod(o, mod);
          if (c.anchor() != null && r.begin() != null && (m.equals("earlier") || m.equals("later"))
              && w.equals("this")) {
            r = m.equals("earlier") ? r.withInterval(o.begin(), c.anchor().plusDays(1))
                : r.withInterval(c.anchor(), o.end());
          }
          return r;
        });
    // two years ago / a day later / three months earlier / a week from now
    book.add("ago", WORD_START + "(?:" + QUANTITY_MODIFIER + "\\s+)?(?<n>" + QUANTITY + ")\\s+" + UNITS
        + "(?<half>\\s+and\\s+a\\s+half)?\\s+"
        + "(?:or\\s+so\\s+)?"
        + "(?<dir>ago|earlier|later|before|after|from\\s+now|hence|back|since)" + WORD_END, (g, c) -> {
          String dirw = g.lower("dir");
          if (dirw.equals("before") || dirw.equals("after") || dirw.equals("since")) {
            String nw = c.wordAfter(1);
            Token nt = c.after(1);
            if (nt != null && !nt.pos().matches("[.,:]|CC|``|''|-RRB-") && !nw.isEmpty()) {
              return null;
            }
          }
          Double n = TimeWords.quantity(g.get("n"));
          if (n == null) {
            return null;
          }
          if (g.has("half")) {
            n += 0.5;
          }
          Granularity u = granularityOf(g.get("u"));
          if (u == null || u == Granularity.WEEKEND) {
            return null;
          }
          if (!unitNounOk(c, g)) {
            return null;
          }
          boolean back = dirw.equals("ago") || dirw.equals("earlier") || dirw.equals("before") || dirw.equals("back");
          String mod = modOf(g.get("q"));
          if (n.isNaN()) {
            if (!back && !dirw.contains("now") && !dirw.equals("hence") && c.tense() == Tense.PAST) {
              return ref(c, "PAST_REF").withMod(null); // "A few days later, the company announced …": still past
            }
            return ref(c, back ? "PAST_REF" : "FUTURE_REF").withMod(null);
          }
          long k = Math.round(Math.floor(n));
          if (k != n) {
            return new TimexValue(TimexType.DURATION, duration(n, g.get("u")), mod, null, null, null);
          }
          long shift = back ? -k : k;
          boolean relFocus = !(dirw.equals("ago") || dirw.contains("now") || dirw.equals("hence")
              || dirw.equals("back"));
          TimexValue o = shifted(c, u, shift, relFocus);
          if (o != null && u == Granularity.TIME && !dirw.equals("ago")) {
            // "just over an hour later": with no clock time in view the day it lands on says nothing the story
            // has not said; what the text gives is the span, a DURATION (TimeML reads "later" as a signal). The
            // day stays as the interval.
            return new TimexValue(TimexType.DURATION, duration(n, g.get("u")), mod, o.begin(), o.end(),
                o.granularity());
          }
          return o == null ? null : o.withMod(mod);
        });
    // year-earlier / the year-ago period
    book.add("year-earlier", WORD_START
        + "(?:(?<the>the)\\s+(?=(?:year|yr)[- ](?:earlier|ago)\\s+(?:quarter|period|month|nine|six"
        + "|three|first|second|half|year|week|season)))?(?:year|yr)[- ](?:earlier|ago)(?:\\s+(?<n>quarter|period|month"
        + "|nine\\s+months|six\\s+months|three\\s+months|first\\s+half|second\\s+half|half|year|week|season))?"
        + WORD_END, (g, c) -> {
          if (g.has("the") && !g.has("n")) {
            return null;
          }
          String n = g.lower("n");
          if (n != null && n.contains("months")) {
            Double q = TimeWords.quantity(n.split(" ")[0]);
            return new TimexValue(TimexType.DURATION, duration(q, "months"), null, null, null, null);
          }
          TimexValue o = shifted(c, Granularity.YEAR, -1, true);
          if (o != null && o.begin() != null && c.anchor() != null && o.begin().getYear() < c.anchor().getYear() - 1) {
            return shifted(c, Granularity.YEAR, -1, false); // "the year-ago results" compare with the report, not 1988
          }
          return o;
        });
    // the year-ago third quarter / the year-earlier second quarter
    book.add("year-ago-quarter", WORD_START
        + "(?:the\\s+)?(?:comparable\\s+)?(?:year|yr)[- ](?:earlier|ago)\\s+(?:fiscal\\s+)?"
        + "(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter" + WORD_END, (g, c) -> {
          int q = TimeWords.ordinal(g.get("q"));
          if (q < 1 || q > 4) {
            return null;
          }
          if (c.anchor() == null) {
            return new TimexValue(TimexType.DATE, "XXXX-Q" + q, null, null, null, Granularity.QUARTER);
          }
          LocalDate start = LocalDate.of(c.anchor().getYear(), (q - 1) * 3 + 1, 1);
          if (start.isAfter(c.anchor())) {
            start = start.minusYears(1); // the report's quarter is the latest one of that name
          }
          return CalendarMath.at(start.minusYears(1), Granularity.QUARTER);
        });
    // next year's first quarter / last year's third quarter
    book.add("rel-year-quarter", WORD_START
        + "(?<w>this|last|next)\\s+year['\u2019]s\\s+(?<q>first|second|third|fourth|1st|2nd|3rd|4th)"
        + "[- ](?:fiscal[- ])?quarter" + WORD_END, (g, c) -> {
          int q = TimeWords.ordinal(g.get("q"));
          if (q < 1 || q > 4) {
            return null;
          }
          if (c.anchor() == null) {
            return new TimexValue(TimexType.DATE, "XXXX-Q" + q, null, null, null, Granularity.QUARTER);
          }
          String w = g.lower("w");
          int y = c.anchor().getYear() + (w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
          return CalendarMath.at(LocalDate.of(y, (q - 1) * 3 + 1, 1), Granularity.QUARTER);
        });
    // April 24 and 25 / April 10-11: the second day, in the month and year of the first
    book.add("and-day", "(?<=\\d\\s(?:and|or)\\s|\\d[-\u2013])(?<d>[0-3]?\\d)(?![\\w%:]|[.,]\\d)", (g, c) -> {
          Token nt = c.after(1);
          if (nt != null && (nt.pos().startsWith("NN") || nt.pos().equals("CD"))) {
            return null; // "on May 5 and 6 percent …", "on April 24 and 25 others": not a day
          }
          Matcher m = AND_DAY.matcher(c.text().substring(Math.max(0, g.begin() - 20), g.begin()));
          if (!m.find() || TimeWords.month(m.group(1)) <= 0) {
            return null;
          }
          int day = Integer.parseInt(g.get("d"));
          if (day <= Integer.parseInt(m.group(2))) {
            return null;
          }
          Focus f = c.lastFocus();
          if (f != null && f.sentence() == c.sentenceIndex() && f.date().granularity() == Granularity.DAY
              && f.date().begin() != null
              && c.begin() - f.end() <= 6) {
            LocalDate d = safeDate(f.date().begin().getYear(), f.date().begin().getMonthValue(), day);
            return d == null ? null : CalendarMath.at(d, Granularity.DAY); // the year the first day was given
          }
          return monthDay(c, TimeWords.month(m.group(1)), day, dateDir(c));
        });
    // the 1988 quarter / the 1989 period: the quarter being reported, in that year
    book.add("year-quarter", WORD_START + "the\\s+(?<y>(?:1[5-9]|20)\\d\\d)\\s+(?<n>quarter|period)" + WORD_END,
        (g, c) -> {
      int y = Integer.parseInt(g.get("y"));
      Focus q = c.lastDefiniteQuarter();
      if (q != null) {
        return CalendarMath.at(LocalDate.of(y, q.date().begin().getMonthValue(), 1), Granularity.QUARTER);
      }
      if (c.anchor() == null) {
        return new TimexValue(TimexType.DATE, g.get("y") + "-QX", null, null, null, null);
      }
      // no quarter named yet: the one a report published on the anchor would be about, the last complete one
      return CalendarMath.at(LocalDate.of(y, c.anchor().minusMonths(3).getMonthValue(), 1), Granularity.QUARTER);
    });
    // last year's quarter / the same period last year / the corresponding quarter a year earlier
    book.add("quarter-last-year", WORD_START + "(?:last\\s+year['\u2019]s\\s+(?<n1>quarter|period)|(?:the\\s+)?"
        + "(?:(?:same|corresponding|comparable|like)\\s+)?(?<n2>quarter|period)\\s+(?:of\\s+|in\\s+)?"
        + "(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)"
        + "|the\\s+(?:previous|prior)\\s+year))" + WORD_END, (g, c) -> {
          Focus q = c.reportPeriod(REPORT_WINDOW);
          if (q != null && q.date().begin() != null) {
            LocalDate b = q.date().begin();
            return CalendarMath.at(c.anchor() != null && b.getYear() < c.anchor().getYear() && !q.absolute() ? b
                : b.minusYears(1), q.date().granularity());
          }
          if (c.anchor() == null) {
            return new TimexValue(TimexType.DATE, "XXXX-QX", null, null, null, null);
          }
          return CalendarMath.at(c.anchor().minusMonths(3).minusYears(1), Granularity.QUARTER);
        });
    // the week of March 6
    book.add("week-of", WORD_START + "the\\s+week\\s+of\\s+(?<mon>" + MONTH_FULL + "|(?:" + MONTH_ABBR
        + ")\\.?)\\s+(?<d>[0-3]?\\d)"
        + "(?!\\d)(?:,?\\s+(?<y>(?:1[5-9]|20)\\d\\d))?" + WORD_END, (g, c) -> {
          int m = TimeWords.month(g.get("mon"));
          int d = Integer.parseInt(g.get("d"));
          TimexValue day;
          if (g.has("y")) {
            day = CalendarMath.at(LocalDate.of(Integer.parseInt(g.get("y")), m, d), Granularity.DAY);
          } else if (c.anchor() == null) {
            return null;
          } else {
            day = monthDay(c, m, d, Direction.byTense(c, Direction.NEAREST, Direction.NEAREST));
          }
          return day == null || day.begin() == null ? null : CalendarMath.at(day.begin(), Granularity.WEEK);
        });
    // year-end / year's end
    book.add("year-end", WORD_START + "(?:the\\s+)?(?:year[- ]end|year['\u2019]s\\s+end)" + WORD_END, (g, c) -> {
      if (c.anchor() == null) {
        return new TimexValue(TimexType.DATE, "XXXX-12-31", null, null, null, Granularity.DAY);
      }
      int y = c.anchor().getYear();
      if (c.anchor().getMonthValue() <= 2 && c.tense() == Tense.PAST
          || c.wordBefore(1).equals("since") && c.anchor().getMonthValue() < 12) {
        y -= 1; // "the percentage change is since year-end": the last one
      }
      if (!c.text().substring(g.begin(), g.end()).contains("-")) {
        // "by year's end", "around year end" say "the end of the year": the year's last part, as that phrase
        return mod(CalendarMath.at(LocalDate.of(y, 1, 1), Granularity.YEAR), "END");
      }
      return CalendarMath.at(LocalDate.of(y, 12, 31), Granularity.DAY); // "year-end": the closing date of the books
    });
    book.add("full-year", WORD_START + "the\\s+(?:full|whole|entire)\\s+(?:fiscal\\s+)?year" + WORD_END, (g, c) -> {
      return anchorAt(c, Granularity.YEAR, 0);
    });
    book.add("prior-year", WORD_START + "(?:the\\s+)?(?:prior|previous)[- ]year(?:\\s+(?:quarter|period))?" + WORD_END,
        (g, c) -> c.text().substring(g.begin(), g.end()).toLowerCase(Locale.ROOT).startsWith("the") ? shifted(c,
            Granularity.YEAR, -1, true) : null);
  }
}
