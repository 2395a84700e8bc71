package org.newsgraph.extract.time.rules;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.time.engine.RuleBook;

/**
 * The catalogue of the time rules: the rule sets in the order the tagger tries them (most specific first; a tie in
 * length goes to the earlier rule), and the rules whose dates stand on their own.
 */
public final class TimeRules {
  private TimeRules() {}

  /** Rules whose dates stand on their own (a year is written out): they may anchor "a year later". */
  private static final Set<String> ABSOLUTE = Set.of("iso-date", "us-date", "month-day-year", "day-month-year",
      "month-year", "year", "spoken-year", "decade", "century", "quarter", "half", "season");

  /** A rule book with every time rule, in order. */
  public static RuleBook book() {
    return RuleBook.of(List.of(new CalendarRules(), new PeriodRules(), new DurationRules(), new DeicticRules(),
        new DayAndSeasonRules()), ABSOLUTE);
  }
}
