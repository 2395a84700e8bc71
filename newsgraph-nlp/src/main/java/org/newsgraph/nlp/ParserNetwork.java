package org.newsgraph.nlp;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The neural dependency parser's network (CoreNLP's {@code nndep} model: 48 features, each an embedding of 50 floats;
 * one hidden layer with cube activation; one logit per transition), evaluated with the same floating-point
 * operations in the same order as CoreNLP 4.5's {@code Classifier}, so that every score, and so every parse, is the
 * same to the bit.
 *
 * <p>The hidden layer is a sum, over the 48 features in order, of a product row (the feature's embedding times its
 * slice of the first weight matrix). CoreNLP adds two kinds of row: for the first {@code numPreComputed} (feature,
 * token) pairs of the model's list, a row summed in double; for every other pair, the same sum rounded to float (its
 * cache of products holds floats). Both are pure functions of the pair, so they are computed once on first use and
 * kept: the double rows (bounded by that list) and up to {@code maxRoundedRows} float rows; past that bound a row is
 * computed into the caller's scratch array and not kept. Rows are published through atomic arrays, so threads share
 * them without locks. The output layer is laid out by hidden unit ({@code [unit][transition]}) so that the logits of
 * all transitions are summed together, each still in CoreNLP's order over the hidden units, without fused
 * multiply-adds (Java never fuses {@code a * b + c}).
 */
final class ParserNetwork {
  static final int FEATURES = 48;

  private final int hidden;
  private final int embedding;
  private final int transitions;
  private final float[] embeddings; // [token][k]
  private final float[] weights1; // [unit][feature * embedding + k]
  private final double[] bias;
  private final double[] weights2; // [unit][transition]
  private final int[] exactSlot; // pair -> index into exactRows, or -1
  private final AtomicReferenceArray<double[]> exactRows;
  private final AtomicReferenceArray<float[]> roundedRows; // by pair
  private final AtomicInteger roundedKept = new AtomicInteger();
  private final int maxRoundedRows;

  /**
   * @param e embeddings, one row per token id
   * @param w1 first layer, one row per hidden unit, {@code FEATURES * embedding} wide
   * @param b1 first layer's bias
   * @param w2 output layer, one row per transition
   * @param exactPairs the pairs ({@code token * FEATURES + feature}) whose rows CoreNLP sums in double
   * @param maxRoundedRows how many float rows to keep at most (4 bytes per hidden unit each)
   */
  ParserNetwork(float[][] e, float[][] w1, float[] b1, float[][] w2, List<Integer> exactPairs, int maxRoundedRows) {
    this.hidden = w1.length;
    this.embedding = e[0].length;
    this.transitions = w2.length;
    if (w1[0].length != FEATURES * embedding || b1.length != hidden || w2[0].length != hidden) {
      throw new IllegalArgumentException("unexpected parser model dimensions");
    }
    this.embeddings = new float[e.length * embedding];
    for (int t = 0; t < e.length; t++) {
      System.arraycopy(e[t], 0, embeddings, t * embedding, embedding);
    }
    int width = FEATURES * embedding;
    this.weights1 = new float[hidden * width];
    for (int u = 0; u < hidden; u++) {
      System.arraycopy(w1[u], 0, weights1, u * width, width);
    }
    this.bias = new double[hidden];
    for (int u = 0; u < hidden; u++) {
      bias[u] = b1[u];
    }
    this.weights2 = new double[hidden * transitions];
    for (int t = 0; t < transitions; t++) {
      for (int u = 0; u < hidden; u++) {
        weights2[u * transitions + t] = w2[t][u];
      }
    }
    int pairs = e.length * FEATURES;
    this.exactSlot = new int[pairs];
    java.util.Arrays.fill(exactSlot, -1);
    for (int i = 0; i < exactPairs.size(); i++) {
      int p = exactPairs.get(i);
      if (exactSlot[p] < 0) {
        exactSlot[p] = i;
      }
    }
    this.exactRows = new AtomicReferenceArray<>(exactPairs.size());
    this.roundedRows = new AtomicReferenceArray<>(pairs);
    this.maxRoundedRows = maxRoundedRows;
  }

  int transitions() {
    return transitions;
  }

  /** Per-thread arrays for {@link #scores}: nothing is allocated per transition. */
  Workspace workspace() {
    return new Workspace(new double[hidden], new float[hidden], new double[transitions]);
  }

  /** The arrays one parse works in. */
  record Workspace(double[] hidden, float[] scratch, double[] scores) {}

  /** The logit of every transition for these 48 feature ids, into {@code w.scores()}. */
  void scores(int[] features, Workspace w) {
    double[] h = w.hidden();
    java.util.Arrays.fill(h, 0.0);
    for (int f = 0; f < FEATURES; f++) {
      int pair = features[f] * FEATURES + f;
      int slot = exactSlot[pair];
      if (slot >= 0) {
        double[] row = exactRow(slot, pair);
        for (int u = 0; u < hidden; u++) {
          h[u] += row[u];
        }
      } else {
        float[] row = roundedRow(pair, w.scratch());
        for (int u = 0; u < hidden; u++) {
          h[u] += row[u];
        }
      }
    }
    for (int u = 0; u < hidden; u++) {
      double x = h[u] + bias[u];
      h[u] = x * x * x;
    }
    double[] s = w.scores();
    java.util.Arrays.fill(s, 0.0);
    int n = transitions;
    for (int u = 0; u < hidden; u++) {
      double x = h[u];
      int base = u * n;
      for (int t = 0; t < n; t++) {
        s[t] += x * weights2[base + t];
      }
    }
  }

  private double[] exactRow(int slot, int pair) {
    double[] row = exactRows.get(slot);
    if (row == null) {
      row = new double[hidden];
      int token = pair / FEATURES;
      int offset = (pair % FEATURES) * embedding;
      for (int u = 0; u < hidden; u++) {
        row[u] = product(u, offset, token);
      }
      exactRows.compareAndSet(slot, null, row);
    }
    return row;
  }

  private float[] roundedRow(int pair, float[] scratch) {
    float[] row = roundedRows.get(pair);
    if (row != null) {
      return row;
    }
    boolean keep = roundedKept.get() < maxRoundedRows;
    row = keep ? new float[hidden] : scratch;
    int token = pair / FEATURES;
    int offset = (pair % FEATURES) * embedding;
    for (int u = 0; u < hidden; u++) {
      row[u] = (float) product(u, offset, token);
    }
    if (keep && roundedRows.compareAndSet(pair, null, row)) {
      roundedKept.incrementAndGet();
    }
    return row;
  }

  /** One unit's product of an embedding and its weight slice: float products summed in double, as CoreNLP does. */
  private double product(int unit, int offset, int token) {
    int w = unit * FEATURES * embedding + offset;
    int e = token * embedding;
    double sum = 0.0;
    for (int k = 0; k < embedding; k++) {
      sum += weights1[w + k] * embeddings[e + k];
    }
    return sum;
  }

  /** How many float rows are kept now (for the memory figures). */
  int roundedRowsKept() {
    return roundedKept.get();
  }
}
