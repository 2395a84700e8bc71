package org.newsgraph.extract.time.rules;

import static org.newsgraph.extract.time.resolution.Direction.weekdayDir;
import static org.newsgraph.extract.time.resolution.NamedDates.weekday;
import static org.newsgraph.extract.time.resolution.Quantities.duration;
import static org.newsgraph.extract.time.resolution.Quantities.mod;
import static org.newsgraph.extract.time.resolution.Quantities.modOf;
import static org.newsgraph.extract.time.resolution.RelativeDates.anchorAt;
import static org.newsgraph.extract.time.resolution.RelativeDates.ref;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_ABBR;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_FULL;
import static org.newsgraph.extract.time.resolution.TimeWords.ORDINAL_WORDS;
import static org.newsgraph.extract.time.resolution.TimeWords.WEEKDAY_NAMES;
import static org.newsgraph.extract.time.resolution.TimesOfDay.partOfDayCode;
import static org.newsgraph.extract.time.resolution.TimesOfDay.timeOf;
import static org.newsgraph.extract.time.resolution.TimesOfDay.timeOfDay;
import static org.newsgraph.extract.time.rules.ClockTimes.clock;
import static org.newsgraph.extract.time.rules.ClockTimes.clockDay;
import static org.newsgraph.extract.time.rules.LookAlikes.tokenAt;
import static org.newsgraph.extract.time.rules.RegexFragments.NUMBER_WORD;
import static org.newsgraph.extract.time.rules.RegexFragments.WEEKDAY;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_END;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_START;
import static org.newsgraph.extract.time.rules.RegexFragments.preMod;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;
import org.newsgraph.extract.time.engine.RuleBook;
import org.newsgraph.extract.time.engine.RuleSet;
import org.newsgraph.extract.time.resolution.CalendarMath;
import org.newsgraph.extract.time.resolution.Focus;
import org.newsgraph.extract.time.resolution.Granularity;
import org.newsgraph.extract.time.resolution.Tense;
import org.newsgraph.extract.time.resolution.TimeWords;
import org.newsgraph.extract.time.resolution.TimexValue;

/**
 * The rules for the present and the near: "now", "the future", "today", parts of days and clock times. In
 * {@link TimeRules} after {@link DurationRules}, in this order: most specific first.
 */
