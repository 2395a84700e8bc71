package org.newsgraph.extract.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The boosted trees learn what a linear model cannot (an interaction), and the same data give the same trees. */
class BoostedTreesTest {
  private static final BoostedTrees.Settings SETTINGS = new BoostedTrees.Settings(60, 3, 0.3, 1, 0.5, 16);

  /** Class 1 when exactly one of the two features is high (XOR), class 0 otherwise; a third class never occurs. */
  private static double[][] xs() {
    double[][] x = new double[200][];
    for (int i = 0; i < x.length; i++) {
      x[i] = new double[] {(i % 10) / 10.0, ((i / 10) % 10) / 10.0, (i * 7 % 13) / 13.0};
    }
    return x;
  }

  private static int label(double[] x) {
    return (x[0] >= 0.5) != (x[1] >= 0.5) ? 1 : 0;
  }

  private static BoostedTrees train() {
    double[][] x = xs();
    int[] y = new int[x.length];
    double[] w = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = label(x[i]);
      w[i] = 1;
    }
    return BoostedTrees.train(x, y, w, 3, SETTINGS);
  }

  @Test
  void trees_learn_an_interaction_of_two_features() {
    BoostedTrees m = train();
    for (double[] x : xs()) {
      double[] p = m.probabilities(x);
      int best = p[1] > p[0] ? 1 : 0;
      assertEquals(label(x), best, Arrays.toString(x));
      assertTrue(p[2] < 0.1, "a class never seen stays unlikely");
    }
  }

  @Test
  void the_same_examples_give_the_same_trees() {
    BoostedTrees a = train();
    BoostedTrees b = train();
    assertEquals(a.trees().size(), b.trees().size());
    for (int t = 0; t < a.trees().size(); t++) {
      assertArrayEquals(a.trees().get(t).threshold(), b.trees().get(t).threshold());
      assertArrayEquals(a.trees().get(t).value(), b.trees().get(t).value());
    }
  }

  @Test
  void probabilities_sum_to_one() {
    double[] p = train().probabilities(new double[] {0.2, 0.9, 0.5});
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
  }
}
