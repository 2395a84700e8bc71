package org.newsgraph.extract.time.resolution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.newsgraph.core.TimexType;

/**
 * Calendar arithmetic and TIMEX3 value formatting (java.time only): the period of a granularity around a day,
 * shifts by whole units, seasons, the values of unknown dates, and the part of a period a mod names.
 */
public final class CalendarMath {
  private CalendarMath() {}

  public static String pad(int n, int width) {
    String s = Integer.toString(Math.abs(n));
    while (s.length() < width) {
      s = "0" + s;
    }
    return (n < 0 ? "-" : "") + s;
  }

  /** The period of granularity {@code g} that contains {@code d}, as a DATE. */
  public static TimexValue at(LocalDate d, Granularity g) {
    switch (g) {
      case TIME:
      case DAY:
        return new TimexValue(TimexType.DATE, d.toString(), null, d, d.plusDays(1), Granularity.DAY);
      case WEEK: {
        LocalDate mon = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimexValue(TimexType.DATE, weekValue(d), null, mon, mon.plusWeeks(1), Granularity.WEEK);
      }
      case WEEKEND: {
        LocalDate sat = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
        return new TimexValue(TimexType.DATE, weekValue(sat) + "-WE", null, sat, sat.plusDays(2), Granularity.WEEKEND);
      }
      case MONTH: {
        LocalDate b = d.withDayOfMonth(1);
        return new TimexValue(TimexType.DATE, pad(d.getYear(), 4) + "-" + pad(d.getMonthValue(), 2), null, b,
            b.plusMonths(1), Granularity.MONTH);
      }
      case QUARTER: {
        int q = (d.getMonthValue() - 1) / 3 + 1;
        LocalDate b = LocalDate.of(d.getYear(), (q - 1) * 3 + 1, 1);
        return new TimexValue(TimexType.DATE, pad(d.getYear(), 4) + "-Q" + q, null, b, b.plusMonths(3),
            Granularity.QUARTER);
      }
      case HALF: {
        int h = d.getMonthValue() <= 6 ? 1 : 2;
        LocalDate b = LocalDate.of(d.getYear(), h == 1 ? 1 : 7, 1);
        return new TimexValue(TimexType.DATE, pad(d.getYear(), 4) + "-H" + h, null, b, b.plusMonths(6),
            Granularity.HALF);
      }
      case SEASON:
        return season(d);
      case YEAR: {
        LocalDate b = LocalDate.of(d.getYear(), 1, 1);
        return new TimexValue(TimexType.DATE, pad(d.getYear(), 4), null, b, b.plusYears(1), Granularity.YEAR);
      }
      case DECADE: {
        int dec = Math.floorDiv(d.getYear(), 10);
        LocalDate b = LocalDate.of(dec * 10, 1, 1);
        return new TimexValue(TimexType.DATE, pad(dec, 3), null, b, b.plusYears(10), Granularity.DECADE);
      }
      case CENTURY: {
        int c = Math.floorDiv(d.getYear(), 100);
        LocalDate b = LocalDate.of(c * 100, 1, 1);
        return new TimexValue(TimexType.DATE, pad(c, 2), null, b, b.plusYears(100), Granularity.CENTURY);
      }
      default:
        throw new IllegalArgumentException(g.toString());
    }
  }

  static String weekValue(LocalDate d) {
    int wy = d.get(IsoFields.WEEK_BASED_YEAR);
    int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return pad(wy, 4) + "-W" + pad(w, 2);
  }

