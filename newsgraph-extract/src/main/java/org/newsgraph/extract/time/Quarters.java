package org.newsgraph.extract.time;

import static org.newsgraph.extract.time.Clock.*;
import static org.newsgraph.extract.time.Holidays.*;
import static org.newsgraph.extract.time.Lex.MONTH_ABBR;
import static org.newsgraph.extract.time.Lex.MONTH_FULL;
import static org.newsgraph.extract.time.Lex.NUMW;
import static org.newsgraph.extract.time.Lex.ORDW;
import static org.newsgraph.extract.time.Lex.WEEKDAY;
import static org.newsgraph.extract.time.LookAlikes.*;
import static org.newsgraph.extract.time.Quantities.*;
import static org.newsgraph.extract.time.Resolution.*;
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

/** Quarters and seasons as news reports them: "the quarter ended July 31", the quarter a results report is about, a named season. */
final class Quarters {
  private Quarters() {}

  static final Pattern ENDED = Pattern.compile("\\s*,?\\s*(?:that\\s+|which\\s+)?(?:ended|ending|ends|to)"
      + "\\s+(?<mon>(?:" + MONTH_FULL + ")|(?:" + MONTH_ABBR + ")\\.?)\\s+(?<d>[0-3]?\\d)(?!\\d)"
      + "(?:,?\\s+(?<y>(?:19|20)\\d\\d))?",
      Pattern.CASE_INSENSITIVE);

  /**
   * Quarter {@code q} of {@code year}; with no year, the latest such quarter on or before the anchor unless the
   * clause looks ahead ("the fourth quarter" in a February report is last year's, "will rise in the fourth quarter"
   * this year's). With neither a year nor an anchor, {@code XXXX-Qq}.
   */
  static Out quarterOf(Ctx c, int q, Integer year) {
    if (year != null) {
      return Cal.at(LocalDate.of(year, (q - 1) * 3 + 1, 1), Gran.QUARTER);
    }
    if (c.anchor == null) {
      return new Out(TimexType.DATE, "XXXX-Q" + q, null, null, null, Gran.QUARTER);
    }
    int y = c.anchor.getYear();
    int aq = (c.anchor.getMonthValue() - 1) / 3 + 1;
    if (q > aq && c.tense() != Tense.FUTURE) {
      y -= 1;
    }
    return Cal.at(LocalDate.of(y, (q - 1) * 3 + 1, 1), Gran.QUARTER);
  }

  /**
   * A two-digit year ("Q3'24", "FY25"): the year of that century closest to the anchor's, within 50 years either way
   * (in an undated text, the 2000s up to '49, else the 1900s).
   */
  static int twoDigitYear(Ctx c, String yy) {
    int n = Integer.parseInt(yy);
    int ref = c.anchor == null ? 2000 : c.anchor.getYear();
    int y = ref / 100 * 100 + n;
    if (y > ref + 50) {
      y -= 100;
    } else if (y < ref - 50) {
      y += 100;
    }
    return y;
  }

  /**
   * "the quarter ended July 31": the three months up to that day, given as the calendar quarter that holds most of
   * them (May–July is the second quarter), since a company's fiscal quarters need not follow the calendar.
   */
  static Out quarterEnded(Ctx c, int after) {
    LocalDate end = endedDay(c, after, false);
    return end == null ? null : Cal.at(end.minusDays(45), Gran.QUARTER);
  }

  /**
   * "the year ended Sept. 30", "the year ending June 30, 1990": twelve months measured up to a day, a duration
   * like "the nine months ended Sept. 30", with those months as its interval. Null when no such date follows.
   */
  static Out yearEnded(Ctx c, int after) {
    LocalDate end = endedDay(c, after, true);
    if (end == null) {
      return null;
    }
    return new Out(TimexType.DURATION, "P1Y", null, end.minusYears(1).plusDays(1), end.plusDays(1), null);
  }

  /**
   * The day named by "ended July 31" / "ending June 30, 1990" right after {@code after}: with its year when given,
   * else the nearest such day before the anchor (after it for "ending"/"ends" when {@code endingIsAhead}). Null
   * when no such day follows or nothing anchors it.
   */
  private static LocalDate endedDay(Ctx c, int after, boolean endingIsAhead) {
    Matcher m = ENDED.matcher(c.text);
    m.region(after, Math.min(c.text.length(), after + 40));
    if (!m.lookingAt() || Lex.month(m.group("mon")) <= 0) {
      return null;
    }
    int mon = Lex.month(m.group("mon"));
    int d = Integer.parseInt(m.group("d"));
    if (m.group("y") != null) {
      return safeDate(Integer.parseInt(m.group("y")), mon, d);
    }
    if (c.anchor == null) {
      return null;
    }
    boolean ahead = endingIsAhead && m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:ending|ends)\\b.*");
    Out o = nearestYearly(c, y -> safeDate(y, mon, d), ahead ? Dir.FUTURE : Dir.PAST);
    return o == null ? null : o.begin();
  }

  /**
   * The quarter a report is about, for "the quarter" and "the year-ago quarter": the latest quarter in focus,
   * passing over one not over by the anchor (a forecast: "through the third quarter of 1990", "into the fourth
   * quarter") and a comparison quarter that "a year earlier" produced (1988's, in a 1989 report). Null when there
   * is none within {@link Rules#REPORT_WINDOW} sentences: the quarter stays the subject of a report that long.
   */
  static Out reportedQuarter(Ctx c) {
    int si = c.sentenceIndex();
    for (int i = c.foci.size() - 1; i >= 0; i--) {
      Ctx.Focus f = c.foci.get(i);
      if (si - f.sentence() > REPORT_WINDOW) {
        return null;
      }
      Out o = f.out();
      if (o.gran() != Gran.QUARTER || o.begin() == null || f.indefinite()) {
        continue; // "after a flat second quarter" is background, not the quarter reported
      }
      if (c.anchor != null && (o.end() != null && o.end().isAfter(c.anchor) || !f.absolute()
          && o.begin().getYear() < c.anchor.getYear())) {
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
}
