package org.newsgraph.extract.stance;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse features, trained by AdaGrad with L2 applied to the active features
 * (deterministic: a seeded shuffle, one thread). Weights are kept as floats so that the written model, read back,
 * predicts exactly as the trained one.
 */
final class SoftmaxModel {
  private final float[][] weights;

  SoftmaxModel(float[][] weights) {
    this.weights = weights;
  }

  int classes() {
    return weights.length;
  }

  int dimension() {
    return weights[0].length;
  }

  float weight(int c, int f) {
    return weights[c][f];
  }

  double[] probabilities(FeatureVector x) {
    double[] z = new double[weights.length];
    for (int c = 0; c < z.length; c++) {
      float[] w = weights[c];
      double s = 0;
      for (int k = 0; k < x.size(); k++) {
        s += w[x.index()[k]] * x.value()[k];
      }
      z[c] = s;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) {
      z[c] /= sum;
    }
    return z;
  }

  /** Training settings: passes over the data, AdaGrad step, L2 strength, shuffle seed, per-class example weights. */
  record Settings(int epochs, double step, double l2, long seed, double[] classWeights) {}

  /** One training example: its features and its class. */
  record Example(FeatureVector x, int label) {}

  static SoftmaxModel train(List<Example> data, int classes, int dimension, Settings s) {
    double[][] w = new double[classes][dimension];
    double[][] g2 = new double[classes][dimension];
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(s.seed());
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i : order) {
        Example e = data.get(i);
        double[] p = softmax(w, e.x());
        double cw = s.classWeights()[e.label()];
        for (int c = 0; c < classes; c++) {
          double err = cw * (p[c] - (c == e.label() ? 1 : 0));
          double[] wc = w[c];
          double[] gc = g2[c];
          for (int k = 0; k < e.x().size(); k++) {
            int f = e.x().index()[k];
            double g = err * e.x().value()[k] + s.l2() * wc[f];
            gc[f] += g * g;
            wc[f] -= s.step() * g / Math.sqrt(gc[f] + 1e-8);
          }
        }
      }
    }
    float[][] out = new float[classes][dimension];
    for (int c = 0; c < classes; c++) {
      for (int f = 0; f < dimension; f++) {
        out[c][f] = (float) w[c][f];
      }
    }
    return new SoftmaxModel(out);
  }

  private static double[] softmax(double[][] w, FeatureVector x) {
    double[] z = new double[w.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double s = 0;
      for (int k = 0; k < x.size(); k++) {
        s += w[c][x.index()[k]] * x.value()[k];
      }
      z[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) {
      z[c] /= sum;
    }
    return z;
  }
}
