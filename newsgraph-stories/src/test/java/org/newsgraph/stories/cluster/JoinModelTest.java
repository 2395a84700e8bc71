package org.newsgraph.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JoinModelTest {
  private static double[] weights(double first) {
    double[] w = new double[JoinFeatures.NAMES.size()];
    w[0] = first;
    return w;
  }

  @Test
  void a_model_written_and_read_back_is_written_the_same() {
    JoinModel m = new JoinModel(-1.5, weights(4.25), 0.4);
    String text = m.write("made by a test");
    assertTrue(text.startsWith("# made by a test\nthreshold\t0.40\nbias\t-1.500000\nterms\t4.250000\n"), text);
    assertEquals(text, JoinModel.read(text).write("made by a test"));
  }

  @Test
  void the_probability_grows_with_a_feature_of_positive_weight() {
    JoinModel m = new JoinModel(-2, weights(4), 0.5);
    double[] low = new double[JoinFeatures.NAMES.size()];
    double[] high = low.clone();
    high[0] = 1;
    assertEquals(1 / (1 + Math.exp(2)), m.probability(low), 1e-12);
    assertEquals(1 / (1 + Math.exp(-2)), m.probability(high), 1e-12);
  }

  @Test
  void a_model_file_without_a_feature_is_refused() {
    String text = new JoinModel(0, weights(1), 0.5).write("x").replace("terms\t1.000000\n", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JoinModel.read(text));
    assertTrue(e.getMessage().contains("terms"), e.getMessage());
  }

  @Test
  void the_shipped_model_reads() {
    JoinModel m = JoinModel.shipped();
    assertTrue(m.threshold() > 0 && m.threshold() < 1);
  }
}
