package org.newsgraph.extract.time.resolution;

import static org.newsgraph.extract.time.resolution.Quarters.REPORT_WINDOW;
import static org.newsgraph.extract.time.resolution.Quarters.figures;

import java.time.LocalDate;
import org.newsgraph.core.TimexType;

/**
 * Dates counted from the anchor or from the focus: the period around the anchor ("today", "last year"), the
 * references PAST_REF, PRESENT_REF and FUTURE_REF, a shift by whole units ("a day later", "a year earlier"),
 * and a named period as a whole ("the following week").
 */
public final class RelativeDates {
  private RelativeDates() {}

  public static TimexValue anchorAt(ResolutionContext c, Granularity g, long shift) {
    if (c.anchor() == null) {
      return CalendarMath.unknown(g);
    }
    return CalendarMath.at(CalendarMath.plus(c.anchor(), g, shift), g);
  }

  public static TimexValue ref(ResolutionContext c, String v) {
    LocalDate a = c.anchor();
    switch (v) {
      case "PAST_REF":
        return new TimexValue(TimexType.DATE, v, null, null, a, null);
      case "FUTURE_REF":
        return new TimexValue(TimexType.DATE, v, null, a == null ? null : a.plusDays(1), null, null);
      default:
        return new TimexValue(TimexType.DATE, v, null, a, a == null ? null : a.plusDays(1), null);
    }
  }

  /** A date shifted by n units from the focus (when relFocus and one is in reach) or from the anchor. */
  public static TimexValue shifted(ResolutionContext c, Granularity unit, long n, boolean relFocus) {
    if (unit == Granularity.TIME) {
      unit = Granularity.DAY;
      n = 0;
    }
    Focus f = null;
    if (relFocus) {
      f = c.focus(unit);
    }
    if (unit == Granularity.YEAR) {
      // "a year earlier" in a sentence about a quarter or a month: the same quarter or month a year before
      Focus q = c.lastFocus();
      if (q != null && q.date().begin() != null && (q.date().granularity() == Granularity.QUARTER
          || q.date().granularity() == Granularity.HALF
          || q.date().granularity() == Granularity.MONTH && relFocus) && Math.abs(n) == 1
          && c.sentenceIndex() - q.sentence() <= 1
          && !(n == -1 && c.anchor() != null && q.date().begin().isAfter(c.anchor()))) {
        if (n == -1 && !q.absolute() && c.anchor() != null && q.date().begin().getYear() < c.anchor().getYear()) {
          // "the year-ago quarter … the year-ago results": the same
          return CalendarMath.at(q.date().begin(), q.date().granularity());
        }
        return CalendarMath.at(q.date().begin().plusYears(n), q.date().granularity());
      }
    }
    if (unit == Granularity.YEAR && n == -1 && figures(c)) {
      // "profit rose to $98 million from $71 million a year earlier" in a report on a quarter: the same quarter
      // of the year before, even when the quarter was named a few sentences back
      Focus q = c.reportPeriod(REPORT_WINDOW);
      if (q != null) {
        LocalDate b = q.date().begin();
        if (!q.absolute() && c.anchor() != null && b.getYear() < c.anchor().getYear()) {
          return CalendarMath.at(b, q.date().granularity()); // the focus is already the year-ago quarter
        }
        return CalendarMath.at(b.minusYears(1), q.date().granularity());
      }
    }
    if (f != null && unit == Granularity.YEAR && f.date().granularity() == Granularity.YEAR && !f.absolute()) {
      f = null; // "a year earlier" after "last year": still from the anchor
    }
    if (f != null && f.date().begin() != null) {
      Granularity g = unit == Granularity.WEEK && f.date().granularity() == Granularity.DAY ? Granularity.DAY : unit;
      return CalendarMath.at(CalendarMath.plus(f.date().begin(), unit, n), g);
    }
    if (c.anchor() == null) {
      return CalendarMath.unknown(unit);
    }
    Granularity g = unit == Granularity.WEEK ? Granularity.DAY : unit;
    if (unit == Granularity.DECADE || unit == Granularity.CENTURY) {
      g = Granularity.YEAR;
    }
    return CalendarMath.at(CalendarMath.plus(c.anchor(), unit, n), g);
  }

  /**
   * A named period as a whole: {@link #shifted} lands "a week later" on a day, but "the following week" or "that
   * week" names the week itself.
   */
  public static TimexValue whole(TimexValue o, Granularity unit) {
    if (o != null && unit == Granularity.WEEK && o.granularity() == Granularity.DAY && o.begin() != null) {
      return CalendarMath.at(o.begin(), Granularity.WEEK);
    }
    return o;
  }
}
