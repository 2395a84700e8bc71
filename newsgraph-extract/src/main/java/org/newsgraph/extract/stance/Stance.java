package org.newsgraph.extract.stance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The stance of a body toward a claim: the label, a probability for each of the four labels (summing to 1), and
 * a short reason in words (e.g. "denial words near the claim's words", "body is empty").
 */
public record Stance(StanceLabel label, Map<StanceLabel, Double> probabilities, String reason) {
  public Stance {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(reason, "reason");
    probabilities = Map.copyOf(new EnumMap<>(probabilities));
  }

  /** A certain {@code unrelated}, for input the model cannot read (empty, not English). */
  static Stance unrelated(String reason) {
    Map<StanceLabel, Double> p = new EnumMap<>(StanceLabel.class);
    for (StanceLabel l : StanceLabel.values()) {
      p.put(l, l == StanceLabel.UNRELATED ? 1.0 : 0.0);
    }
    return new Stance(StanceLabel.UNRELATED, p, reason);
  }

  /** The probability of {@code l}. */
  public double probability(StanceLabel l) {
    return probabilities.getOrDefault(l, 0.0);
  }
}
