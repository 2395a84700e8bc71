package org.newsgraph.extract.time.rules;

import static org.newsgraph.extract.time.resolution.CalendarMath.seasonCode;
import static org.newsgraph.extract.time.resolution.Direction.weekdayDir;
import static org.newsgraph.extract.time.resolution.Holidays.holiday;
import static org.newsgraph.extract.time.resolution.NamedDates.weekday;
import static org.newsgraph.extract.time.resolution.Quantities.duration;
import static org.newsgraph.extract.time.resolution.Quantities.granularityOf;
import static org.newsgraph.extract.time.resolution.Quantities.mod;
import static org.newsgraph.extract.time.resolution.Quarters.seasonNamed;
import static org.newsgraph.extract.time.resolution.Quarters.yearEnded;
import static org.newsgraph.extract.time.resolution.RelativeDates.anchorAt;
import static org.newsgraph.extract.time.resolution.RelativeDates.shifted;
import static org.newsgraph.extract.time.resolution.RelativeDates.whole;
import static org.newsgraph.extract.time.resolution.TimeWords.WEEKDAY_NAMES;
import static org.newsgraph.extract.time.resolution.TimesOfDay.partOfDayCode;
import static org.newsgraph.extract.time.resolution.TimesOfDay.timeOfDay;
import static org.newsgraph.extract.time.rules.LookAlikes.tokenAt;
import static org.newsgraph.extract.time.rules.RegexFragments.PREMODIFIER;
import static org.newsgraph.extract.time.rules.RegexFragments.SEASON;
import static org.newsgraph.extract.time.rules.RegexFragments.WEEKDAY;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_END;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_START;
import static org.newsgraph.extract.time.rules.RegexFragments.YEAR;
import static org.newsgraph.extract.time.rules.RegexFragments.preMod;
import static org.newsgraph.extract.time.rules.ThisLastNext.thisLastNext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;
import org.newsgraph.extract.time.engine.RuleBook;
import org.newsgraph.extract.time.engine.RuleSet;
import org.newsgraph.extract.time.resolution.CalendarMath;
import org.newsgraph.extract.time.resolution.Direction;
import org.newsgraph.extract.time.resolution.Focus;
import org.newsgraph.extract.time.resolution.Granularity;
import org.newsgraph.extract.time.resolution.Tense;
import org.newsgraph.extract.time.resolution.TimeWords;
import org.newsgraph.extract.time.resolution.TimexValue;

/**
 * The rules for seasons, holidays, weekends, the day, week or year in focus ("the next day", "the year") and
 * weekdays. Last in {@link TimeRules}, right after {@link DeicticRules}, in this order: most specific first.
 */
