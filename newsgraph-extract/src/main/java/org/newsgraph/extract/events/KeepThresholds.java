package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Chooses the event-sense keep thresholds (the confidence threshold and the political-sense threshold) from the
 * judged news triggers' out-of-fold keep decisions.
 *
 * <p>The F0.5 of the coded events is flat over much of the grid, so its plain argmax is decided by a handful of
 * triggers and moves a step whenever a few examples change, which moves a dozen events at each rebuild. The rule
 * here is the median, coordinate by coordinate, of the argmax over {@value #BOOTSTRAPS} bootstrap resamples of the
 * judged articles: the middle of the region where the top falls, which a few triggers cannot move far. Resampling is
 * by article (an article's triggers are not independent) with a fixed seed over the sorted article keys, so the same
 * examples give the same thresholds.
 */
final class KeepThresholds {
  static final int BOOTSTRAPS = 101;
  private static final long SEED = 16L;

  private final double[] thresholds;
  private final double[] politicalSense;
  /** keeps[g][i]: grid point g = (t, ps) index t * |ps| + ps keeps news example i. */
  private final boolean[][] keeps;
  private final boolean[] right;
  private final String[] keys;
  /** How often each confidence threshold was the bootstrap argmax, after {@link #bagged()}: for people. */
  private final Map<Double, Integer> spread = new java.util.TreeMap<>();

  /**
   * @param keeps   per grid point (confidence threshold major, political-sense threshold minor), per news example,
   *                whether the event is kept
   * @param right   per news example, whether it is right
   * @param keys    per news example, its article's key
   */
  KeepThresholds(List<Double> thresholds, List<Double> politicalSense, boolean[][] keeps, boolean[] right,
      String[] keys) {
    this.thresholds = thresholds.stream().mapToDouble(Double::doubleValue).toArray();
    this.politicalSense = politicalSense.stream().mapToDouble(Double::doubleValue).toArray();
    this.keeps = keeps;
    this.right = right;
    this.keys = keys;
  }

  /** The grid point with the best F0.5 of the examples weighted by {@code weight}; ties to the first. */
  int argmax(int[] weight) {
    int best = 0;
    double bestF = -1;
    for (int g = 0; g < keeps.length; g++) {
      long tp = 0;
      long kept = 0;
      long rights = 0;
      for (int i = 0; i < right.length; i++) {
        int w = weight[i];
        kept += keeps[g][i] ? w : 0;
        rights += right[i] ? w : 0;
        tp += keeps[g][i] && right[i] ? w : 0;
      }
      double p = kept == 0 ? 0 : (double) tp / kept;
      double r = rights == 0 ? 0 : (double) tp / rights;
      double f = p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
      if (f > bestF + 1e-9) {
        bestF = f;
        best = g;
      }
    }
    return best;
  }

  /** The plain argmax over all examples, {threshold, political sense} (the rule before session 14). */
  double[] plain() {
    int[] ones = new int[right.length];
    Arrays.fill(ones, 1);
    return point(argmax(ones));
  }

  /** The median of the bootstrap argmaxes, {threshold, political sense} (see the class comment). */
  double[] bagged() {
    List<String> articles = new ArrayList<>(new TreeSet<>(Arrays.asList(keys)));
    Map<String, Integer> index = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      index.put(articles.get(a), a);
    }
    spread.clear();
    Random random = new Random(SEED);
    double[] ts = new double[BOOTSTRAPS];
    double[] ps = new double[BOOTSTRAPS];
    for (int b = 0; b < BOOTSTRAPS; b++) {
      int[] drawn = new int[articles.size()];
      for (int a = 0; a < articles.size(); a++) {
        drawn[random.nextInt(articles.size())]++;
      }
      int[] weight = new int[right.length];
      for (int i = 0; i < right.length; i++) {
        weight[i] = drawn[index.get(keys[i])];
      }
      double[] chosen = point(argmax(weight));
      ts[b] = chosen[0];
      spread.merge(chosen[0], 1, Integer::sum);
      ps[b] = chosen[1];
    }
    Arrays.sort(ts);
    Arrays.sort(ps);
    return new double[] {ts[BOOTSTRAPS / 2], ps[BOOTSTRAPS / 2]};
  }

  /** The bootstrap argmaxes' confidence thresholds with their counts, "0.60 x31, 0.65 x52". */
  String spread() {
    StringBuilder sb = new StringBuilder();
    spread.forEach((t, n) -> sb.append(sb.length() == 0 ? "" : ", ")
        .append(String.format(java.util.Locale.ROOT, "%.2f x%d", t, n)));
    return sb.toString();
  }

  private double[] point(int g) {
    return new double[] {thresholds[g / politicalSense.length], politicalSense[g % politicalSense.length]};
  }
}
