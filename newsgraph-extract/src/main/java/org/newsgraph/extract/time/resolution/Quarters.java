package org.newsgraph.extract.time.resolution;

import static org.newsgraph.extract.time.resolution.NamedDates.nearestYearly;
import static org.newsgraph.extract.time.resolution.NamedDates.safeDate;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_ABBR;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_FULL;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.TimexType;

/**
 * Quarters and seasons as news reports them: "the quarter ended July 31", the quarter a results report is about,
 * a named season.
 */
public final class Quarters {
  private Quarters() {}

  /** How many sentences back an earnings report's quarter stays the subject of "a year earlier". */
  public static final int REPORT_WINDOW = 6;

  private static final Pattern ENDED = Pattern.compile("\\s*,?\\s*(?:that\\s+|which\\s+)?(?:ended|ending|ends|to)"
      + "\\s+(?<mon>(?:" + MONTH_FULL + ")|(?:" + MONTH_ABBR + ")\\.?)\\s+(?<d>[0-3]?\\d)(?!\\d)"
      + "(?:,?\\s+(?<y>(?:19|20)\\d\\d))?",
      Pattern.CASE_INSENSITIVE);

  /**
   * Quarter {@code q} of {@code year}; with no year, the latest such quarter on or before the anchor unless the
   * clause looks ahead ("the fourth quarter" in a February report is last year's, "will rise in the fourth quarter"
   * this year's). With neither a year nor an anchor, {@code XXXX-Qq}.
   */
  public static TimexValue quarterOf(ResolutionContext c, int q, Integer year) {
    if (year != null) {
      return CalendarMath.at(LocalDate.of(year, (q - 1) * 3 + 1, 1), Granularity.QUARTER);
    }
    if (c.anchor() == null) {
      return new TimexValue(TimexType.DATE, "XXXX-Q" + q, null, null, null, Granularity.QUARTER);
    }
    int y = c.anchor().getYear();
    int aq = (c.anchor().getMonthValue() - 1) / 3 + 1;
    if (q > aq && c.tense() != Tense.FUTURE) {
      y -= 1;
    }
    return CalendarMath.at(LocalDate.of(y, (q - 1) * 3 + 1, 1), Granularity.QUARTER);
  }

  /**
   * A two-digit year ("Q3'24", "FY25"): the year of that century closest to the anchor's, within 50 years either way
   * (in an undated text, the 2000s up to '49, else the 1900s).
   */
  public static int twoDigitYear(ResolutionContext c, String yy) {
    int n = Integer.parseInt(yy);
    int ref = c.anchor() == null ? 2000 : c.anchor().getYear();
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
  public static TimexValue quarterEnded(ResolutionContext c, int after) {
    LocalDate end = endedDay(c, after, false);
    return end == null ? null : CalendarMath.at(end.minusDays(45), Granularity.QUARTER);
  }

  /**
   * "the year ended Sept. 30", "the year ending June 30, 1990": twelve months measured up to a day, a duration
   * like "the nine months ended Sept. 30", with those months as its interval. Null when no such date follows.
   */
  public static TimexValue yearEnded(ResolutionContext c, int after) {
    LocalDate end = endedDay(c, after, true);
    if (end == null) {
      return null;
    }
    return new TimexValue(TimexType.DURATION, "P1Y", null, end.minusYears(1).plusDays(1), end.plusDays(1), null);
  }

  /**
   * The day named by "ended July 31" / "ending June 30, 1990" right after {@code after}: with its year when given,
   * else the nearest such day before the anchor (after it for "ending"/"ends" when {@code endingIsAhead}). Null
   * when no such day follows or nothing anchors it.
   */
  private static LocalDate endedDay(ResolutionContext c, int after, boolean endingIsAhead) {
    Matcher m = ENDED.matcher(c.text());
    m.region(after, Math.min(c.text().length(), after + 40));
    if (!m.lookingAt() || TimeWords.month(m.group("mon")) <= 0) {
      return null;
    }
    int mon = TimeWords.month(m.group("mon"));
    int d = Integer.parseInt(m.group("d"));
    if (m.group("y") != null) {
      return safeDate(Integer.parseInt(m.group("y")), mon, d);
    }
    if (c.anchor() == null) {
      return null;
    }
    boolean ahead = endingIsAhead && m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:ending|ends)\\b.*");
    TimexValue o = nearestYearly(c, y -> safeDate(y, mon, d), ahead ? Direction.FUTURE : Direction.PAST);
    return o == null ? null : o.begin();
  }

  /**
   * The quarter a report is about, for "the quarter" and "the year-ago quarter": the latest quarter in focus,
   * passing over one not over by the anchor (a forecast: "through the third quarter of 1990", "into the fourth
   * quarter") and a comparison quarter that "a year earlier" produced (1988's, in a 1989 report). Null when there
   * is none within {@link #REPORT_WINDOW} sentences: the quarter stays the subject of a report that long.
   */
  public static TimexValue reportedQuarter(ResolutionContext c) {
    int si = c.sentenceIndex();
    for (int i = c.foci().size() - 1; i >= 0; i--) {
      Focus f = c.foci().get(i);
      if (si - f.sentence() > REPORT_WINDOW) {
        return null;
      }
      TimexValue o = f.date();
      if (o.granularity() != Granularity.QUARTER || o.begin() == null || f.indefinite()) {
        continue; // "after a flat second quarter" is background, not the quarter reported
      }
      if (c.anchor() != null && (o.end() != null && o.end().isAfter(c.anchor()) || !f.absolute()
          && o.begin().getYear() < c.anchor().getYear())) {
        continue;
      }
      return o;
    }
    return null;
  }

  private static final Pattern FIGURES = Pattern.compile(
      "[$#%\u00a3\u20ac]|\\b(?:cents?|percent|pence|billion|million|a share)\\b", Pattern.CASE_INSENSITIVE);

  /** Whether the current sentence compares figures (money, percentages): the language of a results report. */
  public static boolean figures(ResolutionContext c) {
    Sentence s = c.sentence();
    return s != null && FIGURES.matcher(c.text().substring(s.span().begin(), Math.min(c.text().length(),
        s.span().end()))).find();
  }

  public static TimexValue seasonNamed(ResolutionContext c, String code, Direction d, boolean strict) {
    LocalDate a = c.anchor();
    TimexValue best = null;
    long bestDist = Long.MAX_VALUE;
    for (int y = a.getYear() - 2; y <= a.getYear() + 1; y++) {
      TimexValue s = CalendarMath.at(CalendarMath.seasonStart(y, code), Granularity.SEASON);
      boolean contains = !a.isBefore(s.begin()) && a.isBefore(s.end());
      long dist;
      if (contains) {
        if (strict) {
          continue;
        }
        dist = 0;
      } else if (a.isBefore(s.begin())) {
        if (d == Direction.PAST) {
          continue;
        }
        dist = s.begin().toEpochDay() - a.toEpochDay();
      } else {
        if (d == Direction.FUTURE) {
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
      int y = code.equals("WI") && a.getMonthValue() <= 2 ? a.getYear() - 1 : a.getYear();
      return CalendarMath.at(CalendarMath.seasonStart(y, code), Granularity.SEASON);
    }
    return best;
  }
}
