package org.newsgraph.extract.time;

import static org.newsgraph.extract.time.Holidays.*;
import static org.newsgraph.extract.time.Lex.MONTH_ABBR;
import static org.newsgraph.extract.time.Lex.MONTH_FULL;
import static org.newsgraph.extract.time.Lex.NUMW;
import static org.newsgraph.extract.time.Lex.ORDW;
import static org.newsgraph.extract.time.Lex.WEEKDAY;
import static org.newsgraph.extract.time.LookAlikes.*;
import static org.newsgraph.extract.time.Quantities.*;
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

/** Times of day: parts of the day, seasons as codes, clock times and the day they belong to. */
final class Clock {
  private Clock() {}

  static String pod(String p) {
    switch (p.toLowerCase(Locale.ROOT)) {
      case "morning":
        return "MO";
      case "afternoon":
        return "AF";
      case "evening":
        return "EV";
      default:
        return "NI";
    }
  }

  static String seasonCode(String s) {
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

  static Out timeOfDay(Out day, String code) {
    if (day == null) {
      return null;
    }
    String v = day.value().startsWith("XXXX-WXX") || day.value().contains("X") ? day.value() + "T" + code
        : day.value() + "T" + code;
    return new Out(TimexType.TIME, v, day.mod(), day.begin(), day.end(), Gran.TIME);
  }

  static Out timeOf(Out day, String hhmm) {
    return new Out(TimexType.TIME, day.value() + "T" + hhmm, null, day.begin(), day.end(), Gran.TIME);
  }

  /** The day a clock time belongs to: its own day word, else the focus day, else the anchor. */
  static Out clockDay(G g, Ctx c, String extraWeekday) {
    String w = g.lower("w");
    if (w != null) {
      int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
      return anchorAt(c, Gran.DAY, shift);
    }
    String wd = g.get("wd") != null ? g.get("wd") : extraWeekday;
    if (wd != null) {
      return weekday(c, Lex.weekday(wd), weekdayDir(c, g.begin()));
    }
    if (g.get("mon") != null && g.get("d") != null) {
      return monthDay(c, Lex.month(g.get("mon")), Integer.parseInt(g.get("d")), dir(c, Dir.NEAREST, Dir.NEAREST));
    }
    Out named = dayNamedAfter(c, g.end());
    if (named != null) {
      return named;
    }
    Ctx.Focus f = c.focus(Gran.DAY);
    if (f != null && f.out().begin() != null) {
      return Cal.at(f.out().begin(), Gran.DAY);
    }
    return anchorAt(c, Gran.DAY, 0);
  }

  /**
   * "at 3:30 p.m. on Monday", "at 8 pm (1800 GMT) on Jan. 12": the day named right after a clock time, which TimeML
   * tags as an expression of its own but which is the clock time's day.
   */
  private static final Pattern DAY_AFTER = Pattern.compile("^(?:\\s*\\([^()]{1,24}\\))?(?:\\s+(?:local\\s+time|GMT|UTC"
      + "|[ECMP][SD]T|BST|CET))?(?:\\s*\\([^()]{1,24}\\))?,?\\s+on\\s+(?:(?<wd>" + WEEKDAY + ")|(?<mon>" + MONTH_FULL
      + "|(?:" + MONTH_ABBR + ")\\.?)\\s+(?<d>[0-3]?\\d)(?!\\d))(?![\\w])", Pattern.CASE_INSENSITIVE);

  private static Out dayNamedAfter(Ctx c, int end) {
    Matcher m = DAY_AFTER.matcher(c.text).region(end, Math.min(c.text.length(), end + 80));
    m.useAnchoringBounds(true);
    if (!m.lookingAt()) {
      return null;
    }
    if (m.group("wd") != null) {
      return weekday(c, Lex.weekday(m.group("wd")), weekdayDir(c, m.start("wd")));
    }
    return monthDay(c, Lex.month(m.group("mon")), Integer.parseInt(m.group("d")), dir(c, Dir.NEAREST, Dir.NEAREST));
  }

  static Out clock(G g, Ctx c) {
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
    Out day = clockDay(g, c, null);
    if (day == null) {
      return null;
    }
    return timeOf(day, Cal.pad(h, 2) + ":" + Cal.pad(min, 2)).withMod(modOf(g.get("q")));
  }
}
