package org.newsgraph.eval.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimexType;
import org.newsgraph.eval.temporal.TimeMlDocument.Timex;

/** The scorer on hand-made lists whose figures are worked out by hand. */
class TempEvalScorerTest {
  private static final double EPS = 1e-9;

  private static Timex t(int b, int e, TimexType type, String value) {
    return new Timex(null, new Span(b, e), type, value, null);
  }

  @Test
  void strict_relaxed_value_and_type_figures_match_a_hand_count() {
    TempEvalScorer s = new TempEvalScorer();
    // document 1: gold 3; predicted 3 — one exact and right, one overlapping with a wrong value, one spurious
    s.add(List.of(t(0, 6, TimexType.DATE, "2025-01-31"), t(10, 20, TimexType.DATE, "2024"),
            t(30, 35, TimexType.DURATION, "P3Y")),
        List.of(t(0, 6, TimexType.DATE, "2025-01-31"), t(15, 20, TimexType.DATE, "2023"),
            t(50, 55, TimexType.SET, "P1W")));
    // document 2: gold 1; predicted 1 overlapping, right value, wrong type
    s.add(List.of(t(0, 10, TimexType.DURATION, "P1Y")), List.of(t(2, 12, TimexType.DATE, "P1Y")));
    TempEvalScorer.Result r = s.result();
    assertEquals(2, r.documents());
    assertEquals(4, r.gold());
    assertEquals(4, r.predicted());
    assertEquals(1, r.strictMatches());
    assertEquals(3, r.relaxedMatches());
    assertEquals(0.25, r.strictPrecision(), EPS);
    assertEquals(0.25, r.strictRecall(), EPS);
    assertEquals(0.75, r.relaxedPrecision(), EPS);
    assertEquals(0.75, r.relaxedRecall(), EPS);
    assertEquals(0.75, r.relaxedF1(), EPS);
    assertEquals(2.0 / 3, r.valueAccuracy(), EPS);
    assertEquals(0.5, r.valueF1(), EPS);
    assertEquals(2.0 / 3, r.typeAccuracy(), EPS);
    assertEquals(0.5, r.typeF1(), EPS);
    // per type: recall by gold type, precision by predicted type
    assertEquals(1.0, r.perType().get(TimexType.DATE).relaxedRecall(), EPS);
    assertEquals(0.5, r.perType().get(TimexType.DURATION).relaxedRecall(), EPS);
    assertEquals(1.0, r.perType().get(TimexType.DATE).relaxedPrecision(), EPS);
    assertEquals(0.0, r.perType().get(TimexType.SET).relaxedPrecision(), EPS);
    String table = r.toTable();
    assertTrue(table.contains("relaxed") && table.contains("DURATION"), table);
  }

  @Test
  void one_prediction_matches_at_most_one_gold_expression() {
    TempEvalScorer s = new TempEvalScorer();
    s.add(List.of(t(0, 5, TimexType.DATE, "2025"), t(6, 10, TimexType.DATE, "2025-01")),
        List.of(t(0, 10, TimexType.DATE, "2025")));
    TempEvalScorer.Result r = s.result();
    assertEquals(1, r.relaxedMatches());
    assertEquals(0.5, r.relaxedRecall(), EPS);
    assertEquals(1.0, r.relaxedPrecision(), EPS);
  }

  @Test
  void an_exact_extent_is_preferred_over_a_mere_overlap() {
    TempEvalScorer s = new TempEvalScorer();
    s.add(List.of(t(0, 10, TimexType.DATE, "A"), t(5, 15, TimexType.DATE, "B")),
        List.of(t(5, 15, TimexType.DATE, "B"), t(0, 4, TimexType.DATE, "A")));
    TempEvalScorer.Result r = s.result();
    assertEquals(2, r.relaxedMatches());
    assertEquals(1, r.strictMatches());
    assertEquals(2, r.valueCorrect());
  }

  @Test
  void nothing_predicted_gives_zero_not_an_error() {
    TempEvalScorer s = new TempEvalScorer();
    s.add(List.of(t(0, 5, TimexType.DATE, "2025")), List.of());
    TempEvalScorer.Result r = s.result();
    assertEquals(0.0, r.relaxedPrecision(), EPS);
    assertEquals(0.0, r.valueF1(), EPS);
  }
}
