package org.newsgraph.extract.time.rules;

import static org.newsgraph.extract.time.resolution.CalendarMath.seasonCode;
import static org.newsgraph.extract.time.resolution.Quantities.duration;
import static org.newsgraph.extract.time.resolution.Quantities.granularityOf;
import static org.newsgraph.extract.time.resolution.Quantities.modOf;
import static org.newsgraph.extract.time.resolution.Quantities.unitKey;
import static org.newsgraph.extract.time.resolution.RelativeDates.ref;
import static org.newsgraph.extract.time.resolution.TimeWords.MONTH_FULL;
import static org.newsgraph.extract.time.resolution.TimeWords.WEEKDAY_NAMES;
import static org.newsgraph.extract.time.resolution.TimesOfDay.partOfDayCode;
import static org.newsgraph.extract.time.rules.LookAlikes.newspaperNamed;
import static org.newsgraph.extract.time.rules.LookAlikes.rateAfterQuantity;
import static org.newsgraph.extract.time.rules.LookAlikes.tokenAt;
import static org.newsgraph.extract.time.rules.LookAlikes.unitNounOk;
import static org.newsgraph.extract.time.rules.RegexFragments.NUMBER_WORD;
import static org.newsgraph.extract.time.rules.RegexFragments.QUANTITY;
import static org.newsgraph.extract.time.rules.RegexFragments.QUANTITY_MODIFIER;
import static org.newsgraph.extract.time.rules.RegexFragments.SEASON;
import static org.newsgraph.extract.time.rules.RegexFragments.UNIT;
import static org.newsgraph.extract.time.rules.RegexFragments.UNITS;
import static org.newsgraph.extract.time.rules.RegexFragments.WEEKDAY;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_END;
import static org.newsgraph.extract.time.rules.RegexFragments.WORD_START;

import java.util.Locale;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;
import org.newsgraph.extract.time.engine.RuleBook;
import org.newsgraph.extract.time.engine.RuleSet;
import org.newsgraph.extract.time.resolution.CalendarMath;
import org.newsgraph.extract.time.resolution.Granularity;
import org.newsgraph.extract.time.resolution.TimeWords;
import org.newsgraph.extract.time.resolution.TimexValue;

/**
 * The rules for durations ("three years", "four-day trip", "recent years") and sets ("every Friday", "annually").
 * In {@link TimeRules} after {@link PeriodRules}, in this order: most specific first.
 */
