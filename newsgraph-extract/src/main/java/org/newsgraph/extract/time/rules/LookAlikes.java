package org.newsgraph.extract.time.rules;

import static org.newsgraph.extract.time.resolution.TimeWords.WEEKDAY_NAMES;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.core.Token;
import org.newsgraph.extract.time.engine.Match;
import org.newsgraph.extract.time.resolution.ResolutionContext;
import org.newsgraph.extract.time.resolution.TimeWords;

/**
 * The checks that keep look-alikes out: "may" the verb, a count or a house number for a year, a unit word that is no
 * noun, a rate ("8.5% annually").
 */
final class LookAlikes {
  private LookAlikes() {}

  static boolean monthWordOk(ResolutionContext c, String mon, int monBegin) {
    if (mon == null || !TimeWords.capitalised(mon)) {
      return false;
    }
    String l = mon.toLowerCase(Locale.ROOT);
    for (Token t : c.tokens()) {
      if (t.span().begin() <= monBegin && monBegin < t.span().end()) {
        if ("PERSON".equals(t.ner())) {
          return false;
        }
        if ((l.equals("may") || l.startsWith("mar")) && !t.pos().startsWith("NN") && !t.pos().equals("CD")) {
          return false;
        }
      }
    }
    return true;
  }

  static Token tokenAt(ResolutionContext c, int pos) {
    for (Token t : c.tokens()) {
      if (t.span().begin() <= pos && pos < t.span().end()) {
        return t;
      }
    }
    return null;
  }

  static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "of", "from",
      "to", "through", "during", "before", "after", "last", "this", "next", "early", "late", "mid", "and", "or",
      "between", "around", "throughout", "for", "on", "that", "-", "\u2013", "/");

  /** Years need context so that counts ("2025 troops"), money and measures are not taken for dates. */
  static boolean yearOk(ResolutionContext c, Match g) {
    Token next = c.after(1);
    Token prev = c.before(1);
    if (prev != null && (prev.word().equals("$") || prev.pos().equals("$") || prev.word().matches("(?i)no\\.?|number|#"
        + "|page|route|flight|model|rule|room|type|article|section|chapter|paragraph|clause|resolution|decree|item"
        + "|gate|terminal|platform|channel|episode|version"))) {
      return false;
    }
    if (next != null) {
      String nw = next.word().toLowerCase(Locale.ROOT);
      if (nw.equals("%") || nw.equals("percent") || nw.matches("gmt|hours|hrs|local|utc|est|edt|[ap]\\.?m\\.?")) {
        return false;
      }
      if (next.pos().equals("NNS") && !g.has("pre") && !nw.matches("elections?|levels?|figures?|results?|sales"
          + "|earnings|budgets?|prices|rates|models?|games|olympics|talks|polls?|accords?|agreements?")) {
        return false;
      }
      if (next.pos().equals("CD")) {
        return false;
      }
    }
    if (prev != null && prev.pos().equals("CD") && !prev.word().matches("\\d{1,2}(st|nd|rd|th)?")) {
      return false;
    }
    return !streetNumber(c) && !nameNumber(prev);
  }

  private static final Pattern TEMPORAL_NAME = Pattern.compile("(?i)christmas|easter|thanksgiving|hanukkah|ramadan"
      + "|passover|eid|diwali|new|day|eve|spring|summer|fall|autumn|winter|fiscal|fy|year|q[1-4]|h[12]");

  /**
   * "a joint venture called Orion 1980", "Euro 2024": a number right after a proper name is part of that name
   * (a company, a product, a programme), unless the name is itself temporal ("Christmas 1998", "March 1999").
   */
  static boolean nameNumber(Token prev) {
    if (prev == null || !prev.pos().startsWith("NNP") || !TimeWords.capitalised(prev.word())) {
      return false;
    }
    if (prev.ner() != null && prev.ner().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE")) {
      return false; // "Atlanta 1996": a place and its year, as a broadcast reads out a dateline
    }
    String w = prev.word().replace(".", "");
    return TimeWords.month(w) == 0 && TimeWords.weekday(w) == 0 && !TEMPORAL_NAME.matcher(w).matches();
  }

  static final java.util.regex.Pattern STREET = java.util.regex.Pattern.compile(
      "(?i)avenue|ave\\.?|street|st\\.?|road|rd\\.?|boulevard|blvd\\.?|lane|drive|place|square|way|court|highway");

  /** "1600 Pennsylvania Avenue", "1999 Broadway Street": a house number, not a year. */
  static boolean streetNumber(ResolutionContext c) {
    for (int k = 1; k <= 4; k++) {
      Token t = c.after(k);
      if (t == null || t.word().isEmpty() || !Character.isUpperCase(t.word().codePointAt(0))) {
        return false;
      }
      if (k > 1 && STREET.matcher(t.word()).matches()) {
        return true;
      }
    }
    return false;
  }

  static int offsetOf(Match g, ResolutionContext c, String group) {
    String s = g.get(group);
    int i = c.text().indexOf(s, g.begin());
    return i < 0 ? 0 : i - g.begin();
  }

  /**
   * "the daily Granma", "the Paris daily Le Monde": "daily" as a noun for a newspaper, which a name follows
   * directly (not a weekday or a month: "published daily Monday to Friday").
   */
  static boolean newspaperNamed(ResolutionContext c) {
    Token next = c.after(1);
    Token prev = c.before(1);
    if (next == null || prev == null || !next.pos().startsWith("NNP") || !TimeWords.capitalised(next.word())
        || TimeWords.month(next.word()) > 0 || next.word().matches("(?i)" + WEEKDAY_NAMES)) {
      return false;
    }
    return prev.pos().matches("DT|NNPS?|JJ|POS|PRP\\$");
  }

  /** Checks that the unit word is a noun ("a second visit" is not a duration). */
  static boolean unitNounOk(ResolutionContext c, Match g) {
    String u = g.get("u");
    if (u == null) {
      return true;
    }
    String lu = u.toLowerCase(Locale.ROOT);
    if (!(lu.startsWith("second") || lu.startsWith("minute") || lu.startsWith("quarter"))) {
      return true;
    }
    int at = c.lastIndexOfLower(lu, g.begin(), g.end());
    Token t = at < 0 ? null : tokenAt(c, at);
    if (t == null) {
      return true;
    }
    if (lu.startsWith("quarter")) {
      String n = g.get("n");
      // "three quarters of the vote" is a fraction; "the next three quarters" is time
      return n == null || !n.trim().matches("(?i)an?|one|three") || g.groups().get("rel") != null;
    }
    return t.pos().startsWith("NN");
  }

  /**
   * Whether the words just before the match end in a quantity ("8.5%", "10,000 units", "$2 million"), which
   * makes a following "annually" or "a year" a rate rather than a time the text talks about.
   */
  static boolean rateAfterQuantity(ResolutionContext c) {
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
}
