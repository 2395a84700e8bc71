package org.newsgraph.extract.time;

import static org.newsgraph.extract.time.Clock.*;
import static org.newsgraph.extract.time.Lex.MONTH_FULL;
import static org.newsgraph.extract.time.Lex.ORDW;
import static org.newsgraph.extract.time.Lex.WEEKDAY;
import static org.newsgraph.extract.time.LookAlikes.*;
import static org.newsgraph.extract.time.Quantities.*;
import static org.newsgraph.extract.time.Resolution.*;
import static org.newsgraph.extract.time.Rules.*;

import java.time.LocalDate;
import java.util.Locale;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;
import org.newsgraph.extract.time.Cal.Gran;
import org.newsgraph.extract.time.Cal.Out;

/**
 * The rules for calendar dates: full dates, months, years, decades and centuries. Registered by {@link Rules} first,
 * most specific first; {@link PeriodRules} follows with quarters and dates counted from the anchor.
 */
final class CalendarRules {
  private CalendarRules() {}

  static void register() {
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
    rule("spoken-year", B + "(?:(?<the>the\\s+year)\\s+|(?<mon>" + MONTH_FULL + ")\\s+|(?:the\\s+)?" + SEASON
        + "\\s+of\\s+)?(?<sy>nineteen[- ]"
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
          if (!g.has("the") && !g.has("mon") && !g.has("s") && !yearOk(c, g)) {
            return null;
          }
          if (g.has("s")) { // "the winter of nineteen ninety-four", as read out on air
            return Cal.at(Cal.seasonStart(y, seasonCode(g.get("s"))), Gran.SEASON);
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
        Token nt = c.after(1);
        boolean modifier = pw.matches("the|a|an|its|their|his|her|'s|\u2019s") && nt != null
            && nt.pos().matches("NNS?") && !Lex.capitalised(nt.word()); // "the March accession", "a May vote"
        if (!MONTH_CONTEXT.contains(pw) && !modifier) {
          return null;
        }
        String nw = c.wordAfter(1);
        if (l.equals("march") && nw.matches("on|against|through|to|from|in|for")
            && !pw.matches("from|in|since|until|till|by|early|late|mid|last|this|next|through|during|of")) {
          return null;
        }
      }
      Dir d = dateDir(c);
      if (c.wordAfter(1).matches("agreement|accord|pact|deal|settlement|ruling|decision|filing|announcement"
          + "|letter|memo|report|order")) {
        d = Dir.PAST; // "under a June agreement": a document already made, whatever the clause's tense
      }
      return mod(monthNamed(c, Lex.month(mon), d), preMod(g));
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
    // post-1959 politics / the pre-1990 rules: a year as the edge of an open period (TimeML mod AFTER / BEFORE)
    rule("pre-post-year", B + "(?<pp>pre|post)-" + YEAR, (g, c) -> {
      int y = Integer.parseInt(g.get("y"));
      boolean post = g.lower("pp").equals("post");
      // no granularity: the period is open, so it is no focus for "that year"
      return new Out(TimexType.DATE, Integer.toString(y), post ? "AFTER" : "BEFORE",
          post ? LocalDate.of(y + 1, 1, 1) : null, post ? null : LocalDate.of(y, 1, 1), null);
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
  }
}
