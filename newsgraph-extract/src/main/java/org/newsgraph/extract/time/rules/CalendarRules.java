package org.newsgraph.extract.time.rules;

import static org.newsgraph.extract.time.resolution.CalendarMath.seasonCode;
import static org.newsgraph.extract.time.resolution.Direction.dateDir;
import static org.newsgraph.extract.time.resolution.NamedDates.monthDay;
import static org.newsgraph.extract.time.resolution.NamedDates.monthNamed;
import static org.newsgraph.extract.time.resolution.NamedDates.safeDate;
import static org.newsgraph.extract.time.resolution.Quantities.mod;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_FULL;
import static org.newsgraph.extract.time.resolution.TimeWords.ORDINAL_WORDS;
import static org.newsgraph.extract.time.resolution.TimeWords.WEEKDAY_NAMES;
import static org.newsgraph.extract.time.rules.LookAlikes.MONTH_CONTEXT;
import static org.newsgraph.extract.time.rules.LookAlikes.monthWordOk;
import static org.newsgraph.extract.time.rules.LookAlikes.offsetOf;
import static org.newsgraph.extract.time.rules.LookAlikes.yearOk;
import static org.newsgraph.extract.time.rules.RegexFragments.DAY_OF_MONTH;
import static org.newsgraph.extract.time.rules.RegexFragments.MONTH;
import static org.newsgraph.extract.time.rules.RegexFragments.NUMBER_WORD;
import static org.newsgraph.extract.time.rules.RegexFragments.PREMODIFIER;
import static org.newsgraph.extract.time.rules.RegexFragments.SEASON;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_END;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_START;
import static org.newsgraph.extract.time.rules.RegexFragments.YEAR;
import static org.newsgraph.extract.time.rules.RegexFragments.preMod;

import java.time.LocalDate;
import java.util.Locale;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;
import org.newsgraph.extract.time.engine.RuleBook;
import org.newsgraph.extract.time.engine.RuleSet;
import org.newsgraph.extract.time.resolution.CalendarMath;
import org.newsgraph.extract.time.resolution.Direction;
import org.newsgraph.extract.time.resolution.Granularity;
import org.newsgraph.extract.time.resolution.TimeWords;
import org.newsgraph.extract.time.resolution.TimexValue;

/**
 * The rules for calendar dates: full dates, months, years, decades and centuries. First in {@link TimeRules}, most
 * specific first; {@link PeriodRules} follows with quarters and dates counted from the anchor.
 */
