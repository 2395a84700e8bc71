package org.newsgraph.eval.temporal;

import java.util.regex.Pattern;

/**
 * Why two TIMEX3 values of the same expression differ, for error analysis of a run against gold. The scorer still
 * compares values as exact strings, as the TempEval-3 toolkit does; these kinds only say which differences are a
 * matter of notation or of how far the annotator spelled a date out, and which are real disagreements about when.
 */
public enum ValueDisagreement {
  /**
   * The same value written two ways: "2000-W7" and "2000-W07", "T17" and "T17:00", "198X" and "198", "1994-XX-XX"
   * and "1994".
   */
  NOTATION,
  /** The same day, one with a part of day: "2000-01-05TNI" and "2000-01-05". */
  DAY_PART,
  /** The gold leaves digits open that the prediction fills in: "1989-WXX" and "1989-W43", "1988-QX" and "1988-Q3". */
  GOLD_UNDERSPECIFIED,
  /** One period inside the other: "1988" and "1988-Q3", "1998-10" and "1998-10-23". */
  NESTED_PERIOD,
  /** Different times, or different kinds of value ("P1W" and "1998-W33"). */
  OTHER;

  private static final Pattern WEEK_UNPADDED = Pattern.compile("-W(\\d)(?!\\d)");
  private static final Pattern WHOLE_HOUR = Pattern.compile("T(\\d\\d):00$");
  private static final Pattern OPEN_TAIL = Pattern.compile("^(\\d{4}(?:-\\d\\d)?)(?:-XX)+$");
  private static final Pattern DAY_PART_SUFFIX = Pattern.compile("T(MO|AF|EV|NI|DT)$");

  /** The kind of difference between a gold and a predicted value; null when they are the same string. */
  public static ValueDisagreement of(String gold, String predicted) {
    String g = gold == null ? "" : gold.strip();
    String p = predicted == null ? "" : predicted.strip();
    if (g.equals(p)) {
      return null;
    }
    String cg = canonical(g);
    String cp = canonical(p);
    if (cg.equals(cp)) {
      return NOTATION;
    }
    if (withoutDayPart(cg).equals(withoutDayPart(cp))) {
      return DAY_PART;
    }
    int x = cg.indexOf('X');
    if (x > 0 && !cp.isEmpty() && cp.indexOf('X') < 0 && Character.isDigit(cp.charAt(0))
        && cp.startsWith(cg.substring(0, x))) {
      return GOLD_UNDERSPECIFIED;
    }
    if (nested(cg, cp) || nested(cp, cg)) {
      return NESTED_PERIOD;
    }
    return OTHER;
  }

  /**
   * Pads a one-digit week, drops whole-hour minutes and open trailing fields ("1994-XX-XX" is the year 1994), writes
   * a decade or century without its X.
   */
  static String canonical(String v) {
    String s = WEEK_UNPADDED.matcher(v).replaceAll("-W0$1");
    s = OPEN_TAIL.matcher(s).replaceAll("$1");
    s = WHOLE_HOUR.matcher(s).replaceAll("T$1");
    if (s.matches("\\d{3}X|\\d{2}XX")) {
      s = s.replace("X", "");
    }
    return s;
  }

  private static String withoutDayPart(String v) {
    return DAY_PART_SUFFIX.matcher(v).replaceAll("");
  }

  /** True when {@code outer} is a calendar value that {@code inner} refines ("1988" and "1988-Q3"). */
  private static boolean nested(String outer, String inner) {
    return outer.length() >= 4 && Character.isDigit(outer.charAt(0)) && outer.indexOf('X') < 0
        && inner.length() > outer.length() && inner.startsWith(outer)
        && (inner.charAt(outer.length()) == '-' || inner.charAt(outer.length()) == 'T');
  }
}
