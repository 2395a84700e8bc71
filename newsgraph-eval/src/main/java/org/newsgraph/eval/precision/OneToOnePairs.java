package org.newsgraph.eval.precision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs predictions with gold items one to one: the best-scoring candidate pairs are taken first (ties go to the
 * earlier prediction, then the earlier gold item), and a pair is skipped when either side is already taken. The
 * claim and the event judges share it; only their candidates and scores differ.
 */
final class OneToOnePairs {
  /** Prediction {@code p} and gold item {@code g} may be paired, with this score (higher pairs first). */
  record Candidate(int p, int g, double score) {}

  private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
      .thenComparingInt(Candidate::p).thenComparingInt(Candidate::g);

  private OneToOnePairs() {}

  /** For each of the {@code predictions}, the index of its gold item, or -1 when it has none. */
  static int[] pair(List<Candidate> candidates, int predictions, int golds) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(BEST_FIRST);
    int[] goldOf = new int[predictions];
    Arrays.fill(goldOf, -1);
    boolean[] taken = new boolean[golds];
    for (Candidate c : sorted) {
      if (goldOf[c.p()] < 0 && !taken[c.g()]) {
        goldOf[c.p()] = c.g();
        taken[c.g()] = true;
      }
    }
    return goldOf;
  }

  /** The gold items no prediction was paired with, in their order. */
  static <G> List<G> unpaired(List<G> gold, int[] goldOf) {
    boolean[] taken = new boolean[gold.size()];
    for (int g : goldOf) {
      if (g >= 0) {
        taken[g] = true;
      }
    }
    List<G> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!taken[g]) {
        missed.add(gold.get(g));
      }
    }
    return missed;
  }
}
