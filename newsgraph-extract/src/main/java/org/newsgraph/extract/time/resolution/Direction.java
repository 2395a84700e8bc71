package org.newsgraph.extract.time.resolution;

/**
 * Which way a date named without its year or week points from the anchor: back to the latest one on or before it
 * ({@code PAST}), ahead to the first one on or after it ({@code FUTURE}), or to the nearer ({@code NEAREST});
 * chosen by the governing tense and the words around the expression.
 */
public enum Direction {
  PAST, FUTURE, NEAREST;

  /** By the governing tense: {@code present} for the present tense, {@code unknown} for a clause without one. */
  public static Direction byTense(ResolutionContext c, Direction unknown, Direction present) {
    switch (c.tense()) {
      case PAST:
        return Direction.PAST;
      case FUTURE:
        return Direction.FUTURE;
      case PRESENT:
        return present;
      default:
        return unknown;
    }
  }

  /**
   * Which way a bare weekday points: the governing tense (past by default, nearest for the present), forward after
   * "until", "as soon as", "before" or "next" (a deadline or a plan: "postponed until Tuesday", "has given them until
   * 9 a.m. Tuesday"), backward for a possessive that names a past event ("Wednesday's ruling", "Thursday's close").
   */
  public static Direction weekdayDir(ResolutionContext c, int exprBegin) {
    Direction d = Direction.byTense(c, Direction.PAST, Direction.NEAREST);
    String pw = c.wordBefore(1);
    String pw2 = c.wordBefore(2);
    if (pw.matches("a\\.m\\.?|p\\.m\\.?|am|pm|noon|midnight|est|edt|gmt|time")) {
      // "until 9 a.m. Tuesday": look past the clock time
      for (int k = 2; k <= 5; k++) {
        String w = c.wordBefore(k);
        if (w.matches("until|till|by|before|at|to|from|on|,") || w.isEmpty()) {
          pw = w;
          pw2 = c.wordBefore(k + 1);
          break;
        }
      }
    }
    String nw = c.wordAfter(1);
    if ((nw.equals("'s") || nw.equals("\u2019s")) && d != Direction.PAST && !c.wordAfter(2).matches(
        "elections?|votes?|vote|deadline|meetings?|summit|talks|referendum|games?|match|race|hearing|session|visit"
        + "|trip|ballot|polls|debate|launch|opening|sitting|auction|ceremony|rally|parade|showdown|final")) {
      return Direction.PAST; // "get around Wednesday's ruling", "over Thursday's closing price": already news
    }
    boolean openingUntil = pw.matches("until|till") && (pw2.isEmpty() || pw2.matches("[,;:`'\"]+|and|but"));
    if (pw.equals("as") && pw2.matches("soon|early|late") || pw.matches("until|till") && !openingUntil
        || pw.matches("before|next|until|till") && c.tense() != Tense.PAST) {
      return Direction.FUTURE;
    }
    return d;
  }

  /**
   * Which way a month or a day without a year points: by tense, except after "effective" or "through", where the
   * clause's tense is that of the announcement, not of the date ("created an office, effective Feb. 1", "loans
   * through January"): the nearest one.
   */
  public static Direction dateDir(ResolutionContext c) {
    String pw = c.wordBefore(1);
    if (pw.matches("effective|through|thru")) {
      return Direction.NEAREST;
    }
    return Direction.byTense(c, Direction.NEAREST, Direction.NEAREST);
  }
}
