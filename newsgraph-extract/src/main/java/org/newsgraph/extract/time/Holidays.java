package org.newsgraph.extract.time;

import static org.newsgraph.extract.time.Clock.*;
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

/** Holidays by name, fixed or moving (Easter, Thanksgiving, Election Day). */
final class Holidays {
  private Holidays() {}

  static Out holiday(G g, Ctx c) {
    String h = g.lower("h").replace('\u2019', '\'');
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
    if (!Lex.capitalised(g.get("h"))) {
      return null;
    }
    if (c.anchor == null) {
      LocalDate ref = f.in(2001);
      LocalDate other = f.in(2002);
      boolean fixed = ref.getMonthValue() == other.getMonthValue() && ref.getDayOfMonth() == other.getDayOfMonth();
      return new Out(TimexType.DATE, fixed ? "XXXX-" + Cal.pad(ref.getMonthValue(), 2) + "-"
          + Cal.pad(ref.getDayOfMonth(), 2) : "XXXX-XX-XX", null, null, null, Gran.DAY);
    }
    return nearestYearly(c, f, dir(c, Dir.NEAREST, Dir.NEAREST));
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
