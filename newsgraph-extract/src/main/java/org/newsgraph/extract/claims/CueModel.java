package org.newsgraph.extract.claims;

import java.util.Map;
import org.newsgraph.core.Token;

/**
 * Which verbs are attribution cues: a linear model over {@link CueFeatures} (an averaged perceptron trained on
 * PolNeAR's train split by {@link AttributionModelTrainer}). It widens the rules' word list to the cues news uses
 * beyond reporting verbs ("called for", "wants", "plans", "shows") and learns where a listed verb is not a cue. It is the
 * cue part of the shipped {@link AttributionModel}; without it every verb scores 0 and the rules' list alone decides.
 */
final class CueModel {
  /**
   * Takes every verb ({@link CueFeatures} always gives the bias feature "b"): the rules then draft an attribution for
   * any verb with a subject and a complement, which the {@link AttributionTagger} reads as features.
   */
  static final CueModel EVERY_VERB = new CueModel(Map.of("b", 1.0));

  private final Map<String, Double> weights;

  CueModel(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The cue part of the shipped {@link AttributionModel}. */
  static CueModel shipped() {
    return AttributionModel.shipped().cue();
  }

  Map<String, Double> weights() {
    return weights;
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  int size() {
    return weights.size();
  }

  double score(DependencyTree tree, Token t) {
    double s = 0;
    for (String f : CueFeatures.of(tree, t)) {
      s += weights.getOrDefault(f, 0.0);
    }
    return s;
  }

  /** Whether the verb {@code t} is a cue. */
  boolean isCue(DependencyTree tree, Token t) {
    return !weights.isEmpty() && CueFeatures.candidate(t) && score(tree, t) > 0;
  }
}
