package org.newsgraph.eval.fit;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * L2-regularised logistic regression fitted by Newton's method, for the trainers whose few dense features make the
 * Hessian small (event linking, story joins). The examples are read in a fixed order and nothing is random, so the
 * same examples give the same weights, bit for bit. The bias is not regularised.
 */
public final class NewtonLogistic {
  /** Newton steps at most; the fits converge in far fewer. */
  public static final int MAX_STEPS = 50;

  private NewtonLogistic() {}

  /**
   * Fits the weights.
   *
   * @param size      how many examples
   * @param features  example {@code i}'s features, {@code width} of them
   * @param positive  whether example {@code i} is a positive one
   * @param l2        the penalty on every weight but the bias
   * @param tolerance stop when no weight moves more than this in one step
   * @return the bias at index 0, then the {@code width} weights
   */
  public static double[] fit(int size, IntFunction<double[]> features, IntPredicate positive, int width, double l2,
      double tolerance) {
    int d = width + 1;
    double[] w = new double[d];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] grad = new double[d];
      double[][] h = new double[d][d];
      for (int i = 0; i < size; i++) {
        double[] x = withBias(features.apply(i));
        double z = 0;
        for (int k = 0; k < d; k++) {
          z += w[k] * x[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double y = positive.test(i) ? 1 : 0;
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
      double[] delta = solve(h, grad);
      double change = 0;
      for (int k = 0; k < d; k++) {
        w[k] -= delta[k];
        change = Math.max(change, Math.abs(delta[k]));
      }
      if (change < tolerance) {
        break;
      }
    }
    return w;
  }

  private static double[] withBias(double[] f) {
    double[] x = new double[f.length + 1];
    x[0] = 1;
    System.arraycopy(f, 0, x, 1, f.length);
    return x;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
  public static double[] solve(double[][] a, double[] b) {
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