  /**
   * Seasons are meteorological (northern hemisphere): spring = March–May, summer = June–August, fall =
   * September–November, winter = December to February, named by the year of its December.
   */
  static TimexValue season(LocalDate d) {
    int m = d.getMonthValue();
    int y = d.getYear();
    String code;
    LocalDate b;
    if (m >= 3 && m <= 5) {
      code = "SP";
      b = LocalDate.of(y, 3, 1);
    } else if (m >= 6 && m <= 8) {
      code = "SU";
      b = LocalDate.of(y, 6, 1);
    } else if (m >= 9 && m <= 11) {
      code = "FA";
      b = LocalDate.of(y, 9, 1);
    } else {
      int wy = m == 12 ? y : y - 1;
      code = "WI";
      b = LocalDate.of(wy, 12, 1);
      y = wy;
    }
    return new TimexValue(TimexType.DATE, pad(y, 4) + "-" + code, null, b, b.plusMonths(3), Granularity.SEASON);
  }

  /** First day of season {@code code} (SP, SU, FA, WI) of year {@code y}. */
  public static LocalDate seasonStart(int y, String code) {
    switch (code) {
      case "SP":
        return LocalDate.of(y, 3, 1);
      case "SU":
        return LocalDate.of(y, 6, 1);
      case "FA":
        return LocalDate.of(y, 9, 1);
      default:
        return LocalDate.of(y, 12, 1);
    }
  }

  public static String seasonCode(String s) {
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

  public static LocalDate plus(LocalDate d, Granularity unit, long n) {
    switch (unit) {
      case TIME:
      case DAY:
        return d.plusDays(n);
      case WEEK:
      case WEEKEND:
        return d.plusWeeks(n);
      case MONTH:
        return d.plusMonths(n);
      case QUARTER:
      case SEASON:
        return d.plusMonths(3 * n);
      case HALF:
        return d.plusMonths(6 * n);
      case YEAR:
        return d.plusYears(n);
      case DECADE:
        return d.plusYears(10 * n);
      case CENTURY:
        return d.plusYears(100 * n);
      default:
        throw new IllegalArgumentException(unit.toString());
    }
  }

  /** The value of an unknown date of this granularity (undated article). */
  public static TimexValue unknown(Granularity g) {
    String v;
    switch (g) {
      case TIME:
      case DAY:
        v = "XXXX-XX-XX";
        break;
      case WEEK:
        v = "XXXX-WXX";
        break;
      case WEEKEND:
        v = "XXXX-WXX-WE";
        break;
      case MONTH:
        v = "XXXX-XX";
        break;
      case QUARTER:
        v = "XXXX-QX";
        break;
      case HALF:
        v = "XXXX-HX";
        break;
      case SEASON:
        v = "XXXX-XX";
        break;
      case DECADE:
        v = "XXX";
        break;
      case CENTURY:
        v = "XX";
        break;
      default:
        v = "XXXX";
    }
    return new TimexValue(TimexType.DATE, v, null, null, null, g);
  }

  /** Granularity order, finest first. */
  static boolean finerOrEqual(Granularity a, Granularity b) {
    return rank(a) <= rank(b);
  }

  static int rank(Granularity g) {
    switch (g) {
      case TIME:
        return 0;
      case DAY:
        return 1;
      case WEEKEND:
      case WEEK:
        return 2;
      case MONTH:
        return 3;
      case QUARTER:
      case SEASON:
        return 4;
      case HALF:
        return 5;
      case YEAR:
        return 6;
      case DECADE:
        return 7;
      default:
        return 8;
    }
  }

  /**
   * Narrows an interval for a TIMEX3 mod: START/EARLY keep the first third, MID the middle third, END/LATE the last
   * third; other mods keep the whole interval.
   */
  static TimexValue narrow(TimexValue o, String mod) {
    TimexValue m = o.withMod(mod);
    if (o.begin() == null || o.end() == null || mod == null) {
      return m;
    }
    long days = o.end().toEpochDay() - o.begin().toEpochDay();
    if (days < 3) {
      return m;
    }
    long third = Math.round(days / 3.0);
    switch (mod) {
      case "START":
        return m.withInterval(o.begin(), o.begin().plusDays(third));
      case "MID":
        return m.withInterval(o.begin().plusDays(third), o.end().minusDays(third));
      case "END":
        return m.withInterval(o.end().minusDays(third), o.end());
      default:
        return m;
    }
  }
}
