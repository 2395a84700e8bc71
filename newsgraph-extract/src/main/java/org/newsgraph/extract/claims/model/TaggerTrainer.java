package org.newsgraph.extract.claims.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link LinearChainTagger} as an averaged structured perceptron (Collins 2002): for each example the best
 * labelling under the current weights is compared with the right one, and where they differ the right labels'
 * features gain one and the predicted labels' features lose one; the weights kept are the average over every step.
 * Examples are visited in a seeded shuffle of the order they were added, for a fixed number of passes, so the same
 * examples give the same weights. A position whose right label is unknown ({@code -1}) takes whatever label the
 * current weights like best within the known ones around it (a latent position: neither rewarded nor punished for
 * itself). Features seen fewer than {@code minCount} times are left out.
 */
public final class TaggerTrainer {
  /** What {@link #train} uses: passes over the data, the rarest feature kept, the shuffle's seed. */
  public record Settings(int epochs, int minCount, long seed) {
    public Settings {
      if (epochs < 1 || minCount < 1) {
        throw new IllegalArgumentException("epochs and minCount must be at least 1");
      }
    }
  }

  private record Example(int[][] features, int[] gold, int[] masks) {}

  private final Labels labels;
  private final Settings settings;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private int[] counts = new int[1024];
  private final List<Example> examples = new ArrayList<>();

  public TaggerTrainer(Labels labels, Settings settings) {
    this.labels = labels;
    this.settings = settings;
  }

  /** Number of examples added. */
  public int size() {
    return examples.size();
  }

  /**
   * Adds one sequence: each position's features, its right label ({@code -1}: unknown), and the labels allowed at
   * each position (bit masks as {@link LinearChainTagger#decode(double[][], int[])} reads them; null: all).
   */
  public void add(List<String[]> positions, int[] gold, int[] masks) {
    if (gold.length != positions.size() || masks != null && masks.length != gold.length) {
      throw new IllegalArgumentException("positions, labels and masks differ in length");
    }
    int[][] f = new int[positions.size()][];
    for (int i = 0; i < f.length; i++) {
      String[] p = positions.get(i);
      f[i] = new int[p.length];
      for (int j = 0; j < p.length; j++) {
        f[i][j] = id(p[j]);
      }
    }
    examples.add(new Example(f, gold.clone(), masks == null ? null : masks.clone()));
  }

  private int id(String feature) {
    Integer id = ids.get(feature);
    if (id == null) {
      id = names.size();
      ids.put(feature, id);
      names.add(feature);
      if (id == counts.length) {
        counts = java.util.Arrays.copyOf(counts, counts.length * 2);
      }
    }
    counts[id]++;
    return id;
  }

  /** Trains on every example added, logging one line per pass. */
  public LinearChainTagger train(Consumer<String> log) {
    int[] dense = new int[names.size()];
    int kept = 0;
    for (int i = 0; i < dense.length; i++) {
      dense[i] = counts[i] >= settings.minCount() ? kept++ : -1;
    }
    List<Example> data = new ArrayList<>();
    for (Example e : examples) {
      int[][] f = new int[e.features().length][];
      for (int i = 0; i < f.length; i++) {
        f[i] = java.util.Arrays.stream(e.features()[i]).map(x -> dense[x]).filter(x -> x >= 0).toArray();
      }
      data.add(new Example(f, e.gold(), e.masks()));
    }
    int n = labels.size();
    Weights w = new Weights(kept, n);
    Random random = new Random(settings.seed());
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      int wrong = 0;
      for (int idx : order) {
        Example e = data.get(idx);
        double[][] scores = w.scores(e.features());
        int[] predicted = Viterbi.best(labels, scores, w::transition, e.masks());
        int[] target = target(e, scores, w);
        if (!java.util.Arrays.equals(predicted, target)) {
          wrong++;
          w.update(e.features(), target, predicted);
        }
        w.step();
      }
      log.accept(String.format(java.util.Locale.ROOT, "pass %d: %d of %d sequences wrong", epoch + 1, wrong,
          data.size()));
    }
    return w.averaged(names, dense, labels);
  }

  /** The right labelling: the gold labels, with unknown positions filled by the current weights' best choice. */
  private int[] target(Example e, double[][] scores, Weights w) {
    boolean latent = false;
    for (int g : e.gold()) {
      latent |= g < 0;
    }
    if (!latent) {
      return e.gold();
    }
    int[] masks = new int[e.gold().length];
    for (int i = 0; i < masks.length; i++) {
      int allowed = e.masks() == null ? LinearChainTagger.ANY : e.masks()[i];
      masks[i] = e.gold()[i] < 0 ? allowed : 1 << e.gold()[i];
    }
    return Viterbi.best(labels, scores, w::transition, masks);
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Current weights and their running sums for the average (the usual trick: sum of step × update). */
  private static final class Weights {
    private final int n;
    private final double[] emission;
    private final double[] emissionSum;
    private final double[] transition;
    private final double[] transitionSum;
    private long step = 1;

    Weights(int features, int labels) {
      n = labels;
      emission = new double[features * labels];
      emissionSum = new double[features * labels];
      transition = new double[(labels + 1) * labels];
      transitionSum = new double[(labels + 1) * labels];
    }

    double transition(int previous, int next) {
      return transition[(previous < 0 ? n : previous) * n + next];
    }

    double[][] scores(int[][] features) {
      double[][] s = new double[features.length][n];
      for (int i = 0; i < features.length; i++) {
        for (int f : features[i]) {
          int base = f * n;
          for (int k = 0; k < n; k++) {
            s[i][k] += emission[base + k];
          }
        }
      }
      return s;
    }

    void update(int[][] features, int[] target, int[] predicted) {
      for (int i = 0; i < target.length; i++) {
        if (target[i] != predicted[i]) {
          for (int f : features[i]) {
            add(emission, emissionSum, f * n + target[i], 1);
            add(emission, emissionSum, f * n + predicted[i], -1);
          }
        }
        int tp = i == 0 ? n : target[i - 1];
        int pp = i == 0 ? n : predicted[i - 1];
        if (tp != pp || target[i] != predicted[i]) {
          add(transition, transitionSum, tp * n + target[i], 1);
          add(transition, transitionSum, pp * n + predicted[i], -1);
        }
      }
    }

    private void add(double[] w, double[] sum, int at, double d) {
      w[at] += d;
      sum[at] += step * d;
    }

    void step() {
      step++;
    }

    LinearChainTagger averaged(List<String> names, int[] dense, Labels labels) {
      List<String> rows = new ArrayList<>();
      List<float[]> kept = new ArrayList<>();
      for (int id = 0; id < dense.length; id++) {
        int d = dense[id];
        if (d < 0) {
          continue;
        }
        float[] w = new float[n];
        boolean any = false;
        for (int k = 0; k < n; k++) {
          w[k] = LinearChainTagger.rounded(emission[d * n + k] - emissionSum[d * n + k] / step);
          any |= w[k] != 0;
        }
        if (any) {
          rows.add(names.get(id));
          kept.add(w);
        }
      }
      float[] e = new float[kept.size() * n];
      for (int r = 0; r < kept.size(); r++) {
        System.arraycopy(kept.get(r), 0, e, r * n, n);
      }
      float[] t = new float[transition.length];
      for (int i = 0; i < t.length; i++) {
        t[i] = LinearChainTagger.rounded(transition[i] - transitionSum[i] / step);
      }
      return new LinearChainTagger(labels, rows.toArray(String[]::new), e, t);
    }
  }
}
