package org.newsgraph.extract.claims.model;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A first-order linear-chain tagger: each position has string features, each feature a weight per label, each pair
 * of neighbouring labels a transition weight; the labelling is the highest-scoring one (Viterbi) among those the
 * {@link Labels} allow ({@code I-X} only after {@code B-X} or {@code I-X}) and the caller's per-position masks allow.
 * Trained by {@link TaggerTrainer}. Features the model does not know weigh nothing.
 */
public final class LinearChainTagger {
  /** A mask that allows every label at a position. */
  public static final int ANY = -1;

  private final Labels labels;
  private final String[] names; // row → feature name
  private final LongIntMap rows; // feature hash → row
  private final float[] emission; // row * labels + label
  private final float[] transition; // (previous, or labels.size() for the start) * labels + next

  LinearChainTagger(Labels labels, String[] names, float[] emission, float[] transition) {
    int n = labels.size();
    if (emission.length != names.length * n || transition.length != (n + 1) * n) {
      throw new IllegalArgumentException("weights do not fit " + names.length + " features and " + n + " labels");
    }
    this.labels = labels;
    this.names = names;
    this.rows = new LongIntMap(names.length);
    for (int r = 0; r < names.length; r++) {
      rows.put(FeatureHash.of(names[r]), r);
    }
    this.emission = emission;
    this.transition = transition;
  }

  /** A tagger that knows no feature: every position scores 0 for every label (the first label wins ties). */
  public static LinearChainTagger empty(Labels labels) {
    int n = labels.size();
    return new LinearChainTagger(labels, new String[0], new float[0], new float[(n + 1) * n]);
  }

  public Labels labels() {
    return labels;
  }

  /** Number of features with a weight. */
  public int features() {
    return names.length;
  }

  public boolean isEmpty() {
    return names.length == 0;
  }

  /** The summed weights of the features {@code hashes} ({@link FeatureHash}) for each label. */
  public double[] score(long[] hashes) {
    int n = labels.size();
    double[] s = new double[n];
    for (long h : hashes) {
      int r = rows.get(h);
      if (r >= 0) {
        int base = r * n;
        for (int k = 0; k < n; k++) {
          s[k] += emission[base + k];
        }
      }
    }
    return s;
  }

  /** The summed weights of the features named {@code names} for each label. */
  public double[] score(String[] names) {
    long[] h = new long[names.length];
    for (int i = 0; i < h.length; i++) {
      h[i] = FeatureHash.of(names[i]);
    }
    return score(h);
  }

  /** Each position's label scores, from its feature hashes. */
  public double[][] scores(List<long[]> positions) {
    double[][] out = new double[positions.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = score(positions.get(i));
    }
    return out;
  }

  /** The transition weight from {@code previous} (-1 for the start) to {@code next}. */
  public double transition(int previous, int next) {
    int n = labels.size();
    return transition[(previous < 0 ? n : previous) * n + next];
  }

  /** The best labelling of positions with feature hashes {@code positions}; {@code masks} may be null (all allowed). */
  public int[] decode(List<long[]> positions, int[] masks) {
    return decode(scores(positions), masks);
  }

  /**
   * The best labelling given each position's label scores, within the masks (bit k set: label k allowed; null:
   * all). When the masks leave no path, every position gets label 0.
   */
  public int[] decode(double[][] scores, int[] masks) {
    return Viterbi.best(labels, scores, (p, k) -> transition(p, k), masks);
  }

  /** The transition weights as an array the trainer can start from. */
  float[] transitions() {
    return transition.clone();
  }

  /**
   * Writes the tagger as lines {@code part<TAB>key<TAB>weights}: {@code labels} with the label names, {@code t} with
   * each previous label's transition weights (the start as {@code ^}), then each feature with its weight per label,
   * features sorted, weights with four significant digits.
   */
  public void write(Writer out, String part) throws IOException {
    int n = labels.size();
    out.write(part + "\t#labels\t" + String.join(" ", labels.names()) + "\n");
    for (int p = 0; p <= n; p++) {
      out.write(part + "\t#t\t" + (p == n ? "^" : labels.name(p)) + " "
          + join(Arrays.copyOfRange(transition, p * n, p * n + n)) + "\n");
    }
    Integer[] order = new Integer[names.length];
    for (int r = 0; r < order.length; r++) {
      order[r] = r;
    }
    Arrays.sort(order, (x, y) -> names[x].compareTo(names[y]));
    for (int r : order) {
      int base = r * n;
      out.write(part + "\t" + names[r] + "\t" + join(Arrays.copyOfRange(emission, base, base + n)) + "\n");
    }
  }

  /**
   * Reads the lines {@link #write} wrote for one part, each given without its part column as {@code key<TAB>weights}.
   *
   * @throws IllegalArgumentException when a line does not parse
   */
  public static LinearChainTagger read(List<String> lines) {
    Labels labels = null;
    float[] transition = null;
    List<String> names = new ArrayList<>();
    List<float[]> weights = new ArrayList<>();
    for (String line : lines) {
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException("expected key<TAB>weights: " + line);
      }
      String key = line.substring(0, tab);
      String[] values = line.substring(tab + 1).split(" ");
      if (key.equals("#labels")) {
        labels = Labels.of(List.of(values));
        transition = new float[(labels.size() + 1) * labels.size()];
      } else if (labels == null) {
        throw new IllegalArgumentException("weights before the labels: " + line);
      } else if (key.equals("#t")) {
        int n = labels.size();
        int p = values[0].equals("^") ? n : labels.index(values[0]);
        if (p < 0 || values.length != n + 1) {
          throw new IllegalArgumentException("bad transition line: " + line);
        }
        for (int k = 0; k < n; k++) {
          transition[p * n + k] = Float.parseFloat(values[k + 1]);
        }
      } else {
        if (values.length != labels.size()) {
          throw new IllegalArgumentException("expected " + labels.size() + " weights: " + line);
        }
        float[] w = new float[values.length];
        for (int k = 0; k < w.length; k++) {
          w[k] = Float.parseFloat(values[k]);
        }
        names.add(key);
        weights.add(w);
      }
    }
    if (labels == null) {
      throw new IllegalArgumentException("no labels line");
    }
    int n = labels.size();
    float[] emission = new float[weights.size() * n];
    for (int r = 0; r < weights.size(); r++) {
      System.arraycopy(weights.get(r), 0, emission, r * n, n);
    }
    return new LinearChainTagger(labels, names.toArray(String[]::new), emission, transition);
  }

  private static String join(float[] w) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < w.length; k++) {
      sb.append(k > 0 ? " " : "").append(format(w[k]));
    }
    return sb.toString();
  }

  /** A weight as the file keeps it: four significant digits, "0" for zero. */
  static String format(double w) {
    if (w == 0) {
      return "0";
    }
    String s = String.format(Locale.ROOT, "%.4g", w);
    return s.contains("e") || !s.contains(".") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** {@code w} as the file keeps it. */
  static float rounded(double w) {
    return Float.parseFloat(format(w));
  }
}