final class DurationRules implements RuleSet {
  @Override
  public void addTo(RuleBook book) {
    // three years / the past few months / more than four hours / the first nine months
    book.add("duration", WORD_START + "(?:" + QUANTITY_MODIFIER
        + "\\s+)?(?:(?<the>the|a|an|this|that|those|these)\\s+)?(?:(?<rel>past|last"
        + "|next|coming|first|final|previous|following|latest|recent|remaining|initial|ensuing|intervening"
        + "|additional|other|same|full|entire|whole|preceding|prior)\\s+)?(?<n>" + QUANTITY
            + ")(?:\\s+(?:more|additional"
        + "|further|extra))?(?:\\s+(?:trading"
        + "|business|working|calendar|full|straight|consecutive|long))?\\s+" + UNITS
        + "(?<half>\\s+and\\s+a\\s+half)?" + WORD_END, (g, c) -> {
          Double n = TimeWords.quantity(g.get("n"));
          if (n == null) {
            return null;
          }
          if (g.has("half")) {
            n += 0.5;
          }
          String the = g.lower("the");
          String nl = g.lower("n");
          if (nl.matches("(1[5-9]|20)\\d\\d|0\\d{3}")) {
            return null; // "the 1988 quarter": a year, not 1,988 quarters; "0800 hours": a clock time
          }
          String u = unitKey(g.get("u"));
          boolean plural = g.get("u").toLowerCase(Locale.ROOT).endsWith("s") || u.equals("century")
              && g.lower("u").equals("centuries");
          if (!unitNounOk(c, g)) {
            return null;
          }
          if (c.wordAfter(1).equals("old") && the == null && g.get("rel") == null) {
            return null; // "Mr. Schwarz, 52 years old": an age, not a period the text talks about
          }
          if (the != null && (the.equals("a") || the.equals("an")) && !n.isNaN()
              && !nl.matches("couple(?: of)?|hundred")) { // "a couple of years", "a hundred years" are counts
            return null; // "a two-year": handled elsewhere
          }
          Token before = c.before(1);
          if (nl.equals("one") && u.equals("day") && !plural && the == null && g.get("q") == null
              && g.get("rel") == null && before != null && before.pos().equals("MD")) {
            return ref(c, "FUTURE_REF"); // "Islam will one day be …": some day, not a period of one day
          }
          if (the != null && (the.equals("that") || the.equals("this")) && plural && !n.isNaN() && n > 1) {
            return null; // "objections that four days seemed punitive": "that" opens a clause
          }
          if ((nl.equals("some") || nl.equals("many")) && !plural) {
            return null; // "some day", "many a year"
          }
          if (!n.isNaN() && n == 1 && plural && !nl.matches("\\d+")) {
            return null;
          }
          if (n.isNaN() && !plural) {
            return null;
          }
          if ((nl.equals("a") || nl.equals("an")) && the == null && g.get("q") == null && g.get("rel") == null) {
            Token prev = c.before(1);
            if (prev != null && (prev.pos().equals("CD") || prev.word().matches("(?i)times|twice|once|per|%"))) {
              return null; // "$5 a year": a set
            }
          }
          if (u.equals("weekend")) {
            return null;
          }
          if (u.equals("quarter") && n == 2 && g.has("rel") && g.lower("rel").matches("first|last")
              && c.wordAfter(1).equals("of")) {
            return null; // "the first two quarters of 1990": the first half, a date
          }
          String rel = g.lower("rel");
          String mod = modOf(g.get("q"));
          TimexValue o = new TimexValue(TimexType.DURATION, duration(n, u), mod, null, null, null);
          if (c.anchor() != null && rel != null && !n.isNaN() && granularityOf(u) != null
              && granularityOf(u) != Granularity.TIME) {
            long k = Math.round(Math.ceil(n));
            if (rel.equals("past") || rel.equals("last") || rel.equals("previous") || rel.equals("recent")
                || rel.equals("preceding") || rel.equals("prior")) {
              o = o.withInterval(CalendarMath.plus(c.anchor(), granularityOf(u), -k), c.anchor().plusDays(1));
            } else if (rel.equals("next") || rel.equals("coming") || rel.equals("following")) {
              o = o.withInterval(c.anchor(), CalendarMath.plus(c.anchor(), granularityOf(u), k));
            }
          } else if (c.anchor() != null && rel != null && !n.isNaN() && granularityOf(u) == Granularity.TIME) {
            // "the past 24 hours": the days those hours reach back into, to the end of the anchor day
            long days = u.equals("hour") ? Math.round(Math.ceil(n / 24)) : 0;
            if (rel.matches("past|last|previous|recent|preceding|prior")) {
              o = o.withInterval(c.anchor().minusDays(days), c.anchor().plusDays(1));
            } else if (rel.matches("next|coming|following")) {
              o = o.withInterval(c.anchor(), c.anchor().plusDays(days + 1));
            }
          } else if (c.anchor() != null && rel != null && n.isNaN()
              && (rel.equals("past") || rel.equals("last") || rel.equals("recent"))) {
            o = o.withInterval(null, c.anchor().plusDays(1));
          }
          return o;
        });
    // three-year conflict / four-day trip / 8-month-old
    // a day-long meeting / a decades-long battle / a several-year tenure / a years-old slump
    book.add("adj-duration-vague", WORD_START
        + "(?:(?<u1>day|night|week|month|year|hour)-long|(?<u>seconds|minutes|hours|days"
        + "|weeks|months|years|decades|centuries)-(?:long|old)|(?:several|multi|many)-(?<u2>day|week|month|year"
        + "|decade))" + WORD_END, (g, c) -> {
          if (g.has("u1")) {
            return new TimexValue(TimexType.DURATION, duration(1, g.get("u1")), null, null, null, null);
          }
          return new TimexValue(TimexType.DURATION, duration(Double.NaN, g.has("u") ? g.get("u") : g.get("u2")),
              null, null, null, null);
        });
    book.add("adj-duration", WORD_START + "(?<n>\\d+(?:\\.\\d+)?|" + NUMBER_WORD + "(?:-" + NUMBER_WORD + ")?|half)-"
        + UNIT
        + "(?:-long|(?<old>-old))?" + WORD_END, (g, c) -> {
          String nl = g.lower("n");
          Double n = nl.equals("half") ? Double.valueOf(0.5) : TimeWords.quantity(nl);
          if (n == null || n.isNaN() || g.get("old") != null) {
            return null;
          }
          return new TimexValue(TimexType.DURATION, duration(n, g.get("u")), null, null, null, null);
        });
    // recent years / for years / coming weeks / the years
    book.add("bare-units", WORD_START + "(?<pre>(?:recent|coming|past|the\\s+past|the\\s+coming|the\\s+next|the\\s+last"
        + "|the\\s+early)\\s+)?(?<u>seconds|minutes|hours|days|weeks|months|years|decades"
        + "|centuries|quarters)" + WORD_END, (g, c) -> {
          String pre = g.lower("pre");
          String u = g.lower("u");
          if (pre == null) {
            String pw = c.wordBefore(1);
            Token nt = c.after(1);
            boolean follows = nt == null || nt.pos().matches("[.,:]|CC|IN|TO|``|''|-RRB-|RB|WRB|WDT");
            // "over the years", "in the years that followed": an unspecified stretch (not "the weeks before the
            // shooting", which hangs on an event); "for the first time in years"
            boolean overThe = pw.equals("the") && c.wordBefore(2).matches("over|in|during|throughout")
                && !(nt != null && nt.word().matches("(?i)before|after|of|ahead|leading|since|to"));
            if (!(pw.matches("for|over|within|took|take|takes|lasted|last|spent|spend|after|in") && follows
                || pw.equals("for") || overThe)) {
              return null;
            }
          }
          if (pre != null && pre.trim().matches("the|the\\s+early")) {
            Token nt = c.after(1);
            if (nt != null && nt.word().equalsIgnoreCase("of")) {
              return null; // "the early hours of Thursday morning": a part of that day, which is tagged itself
            }
          }
          if (pre != null && pre.contains("recent") && u.equals("years")) {
            return ref(c, "PAST_REF");
          }
          return new TimexValue(TimexType.DURATION, duration(Double.NaN, u), null, null, null, null);
        });
    // $5 a year / twice a week / every day / each month / every other week
    book.add("set-every", WORD_START + "(?:(?<f>once|twice|thrice|(?:\\d+|" + NUMBER_WORD
        + ")\\s+times)\\s+)?(?<det>a|an|per|each|every)"
        + "\\s+(?<other>other\\s+)?(?:(?<n>\\d+|" + NUMBER_WORD + ")\\s+)?" + UNITS + WORD_END, (g, c) -> {
          String det = g.lower("det");
          boolean strong = g.has("f") || det.equals("per") || det.equals("each") || det.equals("every");
          if (det.equals("per") && !g.has("f") && unitKey(g.get("u")).matches("second|minute|hour")) {
            Token prev = c.before(1);
            if (prev != null && prev.pos().startsWith("NN")) {
              return null; // "15 million instructions per second", "miles per hour": a unit of speed, not a time
            }
          }
          if (!strong) {
            Token prev = c.before(1);
            if (prev == null || !(prev.pos().equals("CD") || prev.word().matches("(?i)%|percent|cents?|dollars?"
                + "|yen|marks|francs|pounds|euros?|times"))) {
              return null;
            }
          }
          if (!unitNounOk(c, g)) {
            return null;
          }
          Double n = g.has("n") ? TimeWords.quantity(g.get("n")) : Double.valueOf(1);
          if (n == null || n.isNaN()) {
            return null;
          }
          if (g.has("other")) {
            n = n * 2;
          }
          String u = unitKey(g.get("u"));
          if (u.equals("weekend")) {
            return new TimexValue(TimexType.SET, "XXXX-WXX-WE", null, null, null, null);
          }
          return new TimexValue(TimexType.SET, duration(n, u), null, null, null, null);
        });
    // every Friday / each July / every summer / every morning
    book.add("set-each-named", WORD_START + "(?:every|each)\\s+(?:(?<wd>" + WEEKDAY_NAMES + ")|(?<mon>" + MONTH_FULL
        + ")|" + SEASON
        + "|(?<p>morning|afternoon|evening|night))" + WORD_END, (g, c) -> {
          if (g.has("wd")) {
            return new TimexValue(TimexType.SET, "XXXX-WXX-" + TimeWords.weekday(g.get("wd")), null, null, null, null);
          }
          if (g.has("mon")) {
            return new TimexValue(TimexType.SET, "XXXX-" + CalendarMath.pad(TimeWords.month(g.get("mon")), 2), null,
                null, null, null);
          }
          if (g.has("s")) {
            return new TimexValue(TimexType.SET, "XXXX-" + seasonCode(g.get("s")), null, null, null, null);
          }
          return new TimexValue(TimexType.SET, "TXX" + partOfDayCode(g.get("p")), null, null, null, null);
        });
    // daily / weekly / annually
    book.add("set-adverb", WORD_START + "(?<w>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly"
        + "|semiannually|semi-annually|bimonthly|twice-yearly|twice-weekly)" + WORD_END, (g, c) -> {
          Token t = tokenAt(c, g.begin());
          if (t != null && t.pos().startsWith("NNP")) {
            return null;
          }
          String w = g.lower("w");
          if (w.equals("quarterly") && t != null && !t.pos().startsWith("RB")) {
            return null;
          }
          if (c.wordBefore(1).equals("average")) {
            return null; // "average daily volume": a statistic per day, not a recurring time
          }
          if (w.equals("daily") && newspaperNamed(c)) {
            return null; // "the Communist Party daily Granma": a newspaper
          }
          if (rateAfterQuantity(c)) {
            return null; // "to rise 8.5% annually", "10,000 units annually": a rate of growth or output
          }
          String v;
          switch (w) {
            case "daily":
            case "nightly":
              v = "P1D";
              break;
            case "weekly":
              v = "P1W";
              break;
            case "biweekly":
              v = "P2W";
              break;
            case "monthly":
              v = "P1M";
              break;
            case "bimonthly":
              v = "P2M";
              break;
            case "quarterly":
              v = "P1Q";
              break;
            case "hourly":
              v = "PT1H";
              break;
            case "semiannually":
            case "semi-annually":
            case "twice-yearly":
              v = "P6M";
              break;
            case "twice-weekly":
              v = "P1W";
              break;
            default:
              v = "P1Y";
          }
          return new TimexValue(TimexType.SET, v, null, null, null, null);
        });
    // on Fridays / Fridays nights / Tuesday nights
    book.add("set-weekday-plural", WORD_START + WEEKDAY
        + "(?:s(?:\\s+(?<p>mornings|afternoons|evenings|nights))?|\\s+(?<p2>mornings"
        + "|afternoons|evenings|nights))" + WORD_END, (g, c) -> {
          Token t = tokenAt(c, g.begin());
          String p = g.has("p") ? g.get("p") : g.get("p2");
          String v = "XXXX-WXX-" + TimeWords.weekday(g.get("wd"));
          if (p != null) {
            v += "T" + partOfDayCode(p.replaceAll("s$", ""));
          }
          return t != null && t.pos().startsWith("NNP") && !t.pos().equals("NNPS") && p == null ? null
              : new TimexValue(TimexType.SET, v, null, null, null, null);
        });
    // the Monday of "on Monday and Tuesday nights": a set like the day it is paired with
    book.add("set-weekday-paired", WORD_START + WEEKDAY + "(?=\\s+(?:and|or|&)\\s+(?:" + WEEKDAY_NAMES
        + ")\\s+(?<p>mornings|afternoons|evenings|nights)(?![\\w]))",
        (g, c) -> new TimexValue(TimexType.SET, "XXXX-WXX-" + TimeWords.weekday(g.get("wd")) + "T"
            + partOfDayCode(g.get("p").replaceAll("s$", "")), null, null, null, null));
  }
}
