package org.newsgraph.eval.extraction;

import java.util.List;
import org.newsgraph.ingest.html.BlockModel;

/**
 * Fits the block model: a weighted logistic regression with an L2 penalty (the bias unpenalised) on standardised
 * features, by Newton's method to convergence. Pure arithmetic in a fixed order with {@link StrictMath}, so the same
 * examples give the same model, bit for bit, on every machine.
 */
final class BlockLogistic {
  private static final int MAX_STEPS = 60;
  private static final double CONVERGED = 1e-10;

  private BlockLogistic() {}

  /** One training block: its features, whether it is body, and its weight. */
  record Example(double[] x, boolean body, double weight) {}

  /** A fitted regression: the standardisation and the weights in its units, the bias last. */
  record Fit(double[] mean, double[] scale, double[] w) {
    BlockModel model(double threshold) {
      int d = mean.length;
      double[] weights = new double[d];
      System.arraycopy(w, 0, weights, 0, d);
      return new BlockModel(mean, scale, weights, w[d], threshold);
    }

    /** The same linear function in another standardisation's units (a starting point for a nearby fit). */
    double[] in(double[] otherMean, double[] otherScale) {
      int d = mean.length;
      double[] out = new double[d + 1];
      double bias = w[d];
      for (int j = 0; j < d; j++) {
        out[j] = w[j] * otherScale[j] / scale[j];
        bias += w[j] * (otherMean[j] - mean[j]) / scale[j];
      }
      out[d] = bias;
      return out;
    }
  }

  static BlockModel fit(List<Example> examples, double l2, double threshold) {
    return fit(examples, l2, null).model(threshold);
  }

  /**
   * Fits from zero weights, or from {@code start} (a fit on nearly the same examples, which Newton's method leaves
   * in a few steps for the same optimum, up to the convergence tolerance): the nested estimate's many fits start so.
   */
  static Fit fit(List<Example> examples, double l2, Fit start) {
    int d = BlockModel.featureNames().size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (Example e : examples) {
      for (int j = 0; j < d; j++) {
        mean[j] += e.x()[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= Math.max(1, examples.size());
    }
    for (Example e : examples) {
      for (int j = 0; j < d; j++) {
        double v = e.x()[j] - mean[j];
        scale[j] += v * v;
      }
    }
    for (int j = 0; j < d; j++) {
      double sd = StrictMath.sqrt(scale[j] / Math.max(1, examples.size()));
      scale[j] = sd > 1e-9 ? sd : 1;
    }
    int m = d + 1; // the bias last
    double[][] z = new double[examples.size()][m];
    for (int i = 0; i < examples.size(); i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = (examples.get(i).x()[j] - mean[j]) / scale[j];
      }
      z[i][d] = 1;
    }
    double[] w = start == null ? new double[m] : start.in(mean, scale);
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] g = new double[m];
      double[][] h = new double[m][m];
      for (int i = 0; i < z.length; i++) {
        Example e = examples.get(i);
        double[] zi = z[i];
        double s = 0;
        for (int j = 0; j < m; j++) {
          s += w[j] * zi[j];
        }
        double p = 1 / (1 + StrictMath.exp(-s));
        double r = e.weight() * (p - (e.body() ? 1 : 0));
        double c = e.weight() * p * (1 - p);
        for (int j = 0; j < m; j++) {
          g[j] += r * zi[j];
          double cz = c * zi[j];
          double[] hj = h[j];
          for (int k = 0; k <= j; k++) {
            hj[k] += cz * zi[k];
          }
        }
      }
      for (int j = 0; j < m; j++) {
        for (int k = 0; k < j; k++) {
          h[k][j] = h[j][k];
        }
        if (j < d) {
          g[j] += l2 * w[j];
          h[j][j] += l2;
        }
        h[j][j] += 1e-9; // keeps the system solvable when a feature never varies
      }
      double[] delta = solve(h, g);
      double biggest = 0;
      for (int j = 0; j < m; j++) {
        w[j] -= delta[j];
        biggest = Math.max(biggest, Math.abs(delta[j]));
      }
      if (biggest < CONVERGED) {
        break;
      }
    }
    return new Fit(mean, scale, w);
  }

  /** Solves {@code a x = b} for a symmetric positive definite {@code a} (Cholesky). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? StrictMath.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }
}
