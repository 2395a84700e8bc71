package org.newsgraph.extract.stance;

import java.util.Random;

/**
 * The leading singular directions of a dense matrix by a randomized range finder (one power iteration) and a Jacobi
 * eigen-decomposition of the small projected matrix. Sequential and seeded: the same matrix gives the same result.
 */
final class TruncatedSvd {
  private static final int OVERSAMPLE = 10;
  private static final int SWEEPS = 30;

  private TruncatedSvd() {}

  /** The rows of {@code m} in the space of its top {@code k} singular directions: U_k times sqrt(S_k). */
  static double[][] rows(float[][] m, int cols, int k, long seed) {
    int l = k + OVERSAMPLE;
    Random r = new Random(seed);
    double[][] omega = new double[cols][l];
    for (double[] row : omega) {
      for (int j = 0; j < l; j++) {
        row[j] = r.nextGaussian();
      }
    }
    double[][] y = times(m, omega, l);
    orthonormalize(y, l);
    double[][] z = transposeTimes(m, y, cols, l);
    y = times(m, z, l);
    orthonormalize(y, l);
    double[][] b = transposeTimes(m, y, cols, l); // B^T: cols x l
    double[][] g = new double[l][l]; // B B^T
    for (double[] row : b) {
      for (int i = 0; i < l; i++) {
        if (row[i] == 0) {
          continue;
        }
        for (int j = 0; j < l; j++) {
          g[i][j] += row[i] * row[j];
        }
      }
    }
    double[][] vecs = new double[l][l];
    double[] vals = jacobi(g, vecs);
    Integer[] order = new Integer[l];
    for (int i = 0; i < l; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, c) -> vals[a] != vals[c] ? Double.compare(vals[c], vals[a])
        : Integer.compare(a, c));
    double[][] out = new double[y.length][k];
    for (int q = 0; q < k; q++) {
      int e = order[q];
      // Singular value s = sqrt(eigenvalue); weight each direction by sqrt(s).
      double w = Math.pow(Math.max(0, vals[e]), 0.25);
      for (int i = 0; i < y.length; i++) {
        double s = 0;
        for (int j = 0; j < l; j++) {
          s += y[i][j] * vecs[j][e];
        }
        out[i][q] = s * w;
      }
    }
    return out;
  }

  private static double[][] times(float[][] m, double[][] x, int l) {
    double[][] out = new double[m.length][l];
    for (int i = 0; i < m.length; i++) {
      float[] row = m[i];
      double[] o = out[i];
      for (int c = 0; c < row.length; c++) {
        if (row[c] != 0) {
          double v = row[c];
          double[] xc = x[c];
          for (int j = 0; j < l; j++) {
            o[j] += v * xc[j];
          }
        }
      }
    }
    return out;
  }

  private static double[][] transposeTimes(float[][] m, double[][] y, int cols, int l) {
    double[][] out = new double[cols][l];
    for (int i = 0; i < m.length; i++) {
      float[] row = m[i];
      double[] yi = y[i];
      for (int c = 0; c < row.length; c++) {
        if (row[c] != 0) {
          double v = row[c];
          double[] o = out[c];
          for (int j = 0; j < l; j++) {
            o[j] += v * yi[j];
          }
        }
      }
    }
    return out;
  }

  /** Modified Gram-Schmidt on the columns of {@code y} (rows x l), in place. */
  private static void orthonormalize(double[][] y, int l) {
    double first = -1;
    for (int j = 0; j < l; j++) {
      for (int p = 0; p < j; p++) {
        double d = 0;
        for (double[] row : y) {
          d += row[j] * row[p];
        }
        for (double[] row : y) {
          row[j] -= d * row[p];
        }
      }
      double n = 0;
      for (double[] row : y) {
        n += row[j] * row[j];
      }
      n = Math.sqrt(n);
      first = first < 0 ? n : first;
      // A column left with (almost) nothing is beyond the matrix's rank: zero, not rounding noise blown up.
      boolean empty = n <= 1e-9 * first;
      for (double[] row : y) {
        row[j] = empty ? 0 : row[j] / n;
      }
    }
  }

  /** Eigenvalues of the symmetric {@code a} (destroyed); eigenvectors into the columns of {@code v}. */
  private static double[] jacobi(double[][] a, double[][] v) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off < 1e-22) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = a[i][i];
    }
    return out;
  }
}
