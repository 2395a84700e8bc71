package org.newsgraph.extract.time.resolution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;

/**
 * Dates named without a year, resolved against the anchor in the direction given: a weekday, a month, a month and
 * day, a yearly date such as a holiday; a year written out earlier in the sentence takes precedence.
 */
public final class NamedDates {
  private NamedDates() {}

  /** A weekday resolved against the anchor: PAST on or before it, FUTURE on or after it, NEAREST either. */
  public static TimexValue weekday(ResolutionContext c, int dow, Direction d) {
    if (c.anchor() == null) {
      return new TimexValue(TimexType.DATE, "XXXX-WXX-" + dow, null, null, null, Granularity.DAY);
    }
    DayOfWeek w = DayOfWeek.of(dow);
    LocalDate past = c.anchor().with(TemporalAdjusters.previousOrSame(w));
    LocalDate fut = c.anchor().with(TemporalAdjusters.nextOrSame(w));
    LocalDate r;
    if (d == Direction.PAST) {
      r = past;
    } else if (d == Direction.FUTURE) {
      r = fut;
    } else {
      long back = c.anchor().toEpochDay() - past.toEpochDay();
      long fwd = fut.toEpochDay() - c.anchor().toEpochDay();
      r = fwd < back ? fut : past;
    }
    return CalendarMath.at(r, Granularity.DAY);
  }

  /** A month without a year, resolved by tense around the anchor month. */
  public static TimexValue monthNamed(ResolutionContext c, int month, Direction d) {
    if (c.anchor() == null) {
      return new TimexValue(TimexType.DATE, "XXXX-" + CalendarMath.pad(month, 2), null, null, null, Granularity.MONTH);
    }
    Integer fy = focusYear(c);
    if (fy != null) {
      return CalendarMath.at(LocalDate.of(fy, month, 1), Granularity.MONTH);
    }
    int ay = c.anchor().getYear();
    int am = c.anchor().getMonthValue();
    int y;
    boolean rangeStart = c.wordAfter(1).matches("to|until|till|through|-|\u2013")
        && TimeWords.month(c.wordAfter(2)) > 0;
    if (d == Direction.PAST) {
      // past tense: the latest such month, unless it is next month and hangs off a noun ("informed them of a cut
      // in September", said in August), not off the past verb itself ("opened in March"), and does not open a
      // range ("ran from March to May")
      y = month <= am || month - am <= 1 && !rangeStart && !onVerb(c) ? ay : ay - 1;
    } else if (d == Direction.FUTURE) {
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
    return CalendarMath.at(LocalDate.of(y, month, 1), Granularity.MONTH);
  }

  /**
   * Whether the expression follows its verb directly, perhaps after a preposition ("opened in March"), rather than
   * a noun ("a cut in their supplies in September"). Word order, not the parse: parsers often hang such a month on
   * the main verb either way.
   */
  static boolean onVerb(ResolutionContext c) {
    Token prev = c.before(1);
    if (prev != null && prev.pos().equals("IN")) {
      prev = c.before(2);
    }
    return prev != null && prev.isVerb();
  }

  /**
   * When the current match closes a range ("from March to May", "November-February"), the month that opened it,
   * so that the end is never placed before the start; otherwise null.
   */
  static LocalDate rangeStartBefore(ResolutionContext c) {
    if (!c.wordBefore(1).matches("to|until|till|through|-|\u2013")) {
      return null;
    }
    Focus f = c.lastFocus();
    if (f == null || f.sentence() != c.sentenceIndex() || f.date().granularity() != Granularity.MONTH
        || f.date().begin() == null
        || c.begin() - f.end() > 12) {
      return null;
    }
    return f.date().begin();
  }

  /** How far back (characters) a written-out year still dates a month or day in the same sentence. */
  static final int FOCUS_YEAR_REACH = 50;

  /**
   * An explicit year mentioned earlier in the same sentence ("In 1996 … in March") that differs from the anchor's:
   * a month or day without a year then belongs to it.
   */
  static Integer focusYear(ResolutionContext c) {
    Focus f = c.lastFocus();
    if (f == null || f.sentence() != c.sentenceIndex() || f.date().granularity() != Granularity.YEAR
        || f.date().begin() == null
        || !f.absolute() || c.begin() - f.end() > FOCUS_YEAR_REACH) {
      return null; // only a written-out year close by: "In 1996, prices rose in March"
    }
    int y = f.date().begin().getYear();
    return c.anchor() != null && y == c.anchor().getYear() ? null : y;
  }

  /** A month and day without a year. */
  public static TimexValue monthDay(ResolutionContext c, int month, int day, Direction d) {
    if (day < 1 || day > 31) {
      return null;
    }
    if (c.anchor() == null) {
      return new TimexValue(TimexType.DATE, "XXXX-" + CalendarMath.pad(month, 2) + "-" + CalendarMath.pad(day, 2),
          null, null, null, Granularity.DAY);
    }
    Integer fy = focusYear(c);
    if (fy != null) {
      LocalDate x = safeDate(fy, month, day);
      return x == null ? null : CalendarMath.at(x, Granularity.DAY);
    }
    return nearestYearly(c, y -> safeDate(y, month, day), d);
  }

  interface YearlyDate {
    LocalDate in(int year);
  }

  static TimexValue nearestYearly(ResolutionContext c, YearlyDate f, Direction d) {
    int ay = c.anchor().getYear();
    LocalDate best = null;
    long bestDist = Long.MAX_VALUE;
    for (int y = ay - 1; y <= ay + 1; y++) {
      LocalDate x = f.in(y);
      if (x == null) {
        continue;
      }
      long diff = x.toEpochDay() - c.anchor().toEpochDay();
      // past tense still allows a date up to 60 days ahead: "declared a dividend, payable Dec. 15"
      // and a future one down to two weeks back: a deadline ("by Jan. 14") reported just after it passed
      if (d == Direction.PAST && diff > 60 || d == Direction.FUTURE && diff < -14) {
        continue;
      }
      long dist = Math.abs(diff) * 2 + (diff > 0 ? 1 : 0);
      if (dist < bestDist) {
        bestDist = dist;
        best = x;
      }
    }
    return best == null ? null : CalendarMath.at(best, Granularity.DAY);
  }

  public static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
