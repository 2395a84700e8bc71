package org.newsgraph.extract.time.resolution;

import static org.newsgraph.extract.time.resolution.NamedDates.nearestYearly;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.newsgraph.extract.time.resolution.NamedDates.YearlyDate;
import org.newsgraph.core.TimexType;

/** Holidays by name, fixed or moving (Easter, Thanksgiving, Election Day). */
public final class Holidays {
  private Holidays() {}

  /**
   * The day of the holiday named {@code written} (as the text writes it) nearest the anchor; null for a name that
   * is not capitalised or no holiday. Undated, a fixed holiday keeps its month and day ({@code XXXX-12-25}).
   */
  public static TimexValue holiday(String written, ResolutionContext c) {
    String h = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('\u2019', '\'');
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
      f = Holidays::easter;
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
    if (!TimeWords.capitalised(written)) {
      return null;
    }
    if (c.anchor() == null) {
      LocalDate ref = f.in(2001);
      LocalDate other = f.in(2002);
      boolean fixed = ref.getMonthValue() == other.getMonthValue() && ref.getDayOfMonth() == other.getDayOfMonth();
      return new TimexValue(TimexType.DATE, fixed ? "XXXX-" + CalendarMath.pad(ref.getMonthValue(), 2) + "-"
          + CalendarMath.pad(ref.getDayOfMonth(), 2) : "XXXX-XX-XX", null, null, null, Granularity.DAY);
    }
    return nearestYearly(c, f, Direction.byTense(c, Direction.NEAREST, Direction.NEAREST));
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
