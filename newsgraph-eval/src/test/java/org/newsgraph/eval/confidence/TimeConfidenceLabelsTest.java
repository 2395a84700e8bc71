package org.newsgraph.eval.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.eval.temporal.TimeMlDocument.Timex;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.time.TimeConfidence;

/** What makes a tagged time expression right against the gold TIMEX3: an overlapping extent and the same value. */
class TimeConfidenceLabelsTest {
  // "Sales fell last week and rose on Friday, the firm said in 2024."
  private static final Span LAST_WEEK = new Span(10, 19);
  private static final Span WEEK = new Span(15, 19);
  private static final Span FRIDAY = new Span(32, 38);
  private static final Span YEAR = new Span(58, 62);

  private static TimeConfidence.Scored predicted(Span s, String value) {
    return new TimeConfidence.Scored(new TimeExpression(s, TimexType.DATE, value, null, null, null),
        Map.of("rule=test", 1.0));
  }

  private static Timex gold(Span s, String value) {
    return new Timex("t1", s, TimexType.DATE, value, null);
  }

  private static List<Boolean> labels(List<Timex> gold, List<TimeConfidence.Scored> predicted) {
    return TimeConfidenceLabels.label("doc", gold, predicted).stream().map(ClaimConfidenceTrainer.Example::right)
        .toList();
  }

  @Test
  void an_overlapping_extent_with_the_gold_value_is_right_an_exact_one_with_another_value_is_not() {
    List<Timex> gold = List.of(gold(LAST_WEEK, "2024-W22"), gold(FRIDAY, "2024-05-31"));
    assertEquals(List.of(true, false), labels(gold, List.of(predicted(WEEK, "2024-W22"),
        predicted(FRIDAY, "2024-06-07"))));
  }

  @Test
  void an_expression_with_no_gold_is_wrong_and_each_gold_pairs_with_one_expression_only() {
    List<Timex> gold = List.of(gold(LAST_WEEK, "2024-W22"));
    assertEquals(List.of(true, false, false), labels(gold, List.of(predicted(LAST_WEEK, "2024-W22"),
        predicted(WEEK, "2024-W22"), predicted(YEAR, "2024"))));
  }
}