final class DayAndSeasonRules implements RuleSet {
  @Override
  public void addTo(RuleBook book) {
    // summer / last fall / the summer of 1998 / early spring
    book.add("season", WORD_START + PREMODIFIER
        + "?(?:(?<det>the|this|last|next|that|this\\s+past|this\\s+coming)\\s+)?" + SEASON
        + "(?:\\s+(?:of\\s+)?" + YEAR + ")?" + WORD_END, (g, c) -> {
          Token t = tokenAt(c, c.indexOfLower(g.lower("s"), g.begin(), g.end()));
          if (t != null && !t.pos().startsWith("NN")) {
            return null;
          }
          if (t != null && t.pos().startsWith("NNP") && !TimeWords.capitalised(c.wordBefore(1)) && c.wordBefore(1)
              .matches("[a-z].*")) {
            // a capitalised season inside running text is usually a name; keep it only with context
            if (!g.has("det") && !g.has("y") && !g.has("pre") && !g.has("mid")) {
              return null;
            }
          }
          String code = seasonCode(g.get("s"));
          String det = g.lower("det");
          String pw = c.wordBefore(1);
          if (det == null && !g.has("y") && !g.has("pre") && !g.has("mid")
              && !pw.matches("in|during|since|until|by|over|through|throughout|before|after|this|last|next|early"
              + "|late|and")) {
            return null;
          }
          TimexValue o;
          if (g.has("y")) {
            o = CalendarMath.at(CalendarMath.seasonStart(Integer.parseInt(g.get("y")), code), Granularity.SEASON);
          } else if (c.anchor() == null) {
            o = new TimexValue(TimexType.DATE, "XXXX-" + code, null, null, null, Granularity.SEASON);
          } else {
            Direction d = det == null || det.equals("the") || det.equals("that")
                ? Direction.byTense(c, Direction.NEAREST, Direction.NEAREST)
                : det.startsWith("last") || det.equals("this past") ? Direction.PAST
                : det.startsWith("next") || det.equals("this coming") ? Direction.FUTURE : null;
            o = seasonNamed(c, code, d, det != null && (det.equals("last") || det.equals("next")));
          }
          return mod(o, preMod(g));
        });
    // Christmas / New Year's / Thanksgiving / Easter week
    book.add("holiday", WORD_START + "(?<h>christmas(?:\\s+day|\\s+eve)?|new\\s+year['\u2019]?s(?:\\s+day|\\s+eve)?"
        + "|thanksgiving(?:\\s+day)?|easter(?:\\s+sunday)?|good\\s+friday|halloween|independence\\s+day"
        + "|labor\\s+day|memorial\\s+day|valentine['\u2019]?s\\s+day|veterans\\s+day|boxing\\s+day"
        + "|the\\s+fourth\\s+of\\s+july|july\\s+fourth|new\\s+year['\u2019]?s\\s+day|election\\s+day"
        + "|mother['\u2019]?s\\s+day|father['\u2019]?s\\s+day|st\\.?\\s+patrick['\u2019]?s\\s+day|columbus\\s+day"
        + "|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|presidents['\u2019]?\\s+day|armistice\\s+day|bastille\\s+day)"
        + "(?<wk>\\s+week)?" + WORD_END, (g, c) -> {
          TimexValue o = holiday(g.get("h"), c);
          // "as Easter week began", "Christmas week": the (ISO) week that holds the day
          return o != null && g.has("wk") && o.begin() != null ? CalendarMath.at(o.begin(), Granularity.WEEK) : o;
        });
    // the weekend / this weekend / last weekend
    book.add("weekend", WORD_START + "(?:(?<w>this|last|next|the|that|past|the\\s+past|the\\s+coming|the\\s+previous"
        + "|the\\s+following|this\\s+past|this\\s+coming)\\s+)weekend" + WORD_END, (g, c) -> {
          String w = g.lower("w");
          if (c.anchor() == null) {
            return CalendarMath.unknown(Granularity.WEEKEND);
          }
          LocalDate a = c.anchor();
          LocalDate lastSat = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
          LocalDate nextSat = a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
          if (a.getDayOfWeek() == DayOfWeek.SUNDAY) {
            nextSat = lastSat;
          }
          LocalDate pick;
          if (w.contains("past") || w.equals("last") || w.contains("previous")) {
            pick = a.getDayOfWeek().getValue() >= 6 ? lastSat.minusWeeks(1) : lastSat;
          } else if (w.contains("coming") || w.equals("next") || w.contains("following")) {
            pick = nextSat;
          } else if (w.equals("that")) {
            Focus f = c.focus(Granularity.WEEK);
            pick = f != null ? f.date().begin() : lastSat;
          } else if (w.equals("this")) {
            pick = nextSat;
          } else {
            Tense t = c.tense();
            pick = t == Tense.FUTURE || t == Tense.PRESENT ? nextSat : lastSat;
          }
          return CalendarMath.at(pick, Granularity.WEEKEND);
        });
    // the next day / the following week / the previous year / that day / the same day / the day before
    book.add("focus-rel", WORD_START + "(?<w>the\\s+next|the\\s+following|the\\s+previous|the\\s+prior|the\\s+preceding"
        + "|the\\s+same|that|following|previous|same)\\s+(?<u>day|week|month|year|morning|afternoon|evening|night)"
        + WORD_END, (g, c) -> {
          String w = g.lower("w").replace("the ", "");
          String u = g.lower("u");
          int shift = w.equals("next") || w.equals("following") ? 1 : w.equals("same") || w.equals("that") ? 0 : -1;
          String p = null;
          if (u.matches("morning|afternoon|evening|night")) {
            p = partOfDayCode(u);
            u = "day";
          }
          if (w.equals("next") && !u.equals("day")) {
            Token t = c.before(1);
            if (t == null || !t.word().matches("(?i)in|during|by|over|within|for")) {
              // "the next year" with no focus in sight reads as a duration
              if (c.focus(granularityOf(u)) == null) {
                return new TimexValue(TimexType.DURATION, duration(1, u), null, null, null, null);
              }
            }
          }
          TimexValue o = shifted(c, granularityOf(u), shift, true);
          if (o == null) {
            return null;
          }
          if (p != null) {
            return timeOfDay(o, p);
          }
          return whole(o, granularityOf(u));
        });
    // the day before last Tuesday's hearing / the day after Friday: that weekday, one day on
    book.add("day-before-weekday", WORD_START
        + "(?:the\\s+)?day\\s+(?<ba>before|after)\\s+(?:(?<w>last|this|next)\\s+)?(?<u>"
        + WEEKDAY_NAMES + ")" + WORD_END, (g, c) -> {
          if (!TimeWords.capitalised(g.get("u"))) {
            return null;
          }
          TimexValue day = g.has("w") ? thisLastNext(g, c, null)
              : weekday(c, TimeWords.weekday(g.get("u")), weekdayDir(c, g.begin()));
          if (day == null || day.begin() == null || day.granularity() != Granularity.DAY) {
            return day == null || day.begin() != null ? null : day;
          }
          return CalendarMath.at(day.begin().plusDays(g.lower("ba").equals("before") ? -1 : 1), Granularity.DAY);
        });
    book.add("the-unit-before", WORD_START
        + "the\\s+(?<u>day|night|week|month|year)\\s+(?<ba>before|after|earlier|later)"
        + WORD_END, (g, c) -> {
          Token nt = c.after(1);
          if (nt != null && (!nt.pos().matches("[.,:]|CC|``|''|-RRB-|VB.*|MD|RB") || nt.pos().equals("VBG")
              && g.lower("ba").matches("before|after"))) {
            return null; // "later in the day before returning home": "before" takes the gerund
          }
          String ba = g.lower("ba");
          int shift = ba.equals("before") || ba.equals("earlier") ? -1 : 1;
          String u = g.lower("u").equals("night") ? "day" : g.lower("u");
          TimexValue o = shifted(c, granularityOf(u), shift, true);
          return g.lower("u").equals("night") && o != null ? timeOfDay(o, "NI") : o;
        });
    // the year (this year) / for the year (a duration)
    book.add("the-year", WORD_START + "the\\s+(?:(?<fy>fiscal)\\s+)?(?<u>year|week|month|day)" + WORD_END, (g, c) -> {
      String u = g.lower("u");
      String pw = c.wordBefore(1);
      Token nt = c.after(1);
      Token nt2 = c.after(2);
      boolean ofAmount = nt != null && nt.word().equals("of") && nt2 != null
          && (nt2.word().equals("$") || nt2.pos().equals("CD")); // "a high for the year of $42.875": a price
      if (nt != null && !ofAmount
          && (nt.word().matches("(?i)of|before|after|that|when|in|'s|\u2019s|ahead|to|-|\u2013|and")
          || nt.pos().equals("CD") || nt.pos().startsWith("NN") || nt.pos().startsWith("JJ"))) {
        return null;
      }
      if (u.equals("day") && !g.has("fy") && pw.equals("in") && c.wordBefore(2).matches("later|earlier")) {
        // "arrived in Philadelphia later in the day": the day in focus, else the publication day
        Focus f = c.focus(Granularity.DAY);
        return f != null && f.date().begin() != null ? CalendarMath.at(f.date().begin(), Granularity.DAY)
            : anchorAt(c, Granularity.DAY, 0);
      }
      if (!u.equals("year") || g.has("fy") && nt != null && nt.word().equals(",")) {
        return null; // not "the fiscal year, …": an appositive names it
      }
      TimexValue fiscal = yearEnded(c, g.end());
      if (fiscal != null) {
        return fiscal; // "in the year ended March 31": a twelve-month period, whatever the preposition
      }
      // "For the year, volume was flat", "lower earnings for the fiscal year": the year the report is about, a date;
      // "over the year", "throughout the year": the stretch of it
      if (pw.matches("over|throughout|all|whole|entire")
          // "for the year ending tomorrow"
          || nt != null && nt.word().matches("(?i)ended|ending") && pw.equals("for")) {
        return new TimexValue(TimexType.DURATION, "P1Y", null, null, null, null);
      }
      Focus f = c.focus(Granularity.YEAR);
      if (f != null && f.date().begin() != null && !(pw.equals("for") && c.tense() == Tense.FUTURE)) {
        // "will hurt earnings for the year": the current one, not the last named
        return CalendarMath.at(f.date().begin(), Granularity.YEAR);
      }
      return anchorAt(c, Granularity.YEAR, 0);
    });
    // Friday / Friday's meeting / early Friday
    book.add("weekday", WORD_START + "(?:(?<pre>early|late)\\s+)?" + WEEKDAY + WORD_END, (g, c) -> {
      if (!TimeWords.capitalised(g.get("wd"))) {
        return null;
      }
      String nw = c.wordAfter(1);
      if (nw.matches("prayers?|sermons?|mosque") || c.wordBefore(1).matches("black|man|girl|cyber|super|good")) {
        return null;
      }
      if (nw.equals("'s") || nw.equals("\u2019s")) {
        String nw2 = c.wordAfter(2);
        if (nw2.matches("prayers?|sermons?")) {
          return null;
        }
      }
      Token t = tokenAt(c, c.indexOfLower(g.lower("wd"), g.begin(), g.end()));
      if (t != null && "PERSON".equals(t.ner())) {
        return null;
      }
      return mod(weekday(c, TimeWords.weekday(g.get("wd")), weekdayDir(c, g.begin())), preMod(g));
    });
  }
}
