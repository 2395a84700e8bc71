package org.newsgraph.extract.time;

import static org.newsgraph.extract.time.Clock.*;
import static org.newsgraph.extract.time.Holidays.*;
import static org.newsgraph.extract.time.Lex.MONTH_ABBR;
import static org.newsgraph.extract.time.Lex.MONTH_FULL;
import static org.newsgraph.extract.time.Lex.NUMW;
import static org.newsgraph.extract.time.Lex.ORDW;
import static org.newsgraph.extract.time.Lex.WEEKDAY;
import static org.newsgraph.extract.time.LookAlikes.*;
import static org.newsgraph.extract.time.Quantities.*;
import static org.newsgraph.extract.time.Quarters.*;
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

/**
 * How the time rules resolve a match against the article: the direction from tense and focus, anchoring a weekday, a
 * month or a yearly date, shifts from the focus ("a day later"), and "this/last/next". The rest of what the rules
 * resolve with is in {@link Quantities}, {@link LookAlikes}, {@link Clock}, {@link Quarters} and {@link Holidays}.
 */
final class Resolution {
  private Resolution() {}

  // ---- resolution helpers -----------------------------------------------------------------------------------

  enum Dir { PAST, FUTURE, NEAREST }

  static Dir dir(Ctx c, Dir unknown, Dir present) {
    switch (c.tense()) {
      case PAST:
        return Dir.PAST;
      case FUTURE:
        return Dir.FUTURE;
      case PRESENT:
        return present;
      default:
        return unknown;
    }
  }

  static Out anchorAt(Ctx c, Gran g, long shift) {
    if (c.anchor == null) {
      return Cal.unknown(g);
    }
    return Cal.at(Cal.plus(c.anchor, g, shift), g);
  }

  /**
   * Which way a bare weekday points: the governing tense (past by default, nearest for the present), forward after
   * "until", "as soon as", "before" or "next" (a deadline or a plan: "postponed until Tuesday", "has given them until
   * 9 a.m. Tuesday"), backward for a possessive that names a past event ("Wednesday's ruling", "Thursday's close").
   */
  static Dir weekdayDir(Ctx c, int exprBegin) {
    Dir d = dir(c, Dir.PAST, Dir.NEAREST);
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
    if ((nw.equals("'s") || nw.equals("\u2019s")) && d != Dir.PAST && !c.wordAfter(2).matches(
        "elections?|votes?|vote|deadline|meetings?|summit|talks|referendum|games?|match|race|hearing|session|visit"
        + "|trip|ballot|polls|debate|launch|opening|sitting|auction|ceremony|rally|parade|showdown|final")) {
      return Dir.PAST; // "get around Wednesday's ruling", "over Thursday's closing price": already news
    }
    boolean openingUntil = pw.matches("until|till") && (pw2.isEmpty() || pw2.matches("[,;:`'\"]+|and|but"));
    if (pw.equals("as") && pw2.matches("soon|early|late") || pw.matches("until|till") && !openingUntil
        || pw.matches("before|next|until|till") && c.tense() != Tense.PAST) {
      return Dir.FUTURE;
    }
    return d;
  }

  /**
   * Which way a month or a day without a year points: by tense, except after "effective" or "through", where the
   * clause's tense is that of the announcement, not of the date ("created an office, effective Feb. 1", "loans
   * through January"): the nearest one.
   */
  static Dir dateDir(Ctx c) {
    String pw = c.wordBefore(1);
    if (pw.matches("effective|through|thru")) {
      return Dir.NEAREST;
    }
    return dir(c, Dir.NEAREST, Dir.NEAREST);
  }

  /** A weekday resolved against the anchor: PAST on or before it, FUTURE on or after it, NEAREST either. */
  static Out weekday(Ctx c, int dow, Dir d) {
    if (c.anchor == null) {
      return new Out(TimexType.DATE, "XXXX-WXX-" + dow, null, null, null, Gran.DAY);
    }
    DayOfWeek w = DayOfWeek.of(dow);
    LocalDate past = c.anchor.with(TemporalAdjusters.previousOrSame(w));
    LocalDate fut = c.anchor.with(TemporalAdjusters.nextOrSame(w));
    LocalDate r;
    if (d == Dir.PAST) {
      r = past;
    } else if (d == Dir.FUTURE) {
      r = fut;
    } else {
      long back = c.anchor.toEpochDay() - past.toEpochDay();
      long fwd = fut.toEpochDay() - c.anchor.toEpochDay();
      r = fwd < back ? fut : past;
    }
    return Cal.at(r, Gran.DAY);
  }

