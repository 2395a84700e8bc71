package org.newsgraph.eval.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewtonLogisticTest {
  /** Example i: one binary feature, positive 3 times in 4 when it is on and once in 4 when it is off. */
  private static double[] fit(double l2) {
    return NewtonLogistic.fit(400, i -> new double[] {i % 2}, i -> i % 2 == 1 ? i % 8 != 1 : i % 8 == 0, 1, l2,
        1e-10);
  }

  @Test
  void the_fit_recovers_the_log_odds_of_a_binary_feature() {
    double[] w = fit(1e-9);
    assertEquals(Math.log(1.0 / 3), w[0], 1e-6);
    assertEquals(Math.log(3) - Math.log(1.0 / 3), w[1], 1e-6);
  }

  @Test
  void a_stronger_penalty_shrinks_the_weight_and_the_same_examples_give_the_same_weights() {
    assertTrue(Math.abs(fit(100)[1]) < Math.abs(fit(0.01)[1]));
    assertArrayEquals(fit(0.01), fit(0.01));
  }

  @Test
  void gaussian_elimination_solves_small_systems_that_need_a_pivot() {
    assertArrayEquals(new double[] {0.8, 1.4}, NewtonLogistic.solve(new double[][] {{2, 1}, {1, 3}},
        new double[] {3, 5}), 1e-12);
    assertArrayEquals(new double[] {2, 1}, NewtonLogistic.solve(new double[][] {{0, 1}, {1, 0}},
        new double[] {1, 2}), 1e-12);
  }
}
