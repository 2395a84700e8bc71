package org.newsgraph.extract.time;

import static org.newsgraph.extract.time.Clock.*;
import static org.newsgraph.extract.time.Holidays.*;
import static org.newsgraph.extract.time.Lex.MONTH_ABBR;
import static org.newsgraph.extract.time.Lex.MONTH_FULL;
import static org.newsgraph.extract.time.Lex.NUMW;
import static org.newsgraph.extract.time.Lex.ORDW;
import static org.newsgraph.extract.time.Lex.WEEKDAY;
import static org.newsgraph.extract.time.LookAlikes.*;
import static org.newsgraph.extract.time.Quarters.*;
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

/** Quantities, units and modifiers of the time rules: numbers to ISO 8601 durations, "more than" and "early" to TIMEX3 modifiers. */
final class Quantities {
  private Quantities() {}

  static String num(double n) {
    if (n == Math.rint(n)) {
      return Long.toString((long) n);
    }
    return Double.toString(n);
  }

  static String unitKey(String u) {
    String l = u.toLowerCase(Locale.ROOT);
    if (l.equals("centuries")) {
      return "century";
    }
    return l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
  }

  static Gran gran(String unit) {
    switch (unitKey(unit)) {
      case "second":
      case "minute":
      case "hour":
        return Gran.TIME;
      case "day":
      case "night":
        return Gran.DAY;
      case "week":
      case "fortnight":
        return Gran.WEEK;
      case "weekend":
        return Gran.WEEKEND;
      case "month":
        return Gran.MONTH;
      case "quarter":
        return Gran.QUARTER;
      case "year":
        return Gran.YEAR;
      case "decade":
        return Gran.DECADE;
      case "century":
        return Gran.CENTURY;
      case "spring":
      case "summer":
      case "fall":
      case "autumn":
      case "winter":
        return Gran.SEASON;
      default:
        return null;
    }
  }

  /** ISO 8601 duration for a quantity of a unit; NaN quantity gives the vague form (PXM). */
  static String duration(double n, String unit) {
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

  static String modOf(String q) {
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

  static String preMod(G g) {
    String p = g.lower("pre");
    if (p == null) {
      p = g.lower("mid");
    }
    if (p == null) {
      return null;
    }
    p = p.replace("-", "").trim();
    if (p.startsWith("early") || p.contains("beginning") || p.contains("start")) {
      return "START";
    }
    if (p.startsWith("late") || p.contains("end") || p.contains("close")) {
      return "END";
    }
    if (p.startsWith("mid") || p.contains("middle")) {
      return "MID";
    }
    return null;
  }

  static Out mod(Out o, String mod) {
    return mod == null || o == null ? o : Cal.narrow(o, mod);
  }
}
