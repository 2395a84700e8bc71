package org.newsgraph.eval.stance;

import java.util.List;
import org.newsgraph.extract.stance.StanceLabel;

/**
 * FNC-1's score and the per-class figures. Per pair: 0.25 when related-vs-unrelated is right, 0.75 more when a related
 * pair gets its exact label; reported as a share of the maximum (0.25 per unrelated gold pair, 1.0 per related one).
 * Also the confusion matrix, per-class F1 and macro-F1 over the four classes.
 */
public final class StanceScorer {
  private final long[][] confusion = new long[4][4];
  private double score;
  private double max;

  public void add(StanceLabel gold, StanceLabel predicted) {
    confusion[gold.ordinal()][predicted.ordinal()]++;
    max += gold.related() ? 1.0 : 0.25;
    if (gold.related() == predicted.related()) {
      score += 0.25;
      if (gold.related() && gold == predicted) {
        score += 0.75;
      }
    }
  }

  public void addAll(List<StanceLabel> gold, List<StanceLabel> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
    }
    for (int i = 0; i < gold.size(); i++) {
      add(gold.get(i), predicted.get(i));
    }
  }

  /** The FNC-1 score as a share of the maximum (0 when nothing was added). */
  public double fncScore() {
    return max == 0 ? 0 : score / max;
  }

  public double rawScore() {
    return score;
  }

  public double maxScore() {
    return max;
  }

  public long pairs() {
    long n = 0;
    for (long[] row : confusion) {
      for (long v : row) {
        n += v;
      }
    }
    return n;
  }

  /** F1 of one class (0 when it has neither gold nor predicted pairs). */
  public double f1(StanceLabel l) {
    int c = l.ordinal();
    long tp = confusion[c][c];
    long gold = 0;
    long predicted = 0;
    for (int k = 0; k < 4; k++) {
      gold += confusion[c][k];
      predicted += confusion[k][c];
    }
    return gold + predicted == 0 ? 0 : 2.0 * tp / (gold + predicted);
  }

  public double macroF1() {
    double s = 0;
    for (StanceLabel l : StanceLabel.values()) {
      s += f1(l);
    }
    return s / 4;
  }

  /** Share of pairs with the exact label. */
  public double accuracy() {
    long n = pairs();
    long right = 0;
    for (int c = 0; c < 4; c++) {
      right += confusion[c][c];
    }
    return n == 0 ? 0 : right / (double) n;
  }

  /** Pairs with gold {@code gold} labelled {@code predicted}. */
  public long count(StanceLabel gold, StanceLabel predicted) {
    return confusion[gold.ordinal()][predicted.ordinal()];
  }
}
