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
 * slice of the first weight matrix: float products summed in double over the embedding in order). CoreNLP adds two
 * kinds of row: for the first {@code numPreComputed} (feature, token) pairs of the model's list, that double sum; for
 * every other pair, the same sum rounded to float (its cache of products holds floats). Both are pure functions of
 * the pair, so each is computed once on first use and kept, as doubles (adding doubles vectorises; widening floats
 * in the loop does not): the exact rows (bounded by that list) and up to {@code maxRoundedRows} rounded ones; past
 * that bound a row is computed into the caller's scratch array and not kept. Rows are published through an atomic
 * array, so threads share them without locks. The first layer is kept transposed ({@code [feature][k][unit]}) so
 * that a row is computed for all units together, each unit still summed in CoreNLP's order. The output layer is
 * kept in blocks of eight transitions by hidden unit, summed in eight independent accumulators, each in CoreNLP's
 * order over the hidden units; Java never fuses {@code a * b + c} into one rounding.
 */
final class ParserNetwork {
  static final int FEATURES = 48;
  private static final int BLOCK = 8;

  private final int hidden;
  private final int embedding;
  private final int transitions;
  private final float[] embeddings; // [token][k]
  private final float[] weights1; // [feature][k][unit]
  private final double[] bias;
  private final double[] weights2; // [block of 8 transitions][unit][8]
  private final boolean[] exact; // by pair: CoreNLP sums this row in double (else rounds it to float)
  private final AtomicReferenceArray<double[]> rows; // by pair
  private final AtomicInteger roundedKept = new AtomicInteger();
  private final int maxRoundedRows;

  /**
   * @param e embeddings, one row per token id
   * @param w1 first layer, one row per hidden unit, {@code FEATURES * embedding} wide
   * @param b1 first layer's bias
   * @param w2 output layer, one row per transition
   * @param exactPairs the pairs ({@code token * FEATURES + feature}) whose rows CoreNLP sums in double
   * @param maxRoundedRows how many rounded rows to keep at most (8 bytes per hidden unit each)
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
      for (int c = 0; c < width; c++) {
        weights1[c * hidden + u] = w1[u][c];
      }
    }
    this.bias = new double[hidden];
    for (int u = 0; u < hidden; u++) {
      bias[u] = b1[u];
    }
    int blocks = (transitions + BLOCK - 1) / BLOCK;
    this.weights2 = new double[blocks * hidden * BLOCK];
    for (int t = 0; t < transitions; t++) {
      for (int u = 0; u < hidden; u++) {
        weights2[((t / BLOCK) * hidden + u) * BLOCK + t % BLOCK] = w2[t][u];
      }
    }
    int pairs = e.length * FEATURES;
    this.exact = new boolean[pairs];
    for (int p : exactPairs) {
      exact[p] = true;
    }
    this.rows = new AtomicReferenceArray<>(pairs);
    this.maxRoundedRows = maxRoundedRows;
  }

  int transitions() {
    return transitions;
  }

  /** Per-thread arrays for {@link #scores}: nothing is allocated per transition. */
  Workspace workspace() {
    return new Workspace(new double[hidden], new double[hidden], new double[transitions]);
  }

  /** The arrays one parse works in. */
  record Workspace(double[] hidden, double[] scratch, double[] scores) {}

  /** The logit of every transition for these 48 feature ids, into {@code w.scores()}. */
  void scores(int[] features, Workspace w) {
    double[] h = w.hidden();
    java.util.Arrays.fill(h, 0.0);
    for (int f = 0; f < FEATURES; f++) {
      double[] row = row(features[f] * FEATURES + f, w.scratch());
      for (int u = 0; u < hidden; u++) {
        h[u] += row[u];
      }
    }
    for (int u = 0; u < hidden; u++) {
      double x = h[u] + bias[u];
      h[u] = x * x * x;
    }
    output(h, w.scores());
  }

  /** Each transition's logit: its weights times the activations, summed over the units in order. */
  private void output(double[] h, double[] s) {
    int n = transitions;
    for (int block = 0; block * BLOCK < n; block++) {
      double a0 = 0.0;
      double a1 = 0.0;
      double a2 = 0.0;
      double a3 = 0.0;
      double a4 = 0.0;
      double a5 = 0.0;
      double a6 = 0.0;
      double a7 = 0.0;
      int base = block * hidden * BLOCK;
      for (int u = 0; u < hidden; u++) {
        double x = h[u];
        int o = base + u * BLOCK;
        a0 += x * weights2[o];
        a1 += x * weights2[o + 1];
        a2 += x * weights2[o + 2];
        a3 += x * weights2[o + 3];
        a4 += x * weights2[o + 4];
        a5 += x * weights2[o + 5];
        a6 += x * weights2[o + 6];
        a7 += x * weights2[o + 7];
      }
      int t = block * BLOCK;
      put(s, t, a0);
      put(s, t + 1, a1);
      put(s, t + 2, a2);
      put(s, t + 3, a3);
      put(s, t + 4, a4);
      put(s, t + 5, a5);
      put(s, t + 6, a6);
      put(s, t + 7, a7);
    }
  }

  private static void put(double[] s, int t, double v) {
    if (t < s.length) {
      s[t] = v;
    }
  }

  /** The pair's row: kept, or computed now (and kept while there is room). */
  private double[] row(int pair, double[] scratch) {
    double[] row = rows.get(pair);
    if (row != null) {
      return row;
    }
    boolean rounded = !exact[pair];
    boolean keep = !rounded || roundedKept.get() < maxRoundedRows;
    row = keep ? new double[hidden] : scratch;
    compute(pair, row, rounded);
    if (keep && rows.compareAndSet(pair, null, row) && rounded) {
      roundedKept.incrementAndGet();
    }
    return row;
  }

  /** The pair's embedding times its weight slice: float products summed in double, per unit in order. */
  private void compute(int pair, double[] row, boolean rounded) {
    java.util.Arrays.fill(row, 0.0);
    int token = pair / FEATURES;
    int first = (pair % FEATURES) * embedding;
    for (int k = 0; k < embedding; k++) {
      float ek = embeddings[token * embedding + k];
      int base = (first + k) * hidden;
      for (int u = 0; u < hidden; u++) {
        row[u] += weights1[base + u] * ek;
      }
    }
    if (rounded) {
      for (int u = 0; u < hidden; u++) {
        row[u] = (float) row[u];
      }
    }
  }

  /** How many rounded rows are kept now (for the memory figures). */
  int roundedRowsKept() {
    return roundedKept.get();
  }
}