final class DeicticRules implements RuleSet {
  @Override
  public void addTo(RuleBook book) {
    // now / currently / recently / the past / the future / soon
    book.add("ref", WORD_START + "(?<w>now|right\\s+now|just\\s+now|currently|current|recently|lately|nowadays"
        + "|presently|at\\s+present|the\\s+present|these\\s+days|the\\s+past"
        + "|the\\s+future|the\\s+near\\s+future|the\\s+distant\\s+future|the\\s+immediate\\s+future"
        + "|future\\s+(?:years|months|quarters|weeks|decades)|future|soon"
        + "|the\\s+moment|at\\s+this\\s+time|this\\s+(?:(?:crucial|critical|particular|difficult|delicate|historic"
        + "|decisive|sensitive)\\s+)?moment)" + WORD_END, (g, c) -> {
          String w = g.lower("w");
          Token t = tokenAt(c, g.begin());
          String nw = c.wordAfter(1);
          String pw = c.wordBefore(1);
          switch (w) {
            case "current":
              if (t != null && !t.pos().startsWith("JJ")) {
                return null;
              }
              if (nw.matches("accounts?|affairs|events|issues?|members?|carriers?|collection|form|conditions"
                  + "|situation|crisis|law|laws|system|management|shareholders|employees|owners|version|president"
                  + "|leader(s|ship)?|chairman|administration|government|regime|team|players|residents|state")) {
                return null;
              }
              return ref(c, "PRESENT_REF");
            case "recent":
              if (t != null && !t.pos().startsWith("JJ")) {
                return null;
              }
              return ref(c, "PAST_REF");
            case "future":
              if (t == null || !t.pos().equals("NN") || pw.equals("foreseeable")
                  || nw.matches("contracts?|prices?|generations?"
                  + "|deliver(y|ies)|markets?|trading|exchange")) {
                return null;
              }
              return ref(c, "FUTURE_REF");
            case "soon":
              if (pw.equals("as") || nw.equals("as") || nw.equals("after") || pw.equals("too")) {
                return null;
              }
              return ref(c, "FUTURE_REF");
            case "the moment":
              return pw.matches("at|for") ? ref(c, "PRESENT_REF") : null;
            case "this moment":
            case "this crucial moment":
            case "this critical moment":
            case "this particular moment":
            case "this difficult moment":
            case "this delicate moment":
            case "this historic moment":
            case "this decisive moment":
            case "this sensitive moment":
              return pw.equals("at") ? ref(c, "PRESENT_REF") : null; // "traveling at this crucial moment"
            case "now":
              if (t != null && t.pos().startsWith("NNP")) {
                return null;
              }
              return ref(c, "PRESENT_REF");
            case "future years":
            case "future months":
            case "future quarters":
            case "future weeks":
            case "future decades":
            case "the future":
            case "the near future":
            case "the distant future":
            case "the immediate future":
              return ref(c, "FUTURE_REF");
            case "the past": {
              Token n1 = c.after(1);
              if (n1 != null && (n1.pos().equals("CD") || n1.pos().startsWith("JJ") || n1.pos().startsWith("NN"))) {
                return null; // "the past three summers", "the past several winters": "past" modifies what follows
              }
              return ref(c, "PAST_REF");
            }
            case "recently":
            case "lately":
            case "previously":
            case "formerly":
            case "in the past":
              return ref(c, "PAST_REF");
            default:
              return ref(c, "PRESENT_REF");
          }
        });
    // in the near term / over the short term: the future, unspecified
    book.add("term", WORD_START + "the\\s+(?:near|short)(?:er)?[- ]term" + WORD_END, (g, c) -> {
      return c.wordBefore(1).matches("in|for|over|of|during|within") && !c.wordAfter(1).matches("-|\u2013")
          ? ref(c, "FUTURE_REF") : null;
    });
    // at a later date
    book.add("later-date", WORD_START + "a\\s+later\\s+(?:date|time|stage)" + WORD_END, (g, c) -> ref(c, "FUTURE_REF"));
    // the weeks ahead / the coming months ahead
    book.add("units-ahead", WORD_START + "the\\s+(?:next\\s+few\\s+|coming\\s+)?(?<u>days|weeks|months|years)\\s+ahead"
        + WORD_END,
        (g, c) -> new TimexValue(TimexType.DURATION, duration(Double.NaN, g.lower("u")), null, null, null, null));
    // the nineties / the late sixties
    book.add("decade-word", WORD_START
        + "the\\s+(?:(?<pre>early|mid|late)[- ])?(?<d>twenties|thirties|forties|fifties|sixties"
        + "|seventies|eighties|nineties)" + WORD_END, (g, c) -> {
          int d = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
              .indexOf(g.lower("d")) + 2;
          return mod(CalendarMath.at(LocalDate.of(1900 + d * 10, 1, 1), Granularity.DECADE), preMod(g));
        });
    // a five year low / a two day rally / a three hour meeting (a duration used as a modifier, no hyphen)
    book.add("adj-duration-open", WORD_START + "(?<n>\\d{1,3}|" + NUMBER_WORD
        + ")\\s+(?<u>year|day|hour|week|month|minute)" + WORD_END, (g, c) -> {
      Double n = TimeWords.quantity(g.get("n"));
      if (n == null || n.isNaN() || n < 2) {
        return null;
      }
      Token nt = c.after(1);
      if (!c.wordBefore(1).matches("a|an|the|his|her|its|their|our|this|that|first|another")
          || nt == null || !(nt.pos().startsWith("NN") || nt.pos().startsWith("JJ"))) {
        return null;
      }
      return new TimexValue(TimexType.DURATION, duration(n, g.get("u")), null, null, null, null);
    });
    // today / yesterday / tomorrow / tonight / the day before yesterday
    book.add("day-ref", WORD_START
        + "(?:(?<pre>early|late)\\s+)?(?<w>today|tonight|tomorrow|yesterday|the\\s+day\\s+before"
        + "\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)" + WORD_END, (g, c) -> {
          String w = g.lower("w");
          Token t = tokenAt(c, g.begin() + (g.has("pre") ? g.get("pre").length() + 1 : 0));
          if (t != null && t.pos().startsWith("NNP") && Character.isUpperCase(g.get("w").charAt(0))
              && w.equals("today") && c.wordAfter(1).matches("show|newspaper|programme|program")) {
            return null;
          }
          Token prev = c.before(1);
          if ((g.get("w").equals("Today") || g.get("w").equals("TODAY") && t != null && t.pos().startsWith("NN"))
              && !g.has("pre") && prev != null && prev.pos().startsWith("NNP") && TimeWords.capitalised(prev.word())) {
            return null; // "USA Today", "a USA TODAY analysis": a title that ends in the word ("RISE TODAY" stays)
          }
          int shift = w.startsWith("yesterday") ? -1 : w.startsWith("tomorrow") ? 1 : w.contains("before") ? -2
              : w.contains("after") ? 2 : 0;
          if (w.equals("tonight")) {
            return timeOfDay(anchorAt(c, Granularity.DAY, 0), "NI");
          }
          return mod(anchorAt(c, Granularity.DAY, shift), preMod(g));
        });
    // yesterday morning / this afternoon / last night / Friday evening / early Tuesday
    book.add("pod", WORD_START
        + "(?:(?<pre>early|late|mid)[\\s-]|(?<later>later|earlier)\\s+)?(?<w>yesterday|tomorrow|today|this"
        + "|last|" + WEEKDAY_NAMES + ")\\s+(?<p>morning|afternoon|evening|night|overnight)" + WORD_END, (g, c) -> {
          String w = g.lower("w");
          String p = partOfDayCode(g.get("p"));
          TimexValue day;
          if (w.equals("last")) {
            if (!p.equals("NI") && !p.equals("EV")) {
              return null;
            }
            day = anchorAt(c, Granularity.DAY, -1);
          } else if (w.equals("this") || w.equals("today")) {
            day = anchorAt(c, Granularity.DAY, 0);
          } else if (w.equals("yesterday")) {
            day = anchorAt(c, Granularity.DAY, -1);
          } else if (w.equals("tomorrow")) {
            day = anchorAt(c, Granularity.DAY, 1);
          } else {
            day = weekday(c, TimeWords.weekday(w), weekdayDir(c, g.begin()));
          }
          String mod = preMod(g);
          if (g.has("later")) {
            mod = g.lower("later").equals("later") ? "END" : "START";
          }
          return timeOfDay(day, p).withMod(mod);
        });
    // mid-afternoon yesterday / the morning / overnight
    book.add("pod-after", WORD_START + "(?:(?<pre>early|late|mid)[\\s-])?(?<p>morning|afternoon|evening|night)\\s+"
        + "(?<w>yesterday|today|tomorrow)" + WORD_END, (g, c) -> {
          String w = g.lower("w");
          int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
          return timeOfDay(anchorAt(c, Granularity.DAY, shift), partOfDayCode(g.get("p"))).withMod(preMod(g));
        });
    // (prices rose Friday …) Dealers bought heavily in the morning: the part of the day in focus
    book.add("in-the-pod", WORD_START + "the\\s+(?<p>morning|afternoon|evening)(?!\\s+of\\b)" + WORD_END, (g, c) -> {
          if (!c.wordBefore(1).matches("in|during|by|throughout")) {
            return null;
          }
          if (c.extentsOnly()) {
            return c.anchor() == null ? null : timeOfDay(anchorAt(c, Granularity.DAY, 0), partOfDayCode(g.get("p")));
          }
          Focus f = c.focus(Granularity.DAY);
          if (f == null || c.sentenceIndex() - f.sentence() > 1 || f.date().begin() == null || c.tense() != Tense.PAST
              || f.date().granularity() != Granularity.DAY && f.date().granularity() != Granularity.TIME) {
            return null; // no day in the story's focus, or a habit ("he jogs in the morning")
          }
          return timeOfDay(CalendarMath.at(f.date().begin(), Granularity.DAY), partOfDayCode(g.get("p")));
        });
    // By mid afternoon, officials were saying …: the middle of that part of the day in focus (else the anchor's)
    book.add("mid-pod", WORD_START + "mid[\\s-]?(?<p>morning|afternoon)(?!\\s+(?:yesterday|today|tomorrow|on|of)\\b)"
        + WORD_END,
        (g, c) -> {
          if (!c.wordBefore(1).matches("by|at|in|until|till|around|before|after|since|from|about")) {
            return null;
          }
          Focus f = c.focus(Granularity.DAY);
          TimexValue day = f != null && f.date().begin() != null && c.sentenceIndex() - f.sentence() <= 1
              ? CalendarMath.at(f.date().begin(), Granularity.DAY) : anchorAt(c, Granularity.DAY, 0);
          return timeOfDay(day, partOfDayCode(g.get("p"))).withMod("MID");
        });
    // today is the eighth day of "Desert Shield" / it's the second day of an offensive: today
    book.add("nth-day", WORD_START + "the\\s+(?<o>" + ORDINAL_WORDS + "|\\d{1,3}(?:st|nd|rd|th))\\s+day(?=\\s+of\\b)",
        (g, c) -> {
          String be = c.wordBefore(1);
          String subj = c.wordBefore(2);
          if (!(be.matches("is|'s|\u2019s") && subj.matches("it|today|this"))) {
            return null; // only a present-tense "it is"/"today is" names the day it is now
          }
          return anchorAt(c, Granularity.DAY, 0);
        });
    book.add("overnight", WORD_START + "(?<w>overnight)" + WORD_END, (g, c) -> {
      Token t = tokenAt(c, g.begin());
      if (t == null || !t.pos().startsWith("RB") && !t.pos().startsWith("NN")) {
        return null;
      }
      return timeOfDay(anchorAt(c, Granularity.DAY, c.tense() == Tense.FUTURE ? 0 : -1), "NI");
    });
    // 10:35 a.m. / 5 p.m. EST, Nov. 6 / around 7:15 p.m. / 14:30 / noon Thursday
    book.add("clock", WORD_START
        + "(?:(?<q>about|around|approximately|roughly|shortly\\s+before|shortly\\s+after|just\\s+before"
        + "|just\\s+after|at\\s+about|at\\s+around)\\s+)?(?<h>[012]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?"
        + "|p\\.m\\.?|am|pm|a\\s+\\.m\\.|p\\s+\\.m\\.)(?:\\s+(?<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET"
        + "|local\\s+time|\\(\\d{4}\\s+GMT\\)))?(?:,?\\s+(?:(?<w>today|yesterday|tomorrow|tonight)|" + WEEKDAY + "|"
        + "(?<mon>" + MONTH_FULL + "|(?:" + MONTH_ABBR + ")\\.?)\\s+(?<d>[0-3]?\\d)(?!\\d)))?"
        + "(?![\\w])", (g, c) -> clock(g, c));
    book.add("clock24", WORD_START
        + "(?:(?<q>about|around|approximately|at\\s+about)\\s+)?(?<h>[012]?\\d):(?<min>[0-5]\\d)"
        + "(?:\\s+(?<tz>GMT|UTC|EST|EDT|BST|CET|local\\s+time|hours|hrs))?(?![\\w:]|[.,]\\d)", (g, c) -> {
          int h = Integer.parseInt(g.get("h"));
          Token prev = c.before(1);
          if (h > 24 || prev != null && prev.word().matches("\\d+|(?i)chapter|verse|ratio|score|won|lost|beat")) {
            return null;
          }
          return clock(g, c);
        });
    // 0600 GMT / 1430 local time / at 0800 hours: the wire services' four-digit clock
    book.add("clock-hhmm", WORD_START
        + "(?<h>[01]\\d|2[0-3])(?<min>[0-5]\\d)\\s*(?<tz>GMT|UTC|(?-i:Z)|local\\s+time|hours|hrs)" + WORD_END,
        (g, c) -> g.lower("tz").startsWith("h") && !c.wordBefore(1).matches("at|by|until|till|from|before|after")
            ? null : clock(g, c)); // "1500 hours of video" is a duration
    book.add("noon", WORD_START
        + "(?:(?<q>about|around|shortly\\s+before|shortly\\s+after|just\\s+before|just\\s+after)\\s+)?"
        + "(?:(?<wd1>" + WEEKDAY_NAMES + ")\\s+)?(?<w0>noon|midnight|midday|mid-day)(?:,?\\s+(?:(?<w>today|yesterday"
        + "|tomorrow)|" + WEEKDAY + "))?" + WORD_END, (g, c) -> {
          String w0 = g.lower("w0");
          if (!g.has("wd1") && !g.has("q") && c.wordBefore(1).equals("high")) {
            return null; // "high noon": the decisive moment, not twelve o'clock
          }
          int h = w0.equals("midnight") ? 24 : 12;
          TimexValue day = clockDay(g, c, g.has("wd1") ? g.get("wd1") : null);
          if (day == null) {
            return null;
          }
          if (h == 24 && c.anchor() != null && c.anchor().equals(day.begin()) && c.tense() == Tense.PAST) {
            day = anchorAt(c, Granularity.DAY, -1); // "took place shortly after midnight": the one that began the day
          }
          return timeOf(day, CalendarMath.pad(h, 2) + ":00").withMod(modOf(g.get("q")));
        });
    // 4 in the morning
    book.add("in-the-morning", WORD_START + "(?<h>[01]?\\d|" + NUMBER_WORD
        + ")(?:\\s+o['\u2019]clock)?\\s+in\\s+the\\s+(?<p>morning"
        + "|afternoon|evening)" + WORD_END, (g, c) -> {
          Double n = TimeWords.quantity(g.get("h"));
          if (n == null || n.isNaN() || n < 1 || n > 12) {
            return null;
          }
          int h = n.intValue();
          if (!g.lower("p").equals("morning") && h < 12) {
            h += 12;
          }
          TimexValue day = clockDay(g, c, null);
          return day == null ? null : timeOf(day, CalendarMath.pad(h, 2) + ":00");
        });
  }
}
