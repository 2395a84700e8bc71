package org.newsgraph.eval.coref;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.stories.events.EventLinkModel;
import org.newsgraph.stories.events.LinkFeatures;

class LogisticFitTest {
  private static final int STEM = LinkFeatures.NAMES.indexOf("stem_same");
  private static final int CONTEXT = LinkFeatures.NAMES.indexOf("context");

  /** Pairs sharing the stem are the same event 3 times in 4, the others once in 4; context is noise. */
  private static PairExamples examples() {
    PairExamples ex = new PairExamples(LinkFeatures.NAMES.size());
    for (int i = 0; i < 40; i++) {
      double[] f = new double[LinkFeatures.NAMES.size()];
      f[STEM] = i % 2;
      f[CONTEXT] = (i % 5) / 5.0;
      boolean same = f[STEM] == 1 ? i % 8 != 1 : i % 8 == 0;
      ex.add(f, same);
    }
    return ex;
  }

  @Test
  void the_fit_recovers_the_odds_of_a_single_binary_feature() {
    EventLinkModel m = LogisticFit.fit(examples(), 1e-9);
    double[] shared = new double[LinkFeatures.NAMES.size()];
    shared[STEM] = 1;
    double[] none = new double[LinkFeatures.NAMES.size()];
    // with context at its mean the probabilities are near 3/4 and 1/4
    shared[CONTEXT] = 0.4;
    none[CONTEXT] = 0.4;
    assertEquals(0.75, m.probability(shared), 0.03);
    assertEquals(0.25, m.probability(none), 0.03);
  }

  @Test
  void a_stronger_penalty_shrinks_the_weights_and_the_same_examples_give_the_same_model() {
    EventLinkModel weak = LogisticFit.fit(examples(), 0.01);
    EventLinkModel strong = LogisticFit.fit(examples(), 100);
    assertTrue(Math.abs(strong.weights()[STEM]) < Math.abs(weak.weights()[STEM]));
    assertArrayEquals(weak.weights(), LogisticFit.fit(examples(), 0.01).weights());
  }
}
