package org.newsgraph.eval.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.stories.cluster.JoinFeatures;
import org.newsgraph.stories.cluster.JoinModel;

class JoinTrainingTest {
  private static JoinTraining.Example example(double terms, double entities, boolean joins) {
    double[] f = new double[JoinFeatures.NAMES.size()];
    f[0] = terms;
    f[1] = entities;
    return new JoinTraining.Example(f, joins);
  }

  /** Pairs that join have high word similarity; entity similarity is noise, the same in both classes. */
  private static List<JoinTraining.Example> examples() {
    List<JoinTraining.Example> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double noise = (i % 5) / 5.0;
      out.add(example(0.5 + (i % 10) / 20.0, noise, i % 4 != 0));
      out.add(example((i % 10) / 20.0, noise, i % 7 == 0));
    }
    return out;
  }

  @Test
  void the_fit_weighs_the_feature_that_separates_the_classes() {
    JoinModel m = JoinTraining.fit(examples(), 1, 0.5);
    assertTrue(m.weights()[0] > 2, "terms " + m.weights()[0]);
    assertTrue(Math.abs(m.weights()[1]) < 0.5 * m.weights()[0], "entities " + m.weights()[1]);
    assertEquals(0.5, m.threshold());
  }

  @Test
  void the_same_examples_give_the_same_model_text() {
    assertEquals(JoinTraining.fit(examples(), 1, 0.5).write("t"), JoinTraining.fit(examples(), 1, 0.5).write("t"));
  }

  @Test
  void a_stronger_penalty_gives_smaller_weights() {
    assertTrue(JoinTraining.fit(examples(), 100, 0.5).weights()[0] < JoinTraining.fit(examples(), 1, 0.5).weights()[0]);
  }
}
