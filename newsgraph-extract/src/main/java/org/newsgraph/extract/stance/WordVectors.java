package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Distributional word vectors learnt from the training bodies: positive pointwise mutual information of stems
 * within {@link #WINDOW} content words of each other (against the {@link #CONTEXTS} most frequent stems), reduced to
 * {@link #DIM} dimensions by a truncated SVD ({@link TruncatedSvd}), less the mean, scaled to unit length. Two stems that keep
 * the same company ("killed" and "died") get close vectors though they never share a sentence. Deterministic: the
 * same documents and vocabulary give the same vectors.
 */
final class WordVectors {
  static final int DIM = 64;
  /** Only the most frequent stems serve as contexts, and a pair seen once says nothing: rare PMI is noise. */
  private static final int CONTEXTS = 2000;
  private static final int MIN_PAIR = 2;
  private static final int WINDOW = 4;
  /** Context counts are smoothed (raised to this power) so that rare contexts do not dominate PMI. */
  private static final double SMOOTH = 0.75;
  private static final WordVectors NONE = new WordVectors(Map.of());

  private final Map<String, float[]> vectors;

  WordVectors(Map<String, float[]> vectors) {
    this.vectors = vectors;
  }

  static WordVectors none() {
    return NONE;
  }

  boolean isEmpty() {
    return vectors.isEmpty();
  }

  /** The unit vector of a stem, or null when it has none. */
  float[] get(String stem) {
    return vectors.get(stem);
  }

  /** Stems with a vector, sorted (for writing the model). */
  Map<String, float[]> all() {
    return vectors;
  }

  /** 1 for the same stem, else the cosine of their vectors (0 when either has none). */
  double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    float[] x = vectors.get(a);
    float[] y = vectors.get(b);
    return x == null || y == null ? 0 : dot(x, y);
  }

  private static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  static double dot(float[] x, float[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  /** Learns vectors for the stems of {@code vocabulary} from documents given as content-stem lists. */
  static WordVectors learn(List<List<String>> documents, List<String> vocabulary, long seed) {
    String[] words = vocabulary.stream().sorted().toArray(String[]::new);
    Map<String, Integer> id = new TreeMap<>();
    for (int i = 0; i < words.length; i++) {
      id.put(words[i], i);
    }
    int v = words.length;
    List<long[]> chunks = new ArrayList<>();
    long[] buf = new long[1 << 20];
    int k = 0;
    for (List<String> doc : documents) {
      int[] ids = new int[doc.size()];
      for (int i = 0; i < ids.length; i++) {
        Integer x = id.get(doc.get(i));
        ids[i] = x == null ? -1 : x;
      }
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] < 0) {
          continue;
        }
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(ids.length - 1, i + WINDOW); j++) {
          if (j == i || ids[j] < 0) {
            continue;
          }
          if (k == buf.length) {
            chunks.add(buf);
            buf = new long[buf.length];
            k = 0;
          }
          buf[k++] = (long) ids[i] * v + ids[j];
        }
      }
    }
    long[] all = new long[chunks.size() * buf.length + k];
    int at = 0;
    for (long[] c : chunks) {
      System.arraycopy(c, 0, all, at, c.length);
      at += c.length;
    }
    System.arraycopy(buf, 0, all, at, k);
    Arrays.sort(all);
    double[] rowCount = new double[v];
    double[] colCount = new double[v];
    for (long pair : all) {
      rowCount[(int) (pair / v)]++;
      colCount[(int) (pair % v)]++;
    }
    double colTotal = 0;
    for (int j = 0; j < v; j++) {
      colCount[j] = Math.pow(colCount[j], SMOOTH);
      colTotal += colCount[j];
    }
    double total = all.length;
    Integer[] byFrequency = new Integer[v];
    for (int j = 0; j < v; j++) {
      byFrequency[j] = j;
    }
    Arrays.sort(byFrequency, (x, y) -> colCount[x] != colCount[y] ? Double.compare(colCount[y], colCount[x])
        : Integer.compare(x, y));
    boolean[] context = new boolean[v];
    for (int j = 0; j < Math.min(CONTEXTS, v); j++) {
      context[byFrequency[j]] = true;
    }
    int[] column = new int[v];
    int cols = 0;
    for (int j = 0; j < v; j++) {
      column[j] = context[j] ? cols++ : -1;
    }
    float[][] ppmi = new float[v][cols];
    for (int a = 0; a < all.length;) {
      int b = a;
      while (b < all.length && all[b] == all[a]) {
        b++;
      }
      int row = (int) (all[a] / v);
      int col = (int) (all[a] % v);
      double pmi = Math.log((b - a) / total / ((rowCount[row] / total) * (colCount[col] / colTotal)));
      if (pmi > 0 && b - a >= MIN_PAIR && context[col]) {
        ppmi[row][column[col]] = (float) pmi;
      }
      a = b;
    }
    double[][] out = TruncatedSvd.rows(ppmi, cols, DIM, seed);
    // Unit rows, less their mean: every row leans toward the common contexts, which would make all words alike.
    double[] mean = new double[DIM];
    for (double[] row : out) {
      double norm = Math.sqrt(dot(row, row));
      for (int d = 0; norm > 0 && d < DIM; d++) {
        row[d] /= norm;
        mean[d] += row[d] / v;
      }
    }
    Map<String, float[]> vectors = new TreeMap<>();
    for (int i = 0; i < v; i++) {
      if (dot(out[i], out[i]) == 0) {
        continue;
      }
      for (int d = 0; d < DIM; d++) {
        out[i][d] -= mean[d];
      }
      double norm = 0;
      for (double x : out[i]) {
        norm += x * x;
      }
      if (norm == 0) {
        continue;
      }
      float[] u = new float[DIM];
      double r = Math.sqrt(norm);
      for (int d = 0; d < DIM; d++) {
        // Three decimals: what the model file keeps, so the trained and the read model see the same figures.
        u[d] = Math.round(out[i][d] / r * 1000) / 1000f;
      }
      vectors.put(words[i], u);
    }
    return new WordVectors(vectors);
  }
}
