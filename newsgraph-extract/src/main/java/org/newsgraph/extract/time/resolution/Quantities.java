package org.newsgraph.extract.time.resolution;

import java.util.Locale;

/** Quantities, units and modifiers: numbers to ISO 8601 durations, "more than" and "early" to TIMEX3 modifiers. */
public final class Quantities {
  private Quantities() {}

  static String num(double n) {
    if (n == Math.rint(n)) {
      return Long.toString((long) n);
    }
    return Double.toString(n);
  }

  public static String unitKey(String u) {
    String l = u.toLowerCase(Locale.ROOT);
    if (l.equals("centuries")) {
      return "century";
    }
    return l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
  }

  public static Granularity granularityOf(String unit) {
    switch (unitKey(unit)) {
      case "second":
      case "minute":
      case "hour":
        return Granularity.TIME;
      case "day":
      case "night":
        return Granularity.DAY;
      case "week":
      case "fortnight":
        return Granularity.WEEK;
      case "weekend":
        return Granularity.WEEKEND;
      case "month":
        return Granularity.MONTH;
      case "quarter":
        return Granularity.QUARTER;
      case "year":
        return Granularity.YEAR;
      case "decade":
        return Granularity.DECADE;
      case "century":
        return Granularity.CENTURY;
      case "spring":
      case "summer":
      case "fall":
      case "autumn":
      case "winter":
        return Granularity.SEASON;
      default:
        return null;
    }
  }

  /** ISO 8601 duration for a quantity of a unit; NaN quantity gives the vague form (PXM). */
  public static String duration(double n, String unit) {
    String u = unitKey(unit);
    boolean vague = Double.isNaN(n);
    String x = vague ? "X" : null;
    switch (u) {
      case "second":
        return "PT" + (vague ? x : num(n)) + "S";
      case "minute":
        return vague ? "PTXM" : frac(n, "PT", "M", 60, "S", true);
      case "hour":
        return vague ? "PTXH" : frac(n, "PT", "H", 60, "M", true);
      case "day":
      case "night":
        return vague ? "PXD" : frac(n, "P", "D", 24, "H", false);
      case "week":
        return vague ? "PXW" : frac(n, "P", "W", 7, "D", false);
      case "fortnight":
        return vague ? "PXW" : "P" + num(2 * n) + "W";
      case "month":
        return vague ? "PXM" : "P" + num(n) + "M";
      case "quarter":
        return vague ? "PXQ" : "P" + num(n) + "Q"; // the unit as written, as for "PXQ"
      case "year":
        return vague ? "PXY" : frac(n, "P", "Y", 12, "M", false);
      case "decade":
        return vague ? "PXDE" : "P" + num(10 * n) + "Y";
      case "century":
        return vague ? "PXC" : "P" + num(100 * n) + "Y";
      default:
        return "PX";
    }
  }

  static String frac(double n, String prefix, String unit, int sub, String subUnit, boolean time) {
    long whole = (long) Math.floor(n);
    double rest = n - whole;
    if (rest < 1e-9) {
      return prefix + whole + unit;
    }
    long s = Math.round(rest * sub);
    String subPart = (time ? "" : (subUnit.equals("H") ? "T" : "")) + s + subUnit;
    return whole == 0 ? prefix + subPart : prefix + whole + unit + subPart;
  }

  public static String modOf(String q) {
    if (q == null) {
      return null;
    }
    String l = q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    switch (l) {
      case "more than":
      case "over":
      case "just over":
      case "well over":
      case "upwards of":
        return "MORE_THAN";
      case "less than":
      case "fewer than":
      case "under":
      case "just under":
        return "LESS_THAN";
      case "at least":
      case "no less than":
      case "a full":
      case "fully":
        return "EQUAL_OR_MORE";
      case "at most":
      case "no more than":
      case "up to":
      case "as many as":
      case "as long as":
        return "EQUAL_OR_LESS";
      case "only":
      case "just":
      case "barely":
        return null;
      default:
        return "APPROX";
    }
  }

  public static TimexValue mod(TimexValue o, String mod) {
    return mod == null || o == null ? o : CalendarMath.narrow(o, mod);
  }
}
