package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.extract.time.engine.RuleEngine;
import org.newsgraph.extract.time.rules.TimeRules;

/**
 * Finds time expressions in a text and normalises them to TIMEX3 (type, value, mod) with a resolved interval
 * [begin, end).
 *
 * <p>How it works: a list of rules (regular expressions over the words, catalogued in {@link TimeRules}) proposes
 * candidate extents; the longest candidates win ({@link RuleEngine}), each checked against the tokens (part of
 * speech, NER, neighbours) so that "may" the modal, "March" the verb, "2025 troops" or "Friday prayers" are dropped. The survivors are then resolved
 * in document order against:
 * <ul>
 *   <li>the anchor (the article's date): "last week", "two years ago", "today";</li>
 *   <li>the tense of the governing verb, found by following dependency heads from the expression up to the
 *       nearest predicate: a weekday, a month or a day without a year in a past-tense clause is the latest one on
 *       or before the anchor, in a future clause ("will", "is scheduled to", "plans to") the first one on or after
 *       it. A weekday in a clause with no tense defaults to the past (news reports what happened); a month or a
 *       day without a year defaults to the nearest one;</li>
 *   <li>the temporal focus: "a day later", "the next day", "the following week", "the day before", "a year
 *       earlier" move from the last resolved date within three sentences, else from the anchor;</li>
 *   <li>the reported period: in a sentence comparing figures, "a year earlier" is the quarter the report is about
 *       (named up to six sentences back; forecasts and year-ago comparisons passed over), a year before.</li>
 * </ul>
 *
 * <p>Choices: a weekday naming the anchor's own weekday is the anchor day in both directions ("Tuesday" in a
 * Tuesday article). Mods follow TimeML 1.2.1 (START, MID, END, APPROX, MORE_THAN, …); the interval of a modded
 * period is its first, middle or last third ("mid-January" = 11–21 January); "earlier this month" runs from the
 * start of the month to the anchor. PAST_REF is [null, anchor), PRESENT_REF [anchor, anchor + 1 day), FUTURE_REF
 * [anchor + 1 day, null). Durations have no interval unless anchored ("the past three months" =
 * [anchor − 3 months, anchor + 1 day)). Seasons are meteorological (summer = June–August). With no anchor
 * (undated article), relative expressions keep what is known in TimeML style ("Friday" → {@code XXXX-WXX-5},
 * "last year" → {@code XXXX}) and have no interval; those that are offsets from the unknown date say so ("last year"
 * → {@code -P1Y}).
 *
 * <p>The parts: {@code engine} matches the rules and settles overlaps, {@code resolution} holds the calendar
 * arithmetic and what a rule resolves with (anchor, tense, focus), {@code rules} holds the rule sets. Thread-safe and
 * stateless across calls.
 */
public final class TimeTagger {
  private static final RuleEngine ENGINE = new RuleEngine(TimeRules.book());

  /**
   * Finds and normalises every time expression in {@code text}; {@code anchor} may be null, and then the
   * expressions that are offsets from the unknown date carry them ({@link TimeExpression#relative()}).
   */
  public List<TimeExpression> tag(String text, List<Sentence> sentences, LocalDate anchor) {
    List<TimeExpression> times = scored(text, sentences, anchor).stream().map(TimeConfidence::apply).toList();
    return anchor != null ? times : RelativeOffsets.of(times, probe -> ENGINE.tag(text, sentences, probe));
  }

  /**
   * Every time expression in {@code text} with the features its confidence comes from ({@link TimeConfidence}),
   * before the confidence and the offsets of an undated article are set: what {@code train time-confidence} learns
   * from.
   */
  public List<TimeConfidence.Scored> scored(String text, List<Sentence> sentences, LocalDate anchor) {
    return TimeConfidence.scored(text, ENGINE.tagged(text, sentences, anchor));
  }
}
