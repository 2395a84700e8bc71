package org.newsgraph.extract.claims.model;

/** The best label sequence under a first-order model, within the {@link Labels}' rules and per-position masks. */
final class Viterbi {
  /** Transition weight from a previous label (-1 for the start) to the next. */
  interface Transitions {
    double weight(int previous, int next);
  }

  private Viterbi() {}

  /**
   * The highest-scoring labelling; ties go to the lower label index, earlier positions first. {@code masks[i]} bit
   * k set allows label k at position i (null allows all). When nothing is allowed anywhere along, all labels are 0.
   */
  static int[] best(Labels labels, double[][] scores, Transitions transitions, int[] masks) {
    int len = scores.length;
    int n = labels.size();
    int[] out = new int[len];
    if (len == 0) {
      return out;
    }
    double[][] best = new double[len][n];
    int[][] back = new int[len][n];
    for (int k = 0; k < n; k++) {
      best[0][k] = labels.opens(k) && allowed(masks, 0, k) ? scores[0][k] + transitions.weight(-1, k)
          : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < len; i++) {
      for (int k = 0; k < n; k++) {
        double top = Double.NEGATIVE_INFINITY;
        int arg = 0;
        if (allowed(masks, i, k)) {
          for (int p = 0; p < n; p++) {
            if (best[i - 1][p] == Double.NEGATIVE_INFINITY || !labels.follows(p, k)) {
              continue;
            }
            double s = best[i - 1][p] + transitions.weight(p, k);
            if (s > top) {
              top = s;
              arg = p;
            }
          }
        }
        best[i][k] = top == Double.NEGATIVE_INFINITY ? top : top + scores[i][k];
        back[i][k] = arg;
      }
    }
    int last = -1;
    double top = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      if (best[len - 1][k] > top) {
        top = best[len - 1][k];
        last = k;
      }
    }
    if (last < 0) {
      return out;
    }
    out[len - 1] = last;
    for (int i = len - 1; i > 0; i--) {
      out[i - 1] = back[i][out[i]];
    }
    return out;
  }

  private static boolean allowed(int[] masks, int i, int k) {
    return masks == null || (masks[i] & (1 << k)) != 0;
  }
}
