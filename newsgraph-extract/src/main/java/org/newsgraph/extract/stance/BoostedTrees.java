package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted regression trees for several classes (softmax loss, second-order leaf values), over dense
 * features cut into at most {@code bins} quantile bins. Pure Java, one thread, no randomness: the same examples give
 * the same trees, and thresholds and leaf values are doubles written and read back exactly.
 */
final class BoostedTrees {
  /** One tree: node i splits on {@code feature[i]} at {@code threshold[i]} (x <= threshold goes left) or is a leaf. */
  record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    double predict(double[] x) {
      int i = 0;
      while (feature[i] >= 0) {
        i = x[feature[i]] <= threshold[i] ? left[i] : right[i];
      }
      return value[i];
    }
  }

  /** Rounds (one tree per class each), depth, shrinkage, L2 on leaves, least hessian in a leaf, bins per feature. */
  record Settings(int rounds, int depth, double rate, double lambda, double minHessian, int bins) {}

  private final int classes;
  /** trees.get(r * classes + c): round r, class c. */
  private final List<Tree> trees;

  BoostedTrees(int classes, List<Tree> trees) {
    this.classes = classes;
    this.trees = List.copyOf(trees);
  }

  int classes() {
    return classes;
  }

  List<Tree> trees() {
    return trees;
  }

  double[] probabilities(double[] x) {
    double[] z = new double[classes];
    for (int t = 0; t < trees.size(); t++) {
      z[t % classes] += trees.get(t).predict(x);
    }
    return softmax(z);
  }

  static BoostedTrees train(double[][] x, int[] y, double[] weight, int classes, Settings s) {
    int n = x.length;
    int dim = n == 0 ? 0 : x[0].length;
    double[][] cuts = new double[dim][];
    int[][] bin = new int[dim][n];
    for (int f = 0; f < dim; f++) {
      cuts[f] = cuts(x, f, s.bins());
      for (int i = 0; i < n; i++) {
        bin[f][i] = binOf(cuts[f], x[i][f]);
      }
    }
    double[][] score = new double[n][classes];
    double[] g = new double[n];
    double[] h = new double[n];
    List<Tree> trees = new ArrayList<>();
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int r = 0; r < s.rounds(); r++) {
      double[][] p = new double[n][];
      for (int i = 0; i < n; i++) {
        p[i] = softmax(score[i]);
      }
      for (int c = 0; c < classes; c++) {
        for (int i = 0; i < n; i++) {
          double target = y[i] == c ? 1 : 0;
          g[i] = weight[i] * (p[i][c] - target);
          h[i] = weight[i] * Math.max(1e-6, p[i][c] * (1 - p[i][c]));
        }
        Tree tree = new Grower(bin, cuts, g, h, s).grow(all);
        trees.add(tree);
        for (int i = 0; i < n; i++) {
          score[i][c] += tree.predict(x[i]);
        }
      }
    }
    return new BoostedTrees(classes, trees);
  }

  /** Up to {@code bins - 1} cut points at quantiles of the feature's values (distinct, ascending). */
  private static double[] cuts(double[][] x, int f, int bins) {
    double[] v = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = x[i][f];
    }
    Arrays.sort(v);
    double[] out = new double[bins];
    int k = 0;
    for (int b = 1; b < bins; b++) {
      double c = v[(int) ((long) b * (v.length - 1) / bins)];
      if ((k == 0 || c > out[k - 1]) && c < v[v.length - 1]) {
        out[k++] = c;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** The first cut at or above x (so bin <= b exactly when x <= cuts[b]); cuts.length when above them all. */
  private static int binOf(double[] cuts, double x) {
    int lo = 0;
    int hi = cuts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (x <= cuts[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] p = new double[z.length];
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** Grows one tree depth-first on gradient histograms. */
  private static final class Grower {
    private final int[][] bin;
    private final double[][] cuts;
    private final double[] g;
    private final double[] h;
    private final Settings s;
    private final List<int[]> nodes = new ArrayList<>();
    private final List<Double> thresholds = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

    Grower(int[][] bin, double[][] cuts, double[] g, double[] h, Settings s) {
      this.bin = bin;
      this.cuts = cuts;
      this.g = g;
      this.h = h;
      this.s = s;
    }

    Tree grow(int[] rows) {
      node(rows, 0);
      int k = nodes.size();
      int[] feature = new int[k];
      int[] left = new int[k];
      int[] right = new int[k];
      double[] threshold = new double[k];
      double[] value = new double[k];
      for (int i = 0; i < k; i++) {
        feature[i] = nodes.get(i)[0];
        left[i] = nodes.get(i)[1];
        right[i] = nodes.get(i)[2];
        threshold[i] = thresholds.get(i);
        value[i] = values.get(i);
      }
      return new Tree(feature, threshold, left, right, value);
    }

    private int node(int[] rows, int depth) {
      int id = nodes.size();
      double gs = 0;
      double hs = 0;
      for (int i : rows) {
        gs += g[i];
        hs += h[i];
      }
      nodes.add(new int[] {-1, -1, -1});
      thresholds.add(0.0);
      values.add(-s.rate() * gs / (hs + s.lambda()));
      if (depth >= s.depth() || hs < 2 * s.minHessian()) {
        return id;
      }
      double parent = gs * gs / (hs + s.lambda());
      double bestGain = 1e-9;
      int bestFeature = -1;
      int bestBin = -1;
      for (int f = 0; f < bin.length; f++) {
        int nb = cuts[f].length + 1;
        if (nb < 2) {
          continue;
        }
        double[] gh = new double[nb];
        double[] hh = new double[nb];
        int[] col = bin[f];
        for (int i : rows) {
          gh[col[i]] += g[i];
          hh[col[i]] += h[i];
        }
        double gl = 0;
        double hl = 0;
        for (int b = 0; b < nb - 1; b++) {
          gl += gh[b];
          hl += hh[b];
          double hr = hs - hl;
          if (hl < s.minHessian() || hr < s.minHessian()) {
            continue;
          }
          double gr = gs - gl;
          double gain = gl * gl / (hl + s.lambda()) + gr * gr / (hr + s.lambda()) - parent;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = f;
            bestBin = b;
          }
        }
      }
      if (bestFeature < 0) {
        return id;
      }
      int[] col = bin[bestFeature];
      int nl = 0;
      for (int i : rows) {
        if (col[i] <= bestBin) {
          nl++;
        }
      }
      int[] l = new int[nl];
      int[] r = new int[rows.length - nl];
      int a = 0;
      int b = 0;
      for (int i : rows) {
        if (col[i] <= bestBin) {
          l[a++] = i;
        } else {
          r[b++] = i;
        }
      }
      nodes.get(id)[0] = bestFeature;
      thresholds.set(id, cuts[bestFeature][bestBin]);
      nodes.get(id)[1] = node(l, depth + 1);
      nodes.get(id)[2] = node(r, depth + 1);
      return id;
    }
  }
}
