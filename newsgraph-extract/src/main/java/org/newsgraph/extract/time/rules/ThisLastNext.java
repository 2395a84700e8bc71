package org.newsgraph.extract.time.rules;

import static org.newsgraph.extract.time.resolution.CalendarMath.seasonCode;
import static org.newsgraph.extract.time.resolution.Quantities.duration;
import static org.newsgraph.extract.time.resolution.Quantities.granularityOf;
import static org.newsgraph.extract.time.resolution.Quarters.seasonNamed;
import static org.newsgraph.extract.time.resolution.RelativeDates.anchorAt;
import static org.newsgraph.extract.time.resolution.RelativeDates.shifted;
import static org.newsgraph.extract.time.resolution.RelativeDates.whole;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_FULL;
import static org.newsgraph.extract.time.rules.LookAlikes.monthWordOk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.newsgraph.core.TimexType;
import org.newsgraph.extract.time.engine.Match;
import org.newsgraph.extract.time.resolution.CalendarMath;
import org.newsgraph.extract.time.resolution.Direction;
import org.newsgraph.extract.time.resolution.Focus;
import org.newsgraph.extract.time.resolution.Granularity;
import org.newsgraph.extract.time.resolution.ResolutionContext;
import org.newsgraph.extract.time.resolution.TimeWords;
import org.newsgraph.extract.time.resolution.TimexValue;

/**
 * "this", "last", "next" and their kin ("the past", "the coming", "the following", "the same") before a unit, a
 * weekday, a month or a season, resolved against the anchor or the focus: shared by the rules of
 * {@link PeriodRules} and {@link DayAndSeasonRules}.
 */
final class ThisLastNext {
  private ThisLastNext() {}

  /**
   * The match's "this/last/next" word (group {@code w}, or {@code forced} in its stead) applied to its unit, weekday,
   * month or season (group {@code u}); null when that is no time here.
   */
  static TimexValue thisLastNext(Match g, ResolutionContext c, String forced) {
    String w = forced != null ? forced : g.lower("w");
    String u = g.lower("u");
    int wd = TimeWords.weekday(u);
    int mon = MONTH_FULL.contains(u) ? TimeWords.month(u) : 0;
    boolean the = w.startsWith("the ");
    String core = w.replace("the ", "").replace("this past", "past").replace("this coming", "coming");
    if (mon > 0) {
      int monAt = c.indexOfLower(u, g.begin(), g.end());
      if (!monthWordOk(c, c.text().substring(monAt, monAt + u.length()), monAt)) {
        return null;
      }
      if (c.anchor() == null) {
        return new TimexValue(TimexType.DATE, "XXXX-" + CalendarMath.pad(mon, 2), null, null, null, Granularity.MONTH);
      }
      int ay = c.anchor().getYear();
      int am = c.anchor().getMonthValue();
      switch (core) {
        case "last":
        case "past":
        case "previous":
          return CalendarMath.at(LocalDate.of(mon < am ? ay : ay - 1, mon, 1), Granularity.MONTH);
        case "next":
        case "coming":
        case "following":
          return CalendarMath.at(LocalDate.of(mon > am ? ay : ay + 1, mon, 1), Granularity.MONTH);
        default:
          return CalendarMath.at(LocalDate.of(ay, mon, 1), Granularity.MONTH);
      }
    }
    if (wd > 0) {
      if (c.anchor() == null) {
        return new TimexValue(TimexType.DATE, "XXXX-WXX-" + wd, null, null, null, Granularity.DAY);
      }
      DayOfWeek d = DayOfWeek.of(wd);
      Focus day = core.equals("previous") || core.equals("following") ? c.focus(Granularity.DAY) : null;
      if (day == null && (core.equals("previous") || core.equals("following"))) {
        day = c.lastOn(d, 8); // "closed Friday … down 4.5% from the previous Friday", four sentences on
      }
      if (day != null && day.date().begin() != null && (day.date().granularity() == Granularity.DAY
          // a part of a day ("Thursday night") is a day in focus too
          || day.date().granularity() == Granularity.TIME)) {
        // "closed Friday, down 4.5% from the previous Friday": the one before the day in focus
        LocalDate b = day.date().begin();
        return CalendarMath.at(b.with(core.equals("previous") ? TemporalAdjusters.previous(d)
            : TemporalAdjusters.next(d)),
            Granularity.DAY);
      }
      switch (core) {
        case "last":
        case "past":
        case "previous":
          return CalendarMath.at(c.anchor().with(TemporalAdjusters.previous(d)), Granularity.DAY);
        case "next":
        case "coming":
        case "following":
          return CalendarMath.at(c.anchor().with(TemporalAdjusters.next(d)), Granularity.DAY);
        default:
          return CalendarMath.at(c.anchor().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(wd - 1),
              Granularity.DAY);
      }
    }
    Granularity gr = granularityOf(u);
    if (gr == null) {
      return null;
    }
    if (gr == Granularity.WEEKEND) {
      return null; // the weekend rule
    }
    if (gr == Granularity.SEASON) {
      if (c.anchor() == null) {
        return new TimexValue(TimexType.DATE, "XXXX-" + seasonCode(u), null, null, null, Granularity.SEASON);
      }
      Direction d = core.equals("last") || core.equals("past") || core.equals("previous") ? Direction.PAST
          : core.equals("next") || core.equals("coming") || core.equals("following") ? Direction.FUTURE : null;
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
        if (gr == Granularity.YEAR) {
          Focus q = c.lastFocus();
          if (q != null && q.date().granularity() == Granularity.QUARTER && q.sentence() == c.sentenceIndex()
              && c.anchor() != null && q.date().begin().getYear() == c.anchor().getYear()) {
            // "the third quarter … last year"
            return CalendarMath.at(q.date().begin().minusYears(1), Granularity.QUARTER);
          }
        }
        return anchorAt(c, gr, -1);
      case "past":
        return pastDuration(c, u, gr);
      case "next":
        if (the) {
          Focus f = c.focus(gr);
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

  private static TimexValue pastDuration(ResolutionContext c, String u, Granularity gr) {
    if (c.anchor() != null && gr == Granularity.YEAR && !c.wordBefore(1).matches("for|throughout")) {
      return anchorAt(c, gr, -1); // "over the past year": TimeBank dates it (the year before)
    }
    TimexValue o = new TimexValue(TimexType.DURATION, duration(1, u), null, null, null, null);
    return c.anchor() == null ? o : o.withInterval(CalendarMath.plus(c.anchor(), gr, -1), c.anchor().plusDays(1));
  }

  private static TimexValue futureDuration(ResolutionContext c, String u, Granularity gr) {
    TimexValue o = new TimexValue(TimexType.DURATION, duration(1, u), null, null, null, null);
    return c.anchor() == null ? o : o.withInterval(c.anchor(), CalendarMath.plus(c.anchor(), gr, 1));
  }
}
