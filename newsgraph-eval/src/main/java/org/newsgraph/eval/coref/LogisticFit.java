package org.newsgraph.eval.coref;

import org.newsgraph.eval.fit.NewtonLogistic;
import org.newsgraph.stories.events.EventLinkModel;

/** The event-link model fitted to the pair examples ({@link NewtonLogistic}: the same examples, the same weights). */
final class LogisticFit {
  private LogisticFit() {}

  static EventLinkModel fit(PairExamples ex, double l2) {
    double[] w = NewtonLogistic.fit(ex.size(), ex::features, ex::same, ex.width(), l2, 1e-7);
    double[] weights = new double[w.length - 1];
    System.arraycopy(w, 1, weights, 0, weights.length);
    return new EventLinkModel(w[0], weights);
  }
}
