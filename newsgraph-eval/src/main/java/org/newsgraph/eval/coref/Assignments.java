package org.newsgraph.eval.coref;

import java.util.Arrays;

/** The maximum-weight one-to-one assignment of rows to columns (Kuhn-Munkres, with potentials; O(n³)). */
final class Assignments {
  private Assignments() {}

  /** The largest Σ w[i][σ(i)] over partial one-to-one maps σ (weights ≥ 0; a rectangular matrix is padded). */
  static double maximum(double[][] w) {
    int rows = w.length;
    if (rows == 0) {
      return 0;
    }
    int cols = w[0].length;
    int n = Math.max(rows, cols);
    double max = 0;
    for (double[] r : w) {
      for (double x : r) {
        max = Math.max(max, x);
      }
    }
    // minimise cost = max − w on an n × n matrix (padding costs max: weight 0)
    double[][] cost = new double[n + 1][n + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        double x = i <= rows && j <= cols ? w[i - 1][j - 1] : 0;
        cost[i][j] = max - x;
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= n; j++) {
      int i = p[j];
      if (i >= 1 && i <= rows && j <= cols) {
        total += w[i - 1][j - 1];
      }
    }
    return total;
  }
}
