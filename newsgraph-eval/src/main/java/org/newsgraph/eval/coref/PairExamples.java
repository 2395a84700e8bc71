package org.newsgraph.eval.coref;

import java.util.ArrayList;
import java.util.List;

/** Training comparisons for the event-link model: feature vectors with whether the pair is one event. */
final class PairExamples {
  private final int width;
  private final List<double[]> features = new ArrayList<>();
  private final List<Boolean> labels = new ArrayList<>();
  private int positives;

  PairExamples(int width) {
    this.width = width;
  }

  void add(double[] f, boolean same) {
    if (f.length != width) {
      throw new IllegalArgumentException("expected " + width + " features, got " + f.length);
    }
    features.add(f);
    labels.add(same);
    positives += same ? 1 : 0;
  }

  int size() {
    return features.size();
  }

  int width() {
    return width;
  }

  int positives() {
    return positives;
  }

  double[] features(int i) {
    return features.get(i);
  }

  boolean same(int i) {
    return labels.get(i);
  }
}