  /** A month without a year, resolved by tense around the anchor month. */
  static Out monthNamed(Ctx c, int month, Dir d) {
    if (c.anchor == null) {
      return new Out(TimexType.DATE, "XXXX-" + Cal.pad(month, 2), null, null, null, Gran.MONTH);
    }
    Integer fy = focusYear(c);
    if (fy != null) {
      return Cal.at(LocalDate.of(fy, month, 1), Gran.MONTH);
    }
    int ay = c.anchor.getYear();
    int am = c.anchor.getMonthValue();
    int y;
    boolean rangeStart = c.wordAfter(1).matches("to|until|till|through|-|\u2013") && Lex.month(c.wordAfter(2)) > 0;
    if (d == Dir.PAST) {
      // past tense: the latest such month, unless it is next month and hangs off a noun ("informed them of a cut
      // in September", said in August), not off the past verb itself ("opened in March"), and does not open a
      // range ("ran from March to May")
      y = month <= am || month - am <= 1 && !rangeStart && !onVerb(c) ? ay : ay - 1;
    } else if (d == Dir.FUTURE) {
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
    return Cal.at(LocalDate.of(y, month, 1), Gran.MONTH);
  }

  /**
   * Whether the expression follows its verb directly, perhaps after a preposition ("opened in March"), rather than
   * a noun ("a cut in their supplies in September"). Word order, not the parse: parsers often hang such a month on
   * the main verb either way.
   */
  static boolean onVerb(Ctx c) {
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
  static LocalDate rangeStartBefore(Ctx c) {
    if (!c.wordBefore(1).matches("to|until|till|through|-|\u2013")) {
      return null;
    }
    Ctx.Focus f = c.lastFocus();
    if (f == null || f.sentence() != c.sentenceIndex() || f.out().gran() != Gran.MONTH || f.out().begin() == null
        || c.begin - f.end() > 12) {
      return null;
    }
    return f.out().begin();
  }

  /**
   * Whether the words just before the match end in a quantity ("8.5%", "10,000 units", "$2 million"), which
   * makes a following "annually" or "a year" a rate rather than a time the text talks about.
   */
  static boolean rateAfterQuantity(Ctx c) {
    for (int k = 1; k <= 2; k++) {
      Token t = c.before(k);
      if (t == null) {
        return false;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("CD") || w.matches("%|percent|cents?|dollars?|yen|marks|francs|pounds|euros?")) {
        return true;
      }
      if (k == 1 && !t.pos().startsWith("NN")) {
        return false; // only one noun may stand between: "10,000 units annually"
      }
    }
    return false;
  }

  /** How far back (characters) a written-out year still dates a month or day in the same sentence. */
  static final int FOCUS_YEAR_REACH = 50;

  /**
   * An explicit year mentioned earlier in the same sentence ("In 1996 … in March") that differs from the anchor's:
   * a month or day without a year then belongs to it.
   */
  static Integer focusYear(Ctx c) {
    Ctx.Focus f = c.lastFocus();
    if (f == null || f.sentence() != c.sentenceIndex() || f.out().gran() != Gran.YEAR || f.out().begin() == null
        || !f.absolute() || c.begin - f.end() > FOCUS_YEAR_REACH) {
      return null; // only a written-out year close by: "In 1996, prices rose in March"
    }
    int y = f.out().begin().getYear();
    return c.anchor != null && y == c.anchor.getYear() ? null : y;
  }

  /** A month and day without a year. */
  static Out monthDay(Ctx c, int month, int day, Dir d) {
    if (day < 1 || day > 31) {
      return null;
    }
    if (c.anchor == null) {
      return new Out(TimexType.DATE, "XXXX-" + Cal.pad(month, 2) + "-" + Cal.pad(day, 2), null, null, null,
          Gran.DAY);
    }
    Integer fy = focusYear(c);
    if (fy != null) {
      LocalDate x = safeDate(fy, month, day);
      return x == null ? null : Cal.at(x, Gran.DAY);
    }
    return nearestYearly(c, y -> safeDate(y, month, day), d);
  }

  interface YearlyDate {
    LocalDate in(int year);
  }

  static Out nearestYearly(Ctx c, YearlyDate f, Dir d) {
    int ay = c.anchor.getYear();
    LocalDate best = null;
    long bestDist = Long.MAX_VALUE;
    for (int y = ay - 1; y <= ay + 1; y++) {
      LocalDate x = f.in(y);
      if (x == null) {
        continue;
      }
      long diff = x.toEpochDay() - c.anchor.toEpochDay();
      // past tense still allows a date up to 60 days ahead: "declared a dividend, payable Dec. 15"
      // and a future one down to two weeks back: a deadline ("by Jan. 14") reported just after it passed
      if (d == Dir.PAST && diff > 60 || d == Dir.FUTURE && diff < -14) {
        continue;
      }
      long dist = Math.abs(diff) * 2 + (diff > 0 ? 1 : 0);
      if (dist < bestDist) {
        bestDist = dist;
        best = x;
      }
    }
    return best == null ? null : Cal.at(best, Gran.DAY);
  }

  static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static Out ref(Ctx c, String v) {
    LocalDate a = c.anchor;
    switch (v) {
      case "PAST_REF":
        return new Out(TimexType.DATE, v, null, null, a, null);
      case "FUTURE_REF":
        return new Out(TimexType.DATE, v, null, a == null ? null : a.plusDays(1), null, null);
      default:
        return new Out(TimexType.DATE, v, null, a, a == null ? null : a.plusDays(1), null);
    }
  }

  /** A date shifted by n units from the focus (when relFocus and one is in reach) or from the anchor. */
  static Out shifted(Ctx c, Gran unit, long n, boolean relFocus) {
    if (unit == Gran.TIME) {
      unit = Gran.DAY;
      n = 0;
    }
    Ctx.Focus f = null;
    if (relFocus) {
      f = c.focus(unit);
    }
    if (unit == Gran.YEAR) {
      // "a year earlier" in a sentence about a quarter or a month: the same quarter or month a year before
      Ctx.Focus q = c.lastFocus();
      if (q != null && q.out().begin() != null && (q.out().gran() == Gran.QUARTER || q.out().gran() == Gran.HALF
          || q.out().gran() == Gran.MONTH && relFocus) && Math.abs(n) == 1
          && c.sentenceIndex() - q.sentence() <= 1
          && !(n == -1 && c.anchor != null && q.out().begin().isAfter(c.anchor))) {
        if (n == -1 && !q.absolute() && c.anchor != null && q.out().begin().getYear() < c.anchor.getYear()) {
          return Cal.at(q.out().begin(), q.out().gran()); // "the year-ago quarter … the year-ago results": the same
        }
        return Cal.at(q.out().begin().plusYears(n), q.out().gran());
      }
    }
    if (unit == Gran.YEAR && n == -1 && figures(c)) {
      // "profit rose to $98 million from $71 million a year earlier" in a report on a quarter: the same quarter
      // of the year before, even when the quarter was named a few sentences back
      Ctx.Focus q = c.reportPeriod(REPORT_WINDOW);
      if (q != null) {
        LocalDate b = q.out().begin();
        if (!q.absolute() && c.anchor != null && b.getYear() < c.anchor.getYear()) {
          return Cal.at(b, q.out().gran()); // the focus is already the year-ago quarter
        }
        return Cal.at(b.minusYears(1), q.out().gran());
      }
    }
    if (f != null && unit == Gran.YEAR && f.out().gran() == Gran.YEAR && !f.absolute()) {
      f = null; // "a year earlier" after "last year": still from the anchor
    }
    if (f != null && f.out().begin() != null) {
      Gran g = unit == Gran.WEEK && f.out().gran() == Gran.DAY ? Gran.DAY : unit;
      return Cal.at(Cal.plus(f.out().begin(), unit, n), g);
    }
    if (c.anchor == null) {
      return Cal.unknown(unit);
    }
    Gran g = unit == Gran.WEEK ? Gran.DAY : unit;
    if (unit == Gran.DECADE || unit == Gran.CENTURY) {
      g = Gran.YEAR;
    }
    return Cal.at(Cal.plus(c.anchor, unit, n), g);
  }

  static Out thisLastNext(G g, Ctx c, String forced) {
    String w = forced != null ? forced : g.lower("w");
    String u = g.lower("u");
    int wd = Lex.weekday(u);
    int mon = MONTH_FULL.contains(u) ? Lex.month(u) : 0;
    boolean the = w.startsWith("the ");
    String core = w.replace("the ", "").replace("this past", "past").replace("this coming", "coming");
    if (mon > 0) {
      int monAt = c.text.toLowerCase(Locale.ROOT).indexOf(u, g.begin());
      if (!monthWordOk(c, c.text.substring(monAt, monAt + u.length()), monAt)) {
        return null;
      }
      if (c.anchor == null) {
        return new Out(TimexType.DATE, "XXXX-" + Cal.pad(mon, 2), null, null, null, Gran.MONTH);
      }
      int ay = c.anchor.getYear();
      int am = c.anchor.getMonthValue();
      switch (core) {
        case "last":
        case "past":
        case "previous":
          return Cal.at(LocalDate.of(mon < am ? ay : ay - 1, mon, 1), Gran.MONTH);
        case "next":
        case "coming":
        case "following":
          return Cal.at(LocalDate.of(mon > am ? ay : ay + 1, mon, 1), Gran.MONTH);
        default:
          return Cal.at(LocalDate.of(ay, mon, 1), Gran.MONTH);
      }
    }
    if (wd > 0) {
      if (c.anchor == null) {
        return new Out(TimexType.DATE, "XXXX-WXX-" + wd, null, null, null, Gran.DAY);
      }
      DayOfWeek d = DayOfWeek.of(wd);
      Ctx.Focus day = core.equals("previous") || core.equals("following") ? c.focus(Gran.DAY) : null;
      if (day == null && (core.equals("previous") || core.equals("following"))) {
        day = c.lastOn(d, 8); // "closed Friday … down 4.5% from the previous Friday", four sentences on
      }
      if (day != null && day.out().begin() != null && (day.out().gran() == Gran.DAY
          || day.out().gran() == Gran.TIME)) { // a part of a day ("Thursday night") is a day in focus too
        // "closed Friday, down 4.5% from the previous Friday": the one before the day in focus
        LocalDate b = day.out().begin();
        return Cal.at(b.with(core.equals("previous") ? TemporalAdjusters.previous(d) : TemporalAdjusters.next(d)),
            Gran.DAY);
      }
      switch (core) {
        case "last":
        case "past":
        case "previous":
          return Cal.at(c.anchor.with(TemporalAdjusters.previous(d)), Gran.DAY);
        case "next":
        case "coming":
        case "following":
          return Cal.at(c.anchor.with(TemporalAdjusters.next(d)), Gran.DAY);
        default:
          return Cal.at(c.anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(wd - 1),
              Gran.DAY);
      }
    }
    Gran gr = gran(u);
    if (gr == null) {
      return null;
    }
    if (gr == Gran.WEEKEND) {
      return null; // the weekend rule
    }
    if (gr == Gran.SEASON) {
      if (c.anchor == null) {
        return new Out(TimexType.DATE, "XXXX-" + seasonCode(u), null, null, null, Gran.SEASON);
      }
      Dir d = core.equals("last") || core.equals("past") || core.equals("previous") ? Dir.PAST
          : core.equals("next") || core.equals("coming") || core.equals("following") ? Dir.FUTURE : null;
      return seasonNamed(c, seasonCode(u), d, d != null);
    }
    switch (core) {
      case "this":
      case "current":
        return anchorAt(c, gr, 0);
      case "last":
        if (the) {
          return pastDuration(c, u, gr);
        }
        if (gr == Gran.YEAR) {
          Ctx.Focus q = c.lastFocus();
          if (q != null && q.out().gran() == Gran.QUARTER && q.sentence() == c.sentenceIndex()
              && c.anchor != null && q.out().begin().getYear() == c.anchor.getYear()) {
            return Cal.at(q.out().begin().minusYears(1), Gran.QUARTER); // "the third quarter … last year"
          }
        }
        return anchorAt(c, gr, -1);
      case "past":
        return pastDuration(c, u, gr);
      case "next":
        if (the) {
          Ctx.Focus f = c.focus(gr);
          if (f != null) {
            return whole(shifted(c, gr, 1, true), gr);
          }
          return futureDuration(c, u, gr);
        }
        return anchorAt(c, gr, 1);
      case "coming":
        return futureDuration(c, u, gr);
      case "previous":
        return whole(shifted(c, gr, -1, true), gr);
      case "following":
        return whole(shifted(c, gr, 1, true), gr);
      case "same":
        return whole(shifted(c, gr, 0, true), gr);
      default:
        return null;
    }
  }

  /**
   * A named period as a whole: {@link #shifted} lands "a week later" on a day, but "the following week" or "that
   * week" names the week itself.
   */
  static Out whole(Out o, Gran unit) {
    if (o != null && unit == Gran.WEEK && o.gran() == Gran.DAY && o.begin() != null) {
      return Cal.at(o.begin(), Gran.WEEK);
    }
    return o;
  }

  static Out pastDuration(Ctx c, String u, Gran gr) {
    if (c.anchor != null && gr == Gran.YEAR && !c.wordBefore(1).matches("for|throughout")) {
      return anchorAt(c, gr, -1); // "over the past year": TimeBank dates it (the year before)
    }
    Out o = new Out(TimexType.DURATION, duration(1, u), null, null, null, null);
    return c.anchor == null ? o : o.withInterval(Cal.plus(c.anchor, gr, -1), c.anchor.plusDays(1));
  }

  static Out futureDuration(Ctx c, String u, Gran gr) {
    Out o = new Out(TimexType.DURATION, duration(1, u), null, null, null, null);
    return c.anchor == null ? o : o.withInterval(c.anchor, Cal.plus(c.anchor, gr, 1));
  }
}
