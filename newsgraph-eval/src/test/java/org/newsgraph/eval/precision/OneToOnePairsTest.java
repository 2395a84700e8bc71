package org.newsgraph.eval.precision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OneToOnePairsTest {
  private static OneToOnePairs.Candidate c(int p, int g, double score) {
    return new OneToOnePairs.Candidate(p, g, score);
  }

  @Test
  void the_best_candidate_takes_its_gold_item_and_the_other_prediction_takes_what_is_left() {
    // prediction 0 fits gold 0 a little, prediction 1 fits gold 0 best and gold 1 a little
    int[] goldOf = OneToOnePairs.pair(List.of(c(0, 0, 1.2), c(1, 0, 2.5), c(1, 1, 1.0)), 2, 2);
    assertArrayEquals(new int[] {-1, 0}, goldOf);
    assertEquals(List.of("b"), OneToOnePairs.unpaired(List.of("a", "b"), goldOf));
  }

  @Test
  void equal_scores_go_to_the_earlier_prediction_then_the_earlier_gold_item() {
    int[] goldOf = OneToOnePairs.pair(List.of(c(1, 1, 2), c(1, 0, 2), c(0, 1, 2)), 3, 2);
    assertArrayEquals(new int[] {1, 0, -1}, goldOf);
    assertEquals(List.of(), OneToOnePairs.unpaired(List.of("a", "b"), goldOf));
  }

  @Test
  void no_candidates_leave_every_prediction_unpaired_and_every_gold_item_missed() {
    int[] goldOf = OneToOnePairs.pair(List.of(), 2, 3);
    assertArrayEquals(new int[] {-1, -1}, goldOf);
    assertEquals(List.of("a", "b", "c"), OneToOnePairs.unpaired(List.of("a", "b", "c"), goldOf));
  }
}
