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

/** The rules for the present and the near: "now", "today", parts of days, clock times, seasons, holidays, weekends, "the next day", "the year", and weekdays. Registered by {@link Rules} in this order: most specific first. */
final class DeicticRules {
  private DeicticRules() {}

  static void register() {
    // now / currently / recently / the past / the future / soon
    rule("ref", B + "(?<w>now|right\\s+now|just\\s+now|currently|current|recently|lately|nowadays"
        + "|presently|at\\s+present|the\\s+present|these\\s+days|the\\s+past"
        + "|the\\s+future|the\\s+near\\s+future|the\\s+distant\\s+future|the\\s+immediate\\s+future"
        + "|future\\s+(?:years|months|quarters|weeks|decades)|future|soon"
        + "|the\\s+moment|at\\s+this\\s+time|this\\s+(?:(?:crucial|critical|particular|difficult|delicate|historic"
        + "|decisive|sensitive)\\s+)?moment)" + E, (g, c) -> {
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
              if (t == null || !t.pos().equals("NN") || pw.equals("foreseeable") || nw.matches("contracts?|prices?|generations?"
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
    rule("term", B + "the\\s+(?:near|short)(?:er)?[- ]term" + E, (g, c) -> {
      return c.wordBefore(1).matches("in|for|over|of|during|within") && !c.wordAfter(1).matches("-|\u2013")
          ? ref(c, "FUTURE_REF") : null;
    });
    // at a later date
    rule("later-date", B + "a\\s+later\\s+(?:date|time|stage)" + E, (g, c) -> ref(c, "FUTURE_REF"));
    // the weeks ahead / the coming months ahead
    rule("units-ahead", B + "the\\s+(?:next\\s+few\\s+|coming\\s+)?(?<u>days|weeks|months|years)\\s+ahead" + E,
        (g, c) -> new Out(TimexType.DURATION, duration(Double.NaN, g.lower("u")), null, null, null, null));
    // the nineties / the late sixties
    rule("decade-word", B + "the\\s+(?:(?<pre>early|mid|late)[- ])?(?<d>twenties|thirties|forties|fifties|sixties"
        + "|seventies|eighties|nineties)" + E, (g, c) -> {
          int d = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
              .indexOf(g.lower("d")) + 2;
          return mod(Cal.at(LocalDate.of(1900 + d * 10, 1, 1), Gran.DECADE), preMod(g));
        });
    // a five year low / a two day rally / a three hour meeting (a duration used as a modifier, no hyphen)
    rule("adj-duration-open", B + "(?<n>\\d{1,3}|" + NW + ")\\s+(?<u>year|day|hour|week|month|minute)" + E, (g, c) -> {
      Double n = Lex.quantity(g.get("n"));
      if (n == null || n.isNaN() || n < 2) {
        return null;
      }
      Token nt = c.after(1);
      if (!c.wordBefore(1).matches("a|an|the|his|her|its|their|our|this|that|first|another")
          || nt == null || !(nt.pos().startsWith("NN") || nt.pos().startsWith("JJ"))) {
        return null;
      }
      return new Out(TimexType.DURATION, duration(n, g.get("u")), null, null, null, null);
    });
    // today / yesterday / tomorrow / tonight / the day before yesterday
    rule("day-ref", B + "(?:(?<pre>early|late)\\s+)?(?<w>today|tonight|tomorrow|yesterday|the\\s+day\\s+before"
        + "\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)" + E, (g, c) -> {
          String w = g.lower("w");
          Token t = tokenAt(c, g.begin() + (g.has("pre") ? g.get("pre").length() + 1 : 0));
          if (t != null && t.pos().startsWith("NNP") && Character.isUpperCase(g.get("w").charAt(0))
              && w.equals("today") && c.wordAfter(1).matches("show|newspaper|programme|program")) {
            return null;
          }
          Token prev = c.before(1);
          if ((g.get("w").equals("Today") || g.get("w").equals("TODAY") && t != null && t.pos().startsWith("NN"))
              && !g.has("pre") && prev != null && prev.pos().startsWith("NNP") && Lex.capitalised(prev.word())) {
            return null; // "USA Today", "a USA TODAY analysis": a title that ends in the word ("RISE TODAY" stays)
          }
          int shift = w.startsWith("yesterday") ? -1 : w.startsWith("tomorrow") ? 1 : w.contains("before") ? -2
              : w.contains("after") ? 2 : 0;
          if (w.equals("tonight")) {
            return timeOfDay(anchorAt(c, Gran.DAY, 0), "NI");
          }
          return mod(anchorAt(c, Gran.DAY, shift), preMod(g));
        });
    // yesterday morning / this afternoon / last night / Friday evening / early Tuesday
    rule("pod", B + "(?:(?<pre>early|late|mid)[\\s-]|(?<later>later|earlier)\\s+)?(?<w>yesterday|tomorrow|today|this"
        + "|last|" + WEEKDAY + ")\\s+(?<p>morning|afternoon|evening|night|overnight)" + E, (g, c) -> {
          String w = g.lower("w");
          String p = pod(g.get("p"));
          Out day;
          if (w.equals("last")) {
            if (!p.equals("NI") && !p.equals("EV")) {
              return null;
            }
            day = anchorAt(c, Gran.DAY, -1);
          } else if (w.equals("this") || w.equals("today")) {
            day = anchorAt(c, Gran.DAY, 0);
          } else if (w.equals("yesterday")) {
            day = anchorAt(c, Gran.DAY, -1);
          } else if (w.equals("tomorrow")) {
            day = anchorAt(c, Gran.DAY, 1);
          } else {
            day = weekday(c, Lex.weekday(w), weekdayDir(c, g.begin()));
          }
          String mod = preMod(g);
          if (g.has("later")) {
            mod = g.lower("later").equals("later") ? "END" : "START";
          }
          return timeOfDay(day, p).withMod(mod);
        });
    // mid-afternoon yesterday / the morning / overnight
    rule("pod-after", B + "(?:(?<pre>early|late|mid)[\\s-])?(?<p>morning|afternoon|evening|night)\\s+"
        + "(?<w>yesterday|today|tomorrow)" + E, (g, c) -> {
          String w = g.lower("w");
          int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
          return timeOfDay(anchorAt(c, Gran.DAY, shift), pod(g.get("p"))).withMod(preMod(g));
        });
    // (prices rose Friday …) Dealers bought heavily in the morning: the part of the day in focus
    rule("in-the-pod", B + "the\\s+(?<p>morning|afternoon|evening)(?!\\s+of\\b)" + E, (g, c) -> {
          if (!c.wordBefore(1).matches("in|during|by|throughout")) {
            return null;
          }
          if (c.extentsOnly) {
            return c.anchor == null ? null : timeOfDay(anchorAt(c, Gran.DAY, 0), pod(g.get("p")));
          }
          Ctx.Focus f = c.focus(Gran.DAY);
          if (f == null || c.sentenceIndex() - f.sentence() > 1 || f.out().begin() == null || c.tense() != Tense.PAST
              || f.out().gran() != Gran.DAY && f.out().gran() != Gran.TIME) {
            return null; // no day in the story's focus, or a habit ("he jogs in the morning")
          }
          return timeOfDay(Cal.at(f.out().begin(), Gran.DAY), pod(g.get("p")));
        });
    // By mid afternoon, officials were saying …: the middle of that part of the day in focus (else the anchor's)
    rule("mid-pod", B + "mid[\\s-]?(?<p>morning|afternoon)(?!\\s+(?:yesterday|today|tomorrow|on|of)\\b)" + E,
        (g, c) -> {
          if (!c.wordBefore(1).matches("by|at|in|until|till|around|before|after|since|from|about")) {
            return null;
          }
          Ctx.Focus f = c.focus(Gran.DAY);
          Out day = f != null && f.out().begin() != null && c.sentenceIndex() - f.sentence() <= 1
              ? Cal.at(f.out().begin(), Gran.DAY) : anchorAt(c, Gran.DAY, 0);
          return timeOfDay(day, pod(g.get("p"))).withMod("MID");
        });
    // today is the eighth day of "Desert Shield" / it's the second day of an offensive: today
    rule("nth-day", B + "the\\s+(?<o>" + ORDW + "|\\d{1,3}(?:st|nd|rd|th))\\s+day(?=\\s+of\\b)", (g, c) -> {
          String be = c.wordBefore(1);
          String subj = c.wordBefore(2);
          if (!(be.matches("is|'s|\u2019s") && subj.matches("it|today|this"))) {
            return null; // only a present-tense "it is"/"today is" names the day it is now
          }
          return anchorAt(c, Gran.DAY, 0);
        });
    rule("overnight", B + "(?<w>overnight)" + E, (g, c) -> {
      Token t = tokenAt(c, g.begin());
      if (t == null || !t.pos().startsWith("RB") && !t.pos().startsWith("NN")) {
        return null;
      }
      return timeOfDay(anchorAt(c, Gran.DAY, c.tense() == Tense.FUTURE ? 0 : -1), "NI");
    });
    // 10:35 a.m. / 5 p.m. EST, Nov. 6 / around 7:15 p.m. / 14:30 / noon Thursday
    rule("clock", B + "(?:(?<q>about|around|approximately|roughly|shortly\\s+before|shortly\\s+after|just\\s+before"
        + "|just\\s+after|at\\s+about|at\\s+around)\\s+)?(?<h>[012]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?"
        + "|p\\.m\\.?|am|pm|a\\s+\\.m\\.|p\\s+\\.m\\.)(?:\\s+(?<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET"
        + "|local\\s+time|\\(\\d{4}\\s+GMT\\)))?(?:,?\\s+(?:(?<w>today|yesterday|tomorrow|tonight)|" + WD + "|"
        + "(?<mon>" + MONTH_FULL + "|(?:" + MONTH_ABBR + ")\\.?)\\s+(?<d>[0-3]?\\d)(?!\\d)))?"
        + "(?![\\w])", (g, c) -> clock(g, c));
    rule("clock24", B + "(?:(?<q>about|around|approximately|at\\s+about)\\s+)?(?<h>[012]?\\d):(?<min>[0-5]\\d)"
        + "(?:\\s+(?<tz>GMT|UTC|EST|EDT|BST|CET|local\\s+time|hours|hrs))?(?![\\w:]|[.,]\\d)", (g, c) -> {
          int h = Integer.parseInt(g.get("h"));
          Token prev = c.before(1);
          if (h > 24 || prev != null && prev.word().matches("\\d+|(?i)chapter|verse|ratio|score|won|lost|beat")) {
            return null;
          }
          return clock(g, c);
        });
    // 0600 GMT / 1430 local time / at 0800 hours: the wire services' four-digit clock
    rule("clock-hhmm", B + "(?<h>[01]\\d|2[0-3])(?<min>[0-5]\\d)\\s*(?<tz>GMT|UTC|(?-i:Z)|local\\s+time|hours|hrs)" + E,
        (g, c) -> g.lower("tz").startsWith("h") && !c.wordBefore(1).matches("at|by|until|till|from|before|after")
            ? null : clock(g, c)); // "1500 hours of video" is a duration
    rule("noon", B + "(?:(?<q>about|around|shortly\\s+before|shortly\\s+after|just\\s+before|just\\s+after)\\s+)?"
        + "(?:(?<wd1>" + WEEKDAY + ")\\s+)?(?<w0>noon|midnight|midday|mid-day)(?:,?\\s+(?:(?<w>today|yesterday"
        + "|tomorrow)|" + WD + "))?" + E, (g, c) -> {
          String w0 = g.lower("w0");
          if (!g.has("wd1") && !g.has("q") && c.wordBefore(1).equals("high")) {
            return null; // "high noon": the decisive moment, not twelve o'clock
          }
          int h = w0.equals("midnight") ? 24 : 12;
          Out day = clockDay(g, c, g.has("wd1") ? g.get("wd1") : null);
          if (day == null) {
            return null;
          }
          if (h == 24 && c.anchor != null && c.anchor.equals(day.begin()) && c.tense() == Tense.PAST) {
            day = anchorAt(c, Gran.DAY, -1); // "took place shortly after midnight": the one that began the day
          }
          return timeOf(day, Cal.pad(h, 2) + ":00").withMod(modOf(g.get("q")));
        });
    // 4 in the morning
    rule("in-the-morning", B + "(?<h>[01]?\\d|" + NW + ")(?:\\s+o['\u2019]clock)?\\s+in\\s+the\\s+(?<p>morning"
        + "|afternoon|evening)" + E, (g, c) -> {
          Double n = Lex.quantity(g.get("h"));
          if (n == null || n.isNaN() || n < 1 || n > 12) {
            return null;
          }
          int h = n.intValue();
          if (!g.lower("p").equals("morning") && h < 12) {
            h += 12;
          }
          Out day = clockDay(g, c, null);
          return day == null ? null : timeOf(day, Cal.pad(h, 2) + ":00");
        });
    // summer / last fall / the summer of 1998 / early spring
    rule("season", B + PREMOD + "?(?:(?<det>the|this|last|next|that|this\\s+past|this\\s+coming)\\s+)?" + SEASON
        + "(?:\\s+(?:of\\s+)?" + YEAR + ")?" + E, (g, c) -> {
          Token t = tokenAt(c, c.text.toLowerCase(Locale.ROOT).indexOf(g.lower("s"), g.begin()));
          if (t != null && !t.pos().startsWith("NN")) {
            return null;
          }
          if (t != null && t.pos().startsWith("NNP") && !Lex.capitalised(c.wordBefore(1)) && c.wordBefore(1)
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
          Out o;
          if (g.has("y")) {
            o = Cal.at(Cal.seasonStart(Integer.parseInt(g.get("y")), code), Gran.SEASON);
          } else if (c.anchor == null) {
            o = new Out(TimexType.DATE, "XXXX-" + code, null, null, null, Gran.SEASON);
          } else {
            Dir d = det == null || det.equals("the") || det.equals("that")
                ? dir(c, Dir.NEAREST, Dir.NEAREST)
                : det.startsWith("last") || det.equals("this past") ? Dir.PAST
                : det.startsWith("next") || det.equals("this coming") ? Dir.FUTURE : null;
            o = seasonNamed(c, code, d, det != null && (det.equals("last") || det.equals("next")));
          }
          return mod(o, preMod(g));
        });
    // Christmas / New Year's / Thanksgiving / Easter week
    rule("holiday", B + "(?<h>christmas(?:\\s+day|\\s+eve)?|new\\s+year['\u2019]?s(?:\\s+day|\\s+eve)?"
        + "|thanksgiving(?:\\s+day)?|easter(?:\\s+sunday)?|good\\s+friday|halloween|independence\\s+day"
        + "|labor\\s+day|memorial\\s+day|valentine['\u2019]?s\\s+day|veterans\\s+day|boxing\\s+day"
        + "|the\\s+fourth\\s+of\\s+july|july\\s+fourth|new\\s+year['\u2019]?s\\s+day|election\\s+day"
        + "|mother['\u2019]?s\\s+day|father['\u2019]?s\\s+day|st\\.?\\s+patrick['\u2019]?s\\s+day|columbus\\s+day"
        + "|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|presidents['\u2019]?\\s+day|armistice\\s+day|bastille\\s+day)"
        + "(?<wk>\\s+week)?" + E, (g, c) -> {
          Out o = holiday(g, c);
          // "as Easter week began", "Christmas week": the (ISO) week that holds the day
          return o != null && g.has("wk") && o.begin() != null ? Cal.at(o.begin(), Gran.WEEK) : o;
        });
    // the weekend / this weekend / last weekend
    rule("weekend", B + "(?:(?<w>this|last|next|the|that|past|the\\s+past|the\\s+coming|the\\s+previous"
        + "|the\\s+following|this\\s+past|this\\s+coming)\\s+)weekend" + E, (g, c) -> {
          String w = g.lower("w");
          if (c.anchor == null) {
            return Cal.unknown(Gran.WEEKEND);
          }
          LocalDate a = c.anchor;
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
            Ctx.Focus f = c.focus(Gran.WEEK);
            pick = f != null ? f.out().begin() : lastSat;
          } else if (w.equals("this")) {
            pick = nextSat;
          } else {
            Tense t = c.tense();
            pick = t == Tense.FUTURE || t == Tense.PRESENT ? nextSat : lastSat;
          }
          return Cal.at(pick, Gran.WEEKEND);
        });
    // the next day / the following week / the previous year / that day / the same day / the day before
    rule("focus-rel", B + "(?<w>the\\s+next|the\\s+following|the\\s+previous|the\\s+prior|the\\s+preceding"
        + "|the\\s+same|that|following|previous|same)\\s+(?<u>day|week|month|year|morning|afternoon|evening|night)"
        + E, (g, c) -> {
          String w = g.lower("w").replace("the ", "");
          String u = g.lower("u");
          int shift = w.equals("next") || w.equals("following") ? 1 : w.equals("same") || w.equals("that") ? 0 : -1;
          String p = null;
          if (u.matches("morning|afternoon|evening|night")) {
            p = pod(u);
            u = "day";
          }
          if (w.equals("next") && !u.equals("day")) {
            Token t = c.before(1);
            if (t == null || !t.word().matches("(?i)in|during|by|over|within|for")) {
              // "the next year" with no focus in sight reads as a duration
              if (c.focus(gran(u)) == null) {
                return new Out(TimexType.DURATION, duration(1, u), null, null, null, null);
              }
            }
          }
          Out o = shifted(c, gran(u), shift, true);
          if (o == null) {
            return null;
          }
          if (p != null) {
            return timeOfDay(o, p);
          }
          return whole(o, gran(u));
        });
    // the day before last Tuesday's hearing / the day after Friday: that weekday, one day on
    rule("day-before-weekday", B + "(?:the\\s+)?day\\s+(?<ba>before|after)\\s+(?:(?<w>last|this|next)\\s+)?(?<u>"
        + WEEKDAY + ")" + E, (g, c) -> {
          if (!Lex.capitalised(g.get("u"))) {
            return null;
          }
          Out day = g.has("w") ? Resolution.thisLastNext(g, c, null)
              : weekday(c, Lex.weekday(g.get("u")), weekdayDir(c, g.begin()));
          if (day == null || day.begin() == null || day.gran() != Gran.DAY) {
            return day == null || day.begin() != null ? null : day;
          }
          return Cal.at(day.begin().plusDays(g.lower("ba").equals("before") ? -1 : 1), Gran.DAY);
        });
    rule("the-unit-before", B + "the\\s+(?<u>day|night|week|month|year)\\s+(?<ba>before|after|earlier|later)"
        + E, (g, c) -> {
          Token nt = c.after(1);
          if (nt != null && (!nt.pos().matches("[.,:]|CC|``|''|-RRB-|VB.*|MD|RB") || nt.pos().equals("VBG")
              && g.lower("ba").matches("before|after"))) {
            return null; // "later in the day before returning home": "before" takes the gerund
          }
          String ba = g.lower("ba");
          int shift = ba.equals("before") || ba.equals("earlier") ? -1 : 1;
          String u = g.lower("u").equals("night") ? "day" : g.lower("u");
          Out o = shifted(c, gran(u), shift, true);
          return g.lower("u").equals("night") && o != null ? timeOfDay(o, "NI") : o;
        });
    // the year (this year) / for the year (a duration)
    rule("the-year", B + "the\\s+(?:(?<fy>fiscal)\\s+)?(?<u>year|week|month|day)" + E, (g, c) -> {
      String u = g.lower("u");
      String pw = c.wordBefore(1);
      Token nt = c.after(1);
      Token nt2 = c.after(2);
      boolean ofAmount = nt != null && nt.word().equals("of") && nt2 != null
          && (nt2.word().equals("$") || nt2.pos().equals("CD")); // "a high for the year of $42.875": a price
      if (nt != null && !ofAmount && (nt.word().matches("(?i)of|before|after|that|when|in|'s|\u2019s|ahead|to|-|\u2013|and")
          || nt.pos().equals("CD") || nt.pos().startsWith("NN") || nt.pos().startsWith("JJ"))) {
        return null;
      }
      if (u.equals("day") && !g.has("fy") && pw.equals("in") && c.wordBefore(2).matches("later|earlier")) {
        // "arrived in Philadelphia later in the day": the day in focus, else the publication day
        Ctx.Focus f = c.focus(Gran.DAY);
        return f != null && f.out().begin() != null ? Cal.at(f.out().begin(), Gran.DAY) : anchorAt(c, Gran.DAY, 0);
      }
      if (!u.equals("year") || g.has("fy") && nt != null && nt.word().equals(",")) {
        return null; // not "the fiscal year, …": an appositive names it
      }
      Out fiscal = yearEnded(c, g.end());
      if (fiscal != null) {
        return fiscal; // "in the year ended March 31": a twelve-month period, whatever the preposition
      }
      // "For the year, volume was flat", "lower earnings for the fiscal year": the year the report is about, a date;
      // "over the year", "throughout the year": the stretch of it
      if (pw.matches("over|throughout|all|whole|entire")
          || nt != null && nt.word().matches("(?i)ended|ending") && pw.equals("for")) { // "for the year ending tomorrow"
        return new Out(TimexType.DURATION, "P1Y", null, null, null, null);
      }
      Ctx.Focus f = c.focus(Gran.YEAR);
      if (f != null && f.out().begin() != null && !(pw.equals("for") && c.tense() == Tense.FUTURE)) {
        return Cal.at(f.out().begin(), Gran.YEAR); // "will hurt earnings for the year": the current one, not the last named
      }
      return anchorAt(c, Gran.YEAR, 0);
    });
    // Friday / Friday's meeting / early Friday
    rule("weekday", B + "(?:(?<pre>early|late)\\s+)?" + WD + E, (g, c) -> {
      if (!Lex.capitalised(g.get("wd"))) {
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
      Token t = tokenAt(c, c.text.toLowerCase(Locale.ROOT).indexOf(g.lower("wd"), g.begin()));
      if (t != null && "PERSON".equals(t.ner())) {
        return null;
      }
      return mod(weekday(c, Lex.weekday(g.get("wd")), weekdayDir(c, g.begin())), preMod(g));
    });
  }
}
