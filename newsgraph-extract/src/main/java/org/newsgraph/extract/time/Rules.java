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
 * The rules of the time tagger: each one a regular expression over the text (words, case-insensitive) and a
 * handler that checks the match against the tokens (part of speech, neighbours) and resolves it against the
 * anchor, the tense and the temporal focus. Written for this project; the ideas (patterns plus normalisation
 * functions) are those of rule-based taggers in general. This class is the engine (the regex fragments, rule
 * registration, matching); the rules themselves are in {@link CalendarRules}, {@link DurationRules} and
 * {@link DeicticRules}, and what they resolve with in {@link Resolution} and the classes it names.
 */
final class Rules {
  private Rules() {}

  /** Resolves one match; returns null to reject it. */
  interface Handler {
    Out apply(G g, Ctx c);
  }

  /** The named groups of one match. */
  record G(Map<String, String> groups, int begin, int end) {
    String get(String name) {
      return groups.get(name);
    }

    boolean has(String name) {
      return groups.get(name) != null;
    }

    String lower(String name) {
      String s = groups.get(name);
      return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
  }

  record Rule(String name, Pattern pattern, List<String> groupNames, Handler handler) {}

  static final List<Rule> RULES = new ArrayList<>();

  /** How many sentences back an earnings report's quarter stays the subject of "a year earlier". */
  static final int REPORT_WINDOW = 6;

  // ---- regex fragments --------------------------------------------------------------------------------------
  static final String B = "(?<![\\w'\u2019-])";
  static final String E = "(?![\\w])";
  static final String MON = "(?<mon>(?:" + MONTH_FULL + ")|(?:" + MONTH_ABBR + ")\\.?)";
  static final String MONX = "(?<mon>(?:" + MONTH_FULL + ")|(?:" + MONTH_ABBR + ")\\.?)";
  static final String WD = "(?<wd>" + WEEKDAY + ")";
  static final String YEAR = "(?<y>(?:1[5-9]|20)\\d\\d)(?![\\w%]|[.,]\\d)";
  static final String DAYN = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\w]|:\\d|[.,]\\d)";
  static final String NW = "(?:" + NUMW + ")";
  static final String NUM = "(?:\\d+(?:\\.\\d+)?(?:[ \u00a0]1/2)?|\\d{1,3}(?:,\\d{3})+|" + NW + "(?:[- ]" + NW
      + ")*(?:\\s+and\\s+a\\s+half)?|a\\s+few|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+number\\s+of"
      + "|several|few|many|some|an?)";
  static final String UNITS = "(?<u>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?"
      + "|quarters?|years?|decades?|century|centuries)";
  static final String UNIT1 = "(?<u>second|minute|hour|day|night|week|month|quarter|year|decade"
      + "|century)";
  static final String QMOD = "(?<q>more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most"
      + "|no\\s+more\\s+than|no\\s+less\\s+than|up\\s+to|nearly|almost|about|around|approximately|roughly|some"
      + "|under|just\\s+over|just\\s+under|well\\s+over|close\\s+to|upwards\\s+of|as\\s+many\\s+as"
      + "|as\\s+long\\s+as|the\\s+better\\s+part\\s+of|only|just|barely|a\\s+full|fully)";
  static final String PREMOD = "(?:(?<pre>early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of"
      + "|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+close\\s+of)\\s+|(?<mid>mid-|early-|late-))";
  static final String SEASON = "(?<s>spring|summer|fall|autumn|winter)";
  static final String REL_UNIT = "(?<u>week|month|year|quarter|decade|century|spring|summer|fall|autumn"
      + "|winter|weekend|" + WEEKDAY + "|" + MONTH_FULL + ")";

  private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  static void rule(String name, String regex, Handler h) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> names = new ArrayList<>();
    Matcher m = GROUP.matcher(regex);
    while (m.find()) {
      names.add(m.group(1));
    }
    RULES.add(new Rule(name, p, List.copyOf(names), h));
  }

  /** All matches of all rules in {@code text}, in rule order. */
  static List<Candidate> candidates(String original) {
    // No-break spaces ("March\u202f2024" in pasted pages) are spaces to the rules; offsets stay the same.
    String text = original.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ');
    List<Candidate> out = new ArrayList<>();
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        String covered = text.substring(m.start(), m.end());
        if (covered.matches("(?s).*\\n\\s*\\n.*")) {
          continue;
        }
        Map<String, String> gs = new HashMap<>();
        for (String n : rule.groupNames()) {
          gs.put(n, m.group(n));
        }
        out.add(new Candidate(r, new G(gs, m.start(), m.end())));
      }
    }
    return out;
  }

  record Candidate(int rule, G g) {
    int length() {
      return g.end() - g.begin();
    }
  }


  // the rules, most specific first (ties in length go to the earlier rule)
  static {
    CalendarRules.register();
    PeriodRules.register();
    DurationRules.register();
    DeicticRules.register();
  }
}
