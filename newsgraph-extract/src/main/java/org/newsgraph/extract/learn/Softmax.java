package org.newsgraph.extract.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A softmax (multinomial logistic) regression over string features: one weight per class and feature, plus a bias per
 * class. {@link #fit} minimises the mean log loss plus an L2 penalty by full-batch gradient steps with Adam's
 * step sizes, for a fixed number of steps, over the examples in their given order: the same examples give the same
 * weights on every machine. Two classes make a binary logistic regression.
 */
public final class Softmax {
  /** The name of the bias feature in weight tables. */
  public static final String BIAS = "__bias__";

  private final List<String> classes;
  private final Map<String, double[]> weights;

  /**
   * @param classes the class names, in a fixed order
   * @param weights per feature, one weight per class (the bias under {@link #BIAS})
   */
  public Softmax(List<String> classes, Map<String, double[]> weights) {
    this.classes = List.copyOf(classes);
    this.weights = Map.copyOf(weights);
  }

  /** One example: its features (with values) and its class index. */
  public record Example(Map<String, Double> features, int label) {}

  /** Training settings: the L2 penalty per weight, the number of full-batch steps and Adam's step size. */
  public record Settings(double l2, int steps, double rate) {}

  public List<String> classes() {
    return classes;
  }

  /** Feature name to its weights, one per class (read-only). */
  public Map<String, double[]> weights() {
    return weights;
  }

  /** Number of non-zero weights. */
  public int size() {
    int n = 0;
    for (double[] w : weights.values()) {
      for (double x : w) {
        n += x != 0 ? 1 : 0;
      }
    }
    return n;
  }

  /** The probability of each class, in {@link #classes()} order. */
  public double[] probabilities(Map<String, Double> features) {
    double[] z = new double[classes.size()];
    add(z, weights.get(BIAS), 1.0);
    for (Map.Entry<String, Double> f : features.entrySet()) {
      add(z, weights.get(f.getKey()), f.getValue());
    }
    return softmax(z);
  }

  /** The class scores before the softmax (for a binary model, the second minus the first is the log-odds). */
  public double[] scores(Map<String, Double> features) {
    double[] z = new double[classes.size()];
    add(z, weights.get(BIAS), 1.0);
    for (Map.Entry<String, Double> f : features.entrySet()) {
      add(z, weights.get(f.getKey()), f.getValue());
    }
    return z;
  }

  private static void add(double[] z, double[] w, double v) {
    if (w == null) {
      return;
    }
    for (int k = 0; k < z.length; k++) {
      z[k] += w[k] * v;
    }
  }

  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : z) {
      max = Math.max(max, x);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = Math.exp(z[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < z.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** Fits a model to {@code examples} (see the class comment); features seen in no example get no weight. */
  public static Softmax fit(List<String> classes, List<Example> examples, Settings s) {
    Map<String, Integer> index = new TreeMap<>();
    index.put(BIAS, 0);
    for (Example e : examples) {
      for (String f : e.features().keySet()) {
        index.putIfAbsent(f, -1);
      }
    }
    List<String> names = new ArrayList<>(index.keySet());
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    int bias = index.get(BIAS);
    int k = classes.size();
    int[][] ids = new int[examples.size()][];
    double[][] vals = new double[examples.size()][];
    for (int i = 0; i < examples.size(); i++) {
      Map<String, Double> f = new TreeMap<>(examples.get(i).features());
      ids[i] = new int[f.size() + 1];
      vals[i] = new double[f.size() + 1];
      ids[i][0] = bias;
      vals[i][0] = 1.0;
      int j = 1;
      for (Map.Entry<String, Double> e : f.entrySet()) {
        ids[i][j] = index.get(e.getKey());
        vals[i][j++] = e.getValue();
      }
    }
    int n = names.size() * k;
    double[] w = new double[n];
    double[] m = new double[n];
    double[] v = new double[n];
    double[] g = new double[n];
    double b1 = 0.9;
    double b2 = 0.999;
    double scale = 1.0 / Math.max(1, examples.size());
    for (int step = 1; step <= s.steps(); step++) {
      java.util.Arrays.fill(g, 0);
      for (int i = 0; i < ids.length; i++) {
        double[] z = new double[k];
        for (int j = 0; j < ids[i].length; j++) {
          int base = ids[i][j] * k;
          for (int c = 0; c < k; c++) {
            z[c] += w[base + c] * vals[i][j];
          }
        }
        double[] p = softmax(z);
        p[examples.get(i).label()] -= 1;
        for (int j = 0; j < ids[i].length; j++) {
          int base = ids[i][j] * k;
          for (int c = 0; c < k; c++) {
            g[base + c] += p[c] * vals[i][j] * scale;
          }
        }
      }
      for (int x = 0; x < n; x++) {
        if (x / k != bias) {
          g[x] += s.l2() * w[x];
        }
        m[x] = b1 * m[x] + (1 - b1) * g[x];
        v[x] = b2 * v[x] + (1 - b2) * g[x] * g[x];
        double mh = m[x] / (1 - Math.pow(b1, step));
        double vh = v[x] / (1 - Math.pow(b2, step));
        w[x] -= s.rate() * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
    Map<String, double[]> out = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      double[] row = new double[k];
      boolean any = false;
      for (int c = 0; c < k; c++) {
        row[c] = ModelFiles.rounded(w[i * k + c]);
        any |= row[c] != 0;
      }
      if (any) {
        out.put(names.get(i), row);
      }
    }
    return new Softmax(classes, out);
  }
}
