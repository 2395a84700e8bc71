package org.newsgraph.eval.coref;

import org.newsgraph.stories.events.EventLinkModel;

/**
 * L2-regularised logistic regression fitted by Newton's method (the few dense features make the Hessian small), in
 * a fixed order, so the same examples give the same weights. The bias is not regularised.
 */
final class LogisticFit {
  static final int MAX_ITERATIONS = 50;

  private LogisticFit() {}

  static EventLinkModel fit(PairExamples ex, double l2) {
    int d = ex.width() + 1; // index 0: the bias
    double[] w = new double[d];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[] grad = new double[d];
      double[][] h = new double[d][d];
      for (int i = 0; i < ex.size(); i++) {
        double[] x = withBias(ex.features(i));
        double z = 0;
        for (int k = 0; k < d; k++) {
          z += w[k] * x[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double y = ex.same(i) ? 1 : 0;
        double s = Math.max(p * (1 - p), 1e-12);
        for (int a = 0; a < d; a++) {
          grad[a] += (p - y) * x[a];
          if (x[a] == 0) {
            continue;
          }
          for (int b = a; b < d; b++) {
            h[a][b] += s * x[a] * x[b];
          }
        }
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < a; b++) {
          h[a][b] = h[b][a];
        }
        if (a > 0) {
          grad[a] += l2 * w[a];
          h[a][a] += l2;
        } else {
          h[a][a] += 1e-9;
        }
      }
      double[] step = solve(h, grad);
      double change = 0;
      for (int k = 0; k < d; k++) {
        w[k] -= step[k];
        change = Math.max(change, Math.abs(step[k]));
      }
      if (change < 1e-7) {
        break;
      }
    }
    double[] weights = new double[d - 1];
    System.arraycopy(w, 1, weights, 0, d - 1);
    return new EventLinkModel(w[0], weights);
  }

  private static double[] withBias(double[] f) {
    double[] x = new double[f.length + 1];
    x[0] = 1;
    System.arraycopy(f, 0, x, 1, f.length);
    return x;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
