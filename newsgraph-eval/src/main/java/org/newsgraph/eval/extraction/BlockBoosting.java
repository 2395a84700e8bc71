package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.ingest.html.BlockModel;
import org.newsgraph.ingest.html.BlockTree;

/**
 * Gradient boosting of small regression trees on the logistic loss, starting from a fitted logistic regression's
 * log-odds: each tree is grown level by level to a fixed depth, split where the second-order gain is largest, its
 * leaves set by a Newton step shrunk by a rate. Deterministic: examples in their given order, ties kept by index.
 */
final class BlockBoosting {
  static final int DEPTH = 3;
  static final double RATE = 0.1;
  private static final double LEAF_L2 = 1;
  private static final double MIN_CHILD = 1;

  private BlockBoosting() {}

  /** {@code trees} trees fitted, one after the other, to what {@code base} still gets wrong on {@code examples}. */
  static List<BlockTree> boost(BlockModel base, List<BlockLogistic.Example> examples, int trees) {
    int n = examples.size();
    int d = BlockModel.featureNames().size();
    double[] margin = new double[n];
    for (int i = 0; i < n; i++) {
      margin[i] = base.logOdds(examples.get(i).x());
    }
    int[][] sorted = new int[d][];
    for (int f = 0; f < d; f++) {
      final int ff = f;
      sorted[f] = java.util.stream.IntStream.range(0, n).boxed()
          .sorted(Comparator.comparingDouble((Integer i) -> examples.get(i).x()[ff]).thenComparingInt(i -> i))
          .mapToInt(Integer::intValue).toArray();
    }
    List<BlockTree> grown = new ArrayList<>();
    double[] g = new double[n];
    double[] h = new double[n];
    for (int t = 0; t < trees; t++) {
      for (int i = 0; i < n; i++) {
        BlockLogistic.Example e = examples.get(i);
        double p = 1 / (1 + StrictMath.exp(-margin[i]));
        g[i] = e.weight() * (p - (e.body() ? 1 : 0));
        h[i] = e.weight() * p * (1 - p);
      }
      BlockTree tree = grow(examples, sorted, g, h);
      grown.add(tree);
      for (int i = 0; i < n; i++) {
        margin[i] += tree.score(examples.get(i).x());
      }
    }
    return grown;
  }

  private static BlockTree grow(List<BlockLogistic.Example> examples, int[][] sorted, double[] g, double[] h) {
    int n = examples.size();
    int maxNodes = (1 << (DEPTH + 1)) - 1;
    int[] feature = new int[maxNodes];
    double[] threshold = new double[maxNodes];
    int[] left = new int[maxNodes];
    int[] right = new int[maxNodes];
    double[] value = new double[maxNodes];
    Arrays.fill(feature, -1);
    int[] node = new int[n]; // each example's node; all start at the root
    int nodes = 1;
    List<Integer> level = List.of(0);
    for (int depth = 0; depth < DEPTH && !level.isEmpty(); depth++) {
      double[] sg = new double[maxNodes];
      double[] sh = new double[maxNodes];
      for (int i = 0; i < n; i++) {
        sg[node[i]] += g[i];
        sh[node[i]] += h[i];
      }
      double[] bestGain = new double[maxNodes];
      int[] bestFeature = new int[maxNodes];
      double[] bestThreshold = new double[maxNodes];
      Arrays.fill(bestFeature, -1);
      for (int f = 0; f < sorted.length; f++) {
        double[] lg = new double[maxNodes];
        double[] lh = new double[maxNodes];
        double[] last = new double[maxNodes];
        boolean[] started = new boolean[maxNodes];
        for (int i : sorted[f]) {
          int k = node[i];
          double v = examples.get(i).x()[f];
          if (started[k] && v > last[k] && lh[k] >= MIN_CHILD && sh[k] - lh[k] >= MIN_CHILD) {
            double rg = sg[k] - lg[k];
            double rh = sh[k] - lh[k];
            double gain = lg[k] * lg[k] / (lh[k] + LEAF_L2) + rg * rg / (rh + LEAF_L2)
                - sg[k] * sg[k] / (sh[k] + LEAF_L2);
            if (gain > bestGain[k] + 1e-12) {
              bestGain[k] = gain;
              bestFeature[k] = f;
              bestThreshold[k] = (last[k] + v) / 2;
            }
          }
          lg[k] += g[i];
          lh[k] += h[i];
          last[k] = v;
          started[k] = true;
        }
      }
      List<Integer> next = new ArrayList<>();
      for (int k : level) {
        if (bestFeature[k] >= 0 && nodes + 2 <= maxNodes) {
          feature[k] = bestFeature[k];
          threshold[k] = bestThreshold[k];
          left[k] = nodes++;
          right[k] = nodes++;
          next.add(left[k]);
          next.add(right[k]);
        }
      }
      for (int i = 0; i < n; i++) {
        int k = node[i];
        if (feature[k] >= 0 && (k == 0 || level.contains(k))) {
          node[i] = examples.get(i).x()[feature[k]] <= threshold[k] ? left[k] : right[k];
        }
      }
      level = next;
    }
    double[] sg = new double[maxNodes];
    double[] sh = new double[maxNodes];
    for (int i = 0; i < n; i++) {
      sg[node[i]] += g[i];
      sh[node[i]] += h[i];
    }
    for (int k = 0; k < nodes; k++) {
      if (feature[k] < 0) {
        value[k] = -RATE * sg[k] / (sh[k] + LEAF_L2);
      }
    }
    return new BlockTree(Arrays.copyOf(feature, nodes), Arrays.copyOf(threshold, nodes), Arrays.copyOf(left, nodes),
        Arrays.copyOf(right, nodes), Arrays.copyOf(value, nodes));
  }
}
