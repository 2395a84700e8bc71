package org.newsgraph.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How a resolved interval [begin, end) reads to a person: "2025-01-31", "2024-12", "2024-Q3", "2024". */
public final class Periods {
  private Periods() {}

  /**
   * The interval as the calendar unit it covers: a day, an ISO week, a month, a quarter or a year; any other span
   * as its first and last day ("2025-01-11..2025-01-20"). An open side is left empty: "2025-01-11.." (since mid-
   * January), "..2025-01-31" (by Friday); with neither side, "".
   */
  public static String label(LocalDate begin, LocalDate end) {
    if (begin == null) {
      return end == null ? "" : ".." + end.minusDays(1);
    }
    if (end == null) {
      return begin + "..";
    }
    if (!end.isAfter(begin.plusDays(1))) {
      return begin.toString();
    }
    if (begin.getDayOfMonth() == 1 && end.equals(begin.plusYears(1)) && begin.getMonthValue() == 1) {
      return String.valueOf(begin.getYear());
    }
    if (begin.getDayOfMonth() == 1 && end.equals(begin.plusMonths(3)) && (begin.getMonthValue() - 1) % 3 == 0) {
      return begin.getYear() + "-Q" + ((begin.getMonthValue() - 1) / 3 + 1);
    }
    if (begin.getDayOfMonth() == 1 && end.equals(begin.plusMonths(1))) {
      return begin.toString().substring(0, 7);
    }
    if (begin.getDayOfWeek() == DayOfWeek.MONDAY && end.equals(begin.plusDays(7))) {
      return String.format("%d-W%02d", begin.get(IsoFields.WEEK_BASED_YEAR), begin.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    return begin + ".." + end.minusDays(1);
  }
}