final class CalendarRules implements RuleSet {
  @Override
  public void addTo(RuleBook book) {
    // 2025-02-04
    book.add("iso-date", WORD_START + "(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)" + WORD_END, (g, c) -> {
      LocalDate d = safeDate(Integer.parseInt(g.get("y")), Integer.parseInt(g.get("m")),
          Integer.parseInt(g.get("d")));
      return d == null ? null : CalendarMath.at(d, Granularity.DAY);
    });
    // 2/4/2025 (US order)
    book.add("us-date", WORD_START + "(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>\\d{4}|\\d\\d)" + WORD_END, (g, c) -> {
      int y = Integer.parseInt(g.get("y"));
      if (y < 100) {
        y += y > 40 ? 1900 : 2000;
      }
      LocalDate d = safeDate(y, Integer.parseInt(g.get("m")), Integer.parseInt(g.get("d")));
      return d == null ? null : CalendarMath.at(d, Granularity.DAY);
    });
    // Feb. 4, 2025 / February 4 / Feb 4 2025
    book.add("month-day-year", WORD_START + "(?:(?<wd0>" + WEEKDAY_NAMES + "),?\\s+)?" + PREMODIFIER + "?" + MONTH
        + "\\s+" + DAY_OF_MONTH + "(?:,?\\s+" + YEAR + ")?", (g, c) -> {
      if (!monthWordOk(c, g.get("mon"), g.begin() + offsetOf(g, c, "mon"))) {
        return null;
      }
      int m = TimeWords.month(g.get("mon"));
      int d = Integer.parseInt(g.get("d"));
      TimexValue o;
      if (g.has("y")) {
        LocalDate x = safeDate(Integer.parseInt(g.get("y")), m, d);
        o = x == null ? null : CalendarMath.at(x, Granularity.DAY);
      } else {
        o = monthDay(c, m, d, dateDir(c));
      }
      return mod(o, preMod(g));
    });
    // 04 February 2025 / 4th of February
    book.add("day-month-year", WORD_START + "(?:the\\s+)?" + DAY_OF_MONTH.replace("(?![\\w]|:\\d|[.,]\\d)", "")
        + "\\s+(?:of\\s+)?" + MONTH
        + "(?:,?\\s+" + YEAR + ")?" + WORD_END, (g, c) -> {
          if (!monthWordOk(c, g.get("mon"), c.text().indexOf(g.get("mon"), g.begin()))) {
            return null;
          }
          int m = TimeWords.month(g.get("mon"));
          int d = Integer.parseInt(g.get("d"));
          if (g.has("y")) {
            LocalDate x = safeDate(Integer.parseInt(g.get("y")), m, d);
            return x == null ? null : CalendarMath.at(x, Granularity.DAY);
          }
          return monthDay(c, m, d, dateDir(c));
        });
    // February 2022 / mid-January 2025 / the end of March 2024
    book.add("month-year", WORD_START + PREMODIFIER + "?" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR, (g, c) -> {
      if (!monthWordOk(c, g.get("mon"), c.text().indexOf(g.get("mon"), g.begin()))) {
        return null;
      }
      int m = TimeWords.month(g.get("mon"));
      return mod(CalendarMath.at(LocalDate.of(Integer.parseInt(g.get("y")), m, 1), Granularity.MONTH), preMod(g));
    });
    // January this year / June last year
    book.add("month-rel-year", WORD_START + PREMODIFIER + "?" + MONTH + "\\s+(?<w>this|last|next)\\s+year" + WORD_END,
        (g, c) -> {
      if (!monthWordOk(c, g.get("mon"), c.text().indexOf(g.get("mon"), g.begin()))) {
        return null;
      }
      int m = TimeWords.month(g.get("mon"));
      String w = g.lower("w");
      if (c.anchor() == null) {
        return new TimexValue(TimexType.DATE, "XXXX-" + CalendarMath.pad(m, 2), null, null, null, Granularity.MONTH);
      }
      int y = c.anchor().getYear() + (w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
      return mod(CalendarMath.at(LocalDate.of(y, m, 1), Granularity.MONTH), preMod(g));
    });
    // nineteen ninety-six / the year two thousand / January nineteen ninety-seven (transcripts)
    book.add("spoken-year", WORD_START + "(?:(?<the>the\\s+year)\\s+|(?<mon>" + MONTH_FULL + ")\\s+|(?:the\\s+)?"
        + SEASON + "\\s+of\\s+)?(?<sy>nineteen[- ]"
        + "(?:hundred[- ](?:and[- ])?)?" + NUMBER_WORD + "(?:[- ]" + NUMBER_WORD + ")?"
        + "|two[- ]thousand(?:[- ](?:and[- ])?" + NUMBER_WORD + ")?)"
        + WORD_END, (g, c) -> {
          String sy = g.lower("sy").replace('-', ' ');
          int y;
          if (sy.startsWith("nineteen")) {
            String rest = sy.substring("nineteen".length()).replace("hundred", "").replace(" and ", " ").trim();
            Double r = rest.isEmpty() ? Double.valueOf(0) : TimeWords.quantity(rest);
            if (r == null || r.isNaN() || r >= 100) {
              return null;
            }
            y = 1900 + r.intValue();
          } else {
            String rest = sy.substring("two thousand".length()).replace(" and ", " ").replace("and ", "").trim();
            Double r = rest.isEmpty() ? Double.valueOf(0) : TimeWords.quantity(rest);
            if (r == null || r.isNaN() || r >= 100) {
              return null;
            }
            if (!g.has("the") && !g.has("mon") && !c.wordBefore(1).matches("in|since|until|by|of|from|to|year")) {
              return null;
            }
            y = 2000 + r.intValue();
          }
          if (!g.has("the") && !g.has("mon") && !g.has("s") && !yearOk(c, g)) {
            return null;
          }
          if (g.has("s")) { // "the winter of nineteen ninety-four", as read out on air
            return CalendarMath.at(CalendarMath.seasonStart(y, seasonCode(g.get("s"))), Granularity.SEASON);
          }
          if (g.has("mon")) {
            if (!monthWordOk(c, g.get("mon"), g.begin())) {
              return null;
            }
            return CalendarMath.at(LocalDate.of(y, TimeWords.month(g.get("mon")), 1), Granularity.MONTH);
          }
          return CalendarMath.at(LocalDate.of(y, 1, 1), Granularity.YEAR);
        });
    // December / in August / mid-January / early March
    book.add("month", WORD_START + PREMODIFIER + "?" + MONTH + WORD_END, (g, c) -> {
      String mon = g.get("mon");
      if (!monthWordOk(c, mon, c.text().indexOf(mon, g.begin()))) {
        return null;
      }
      boolean dotted = mon.endsWith(".");
      boolean full = mon.replace(".", "").length() > 4 || TimeWords.month(mon) > 0
          && MONTH_FULL.contains(mon.toLowerCase(Locale.ROOT));
      if (!full && !dotted && preMod(g) == null) {
        return null;
      }
      String l = mon.toLowerCase(Locale.ROOT);
      if ((l.equals("may") || l.equals("march")) && preMod(g) == null) {
        String pw = c.wordBefore(1);
        Token nt = c.after(1);
        boolean modifier = pw.matches("the|a|an|its|their|his|her|'s|\u2019s") && nt != null
            && nt.pos().matches("NNS?") && !TimeWords.capitalised(nt.word()); // "the March accession", "a May vote"
        if (!MONTH_CONTEXT.contains(pw) && !modifier) {
          return null;
        }
        String nw = c.wordAfter(1);
        if (l.equals("march") && nw.matches("on|against|through|to|from|in|for")
            && !pw.matches("from|in|since|until|till|by|early|late|mid|last|this|next|through|during|of")) {
          return null;
        }
      }
      Direction d = dateDir(c);
      if (c.wordAfter(1).matches("agreement|accord|pact|deal|settlement|ruling|decision|filing|announcement"
          + "|letter|memo|report|order")) {
        d = Direction.PAST; // "under a June agreement": a document already made, whatever the clause's tense
      }
      return mod(monthNamed(c, TimeWords.month(mon), d), preMod(g));
    });
    // in 2022 / fiscal 1989 / early 1990 / the end of 1990 / mid-1990
    book.add("year", WORD_START
        + "(?:(?<fy>fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+year|the\\s+first\\s+half\\s+of"
        + "|the\\s+second\\s+half\\s+of)\\s+)?" + PREMODIFIER + "?" + YEAR, (g, c) -> {
          if (!g.has("fy") && !g.has("pre") && !g.has("mid") && !yearOk(c, g)) {
            return null;
          }
          int y = Integer.parseInt(g.get("y"));
          String fy = g.lower("fy");
          if (fy != null && fy.contains("half")) {
            return CalendarMath.at(LocalDate.of(y, fy.contains("first") ? 1 : 7, 1), Granularity.HALF);
          }
          return mod(CalendarMath.at(LocalDate.of(y, 1, 1), Granularity.YEAR), preMod(g));
        });
    // post-1959 politics / the pre-1990 rules: a year as the edge of an open period (TimeML mod AFTER / BEFORE)
    book.add("pre-post-year", WORD_START + "(?<pp>pre|post)-" + YEAR, (g, c) -> {
      int y = Integer.parseInt(g.get("y"));
      boolean post = g.lower("pp").equals("post");
      // no granularity: the period is open, so it is no focus for "that year"
      return new TimexValue(TimexType.DATE, Integer.toString(y), post ? "AFTER" : "BEFORE",
          post ? LocalDate.of(y + 1, 1, 1) : null, post ? null : LocalDate.of(y, 1, 1), null);
    });
    // the 1990s / the mid-1980s / the '80s
    book.add("decade", WORD_START
        + "(?<the>the\\s+)?(?:(?<pre>early|mid|late)[- ])?(?:(?<c>1[0-9]|20)(?<d>\\d)0(?<ap>['\u2019]?)s"
        + "|['\u2019](?<d2>\\d)0s)" + WORD_END, (g, c) -> {
          if (g.has("ap") && !g.get("ap").isEmpty() && !g.has("the")) {
            return null;
          }
          int dec;
          if (g.has("d2")) {
            int d2 = Integer.parseInt(g.get("d2"));
            int ay = c.anchor() == null ? 2000 : c.anchor().getYear();
            dec = (2000 + d2 * 10 <= ay ? 200 : 190) + d2;
          } else {
            dec = Integer.parseInt(g.get("c")) * 10 + Integer.parseInt(g.get("d"));
          }
          return mod(CalendarMath.at(LocalDate.of(dec * 10, 1, 1), Granularity.DECADE), preMod(g));
        });
    // the 20th century
    book.add("century", WORD_START + "(?:the\\s+)?(?:(?<pre>early|mid|late)[- ])?(?<n>\\d{1,2}(?:st|nd|rd|th)|"
        + ORDINAL_WORDS + ")[- ]century" + WORD_END, (g, c) -> {
          int n = TimeWords.ordinal(g.get("n"));
          if (n < 1 || n > 21) {
            return null;
          }
          return mod(CalendarMath.at(LocalDate.of((n - 1) * 100, 1, 1), Granularity.CENTURY), preMod(g));
        });
  }
}
