package org.newsgraph.extract.time.rules;

import static org.newsgraph.extract.time.resolution.Direction.weekdayDir;
import static org.newsgraph.extract.time.resolution.NamedDates.monthDay;
import static org.newsgraph.extract.time.resolution.NamedDates.weekday;
import static org.newsgraph.extract.time.resolution.Quantities.modOf;
import static org.newsgraph.extract.time.resolution.RelativeDates.anchorAt;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_ABBR;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_FULL;
import static org.newsgraph.extract.time.resolution.TimeWords.WEEKDAY_NAMES;
import static org.newsgraph.extract.time.resolution.TimesOfDay.timeOf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.time.engine.Match;
import org.newsgraph.extract.time.resolution.CalendarMath;
import org.newsgraph.extract.time.resolution.Direction;
import org.newsgraph.extract.time.resolution.Focus;
import org.newsgraph.extract.time.resolution.Granularity;
import org.newsgraph.extract.time.resolution.ResolutionContext;
import org.newsgraph.extract.time.resolution.TimeWords;
import org.newsgraph.extract.time.resolution.TimexValue;

/**
 * Clock times ("10:35 a.m.", "noon Thursday", "0600 GMT") and the day each belongs to: what the clock rules of
 * {@link DeicticRules} share.
 */
final class ClockTimes {
  private ClockTimes() {}

  /** The day a clock time belongs to: its own day word, else the focus day, else the anchor. */
  static TimexValue clockDay(Match g, ResolutionContext c, String extraWeekday) {
    String w = g.lower("w");
    if (w != null) {
      int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
      return anchorAt(c, Granularity.DAY, shift);
    }
    String wd = g.get("wd") != null ? g.get("wd") : extraWeekday;
    if (wd != null) {
      return weekday(c, TimeWords.weekday(wd), weekdayDir(c, g.begin()));
    }
    if (g.get("mon") != null && g.get("d") != null) {
      return monthDay(c, TimeWords.month(g.get("mon")), Integer.parseInt(g.get("d")),
          Direction.byTense(c, Direction.NEAREST, Direction.NEAREST));
    }
    TimexValue named = dayNamedAfter(c, g.end());
    if (named != null) {
      return named;
    }
    Focus f = c.focus(Granularity.DAY);
    if (f != null && f.date().begin() != null) {
      return CalendarMath.at(f.date().begin(), Granularity.DAY);
    }
    return anchorAt(c, Granularity.DAY, 0);
  }

  /**
   * "at 3:30 p.m. on Monday", "at 8 pm (1800 GMT) on Jan. 12": the day named right after a clock time, which TimeML
   * tags as an expression of its own but which is the clock time's day.
   */
  private static final Pattern DAY_AFTER = Pattern.compile("^(?:\\s*\\([^()]{1,24}\\))?(?:\\s+(?:local\\s+time|GMT|UTC"
      + "|[ECMP][SD]T|BST|CET))?(?:\\s*\\([^()]{1,24}\\))?,?\\s+on\\s+(?:(?<wd>" + WEEKDAY_NAMES + ")|(?<mon>"
          + MONTH_FULL
      + "|(?:" + MONTH_ABBR + ")\\.?)\\s+(?<d>[0-3]?\\d)(?!\\d))(?![\\w])", Pattern.CASE_INSENSITIVE);

  private static TimexValue dayNamedAfter(ResolutionContext c, int end) {
    Matcher m = DAY_AFTER.matcher(c.text()).region(end, Math.min(c.text().length(), end + 80));
    m.useAnchoringBounds(true);
    if (!m.lookingAt()) {
      return null;
    }
    if (m.group("wd") != null) {
      return weekday(c, TimeWords.weekday(m.group("wd")), weekdayDir(c, m.start("wd")));
    }
    return monthDay(c, TimeWords.month(m.group("mon")), Integer.parseInt(m.group("d")),
        Direction.byTense(c, Direction.NEAREST, Direction.NEAREST));
  }

  static TimexValue clock(Match g, ResolutionContext c) {
    int h = Integer.parseInt(g.get("h"));
    int min = g.has("min") ? Integer.parseInt(g.get("min")) : 0;
    String ap = g.lower("ap");
    if (ap != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      boolean pm = ap.startsWith("p");
      if (pm && h < 12) {
        h += 12;
      }
      if (!pm && h == 12) {
        h = 0;
      }
    } else if (h > 24) {
      return null;
    }
    TimexValue day = clockDay(g, c, null);
    if (day == null) {
      return null;
    }
    return timeOf(day, CalendarMath.pad(h, 2) + ":" + CalendarMath.pad(min, 2)).withMod(modOf(g.get("q")));
  }
}
