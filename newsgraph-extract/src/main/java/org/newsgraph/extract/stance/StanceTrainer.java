package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Fits a {@link StanceModel} on labelled (claim, body) pairs: IDF from the distinct claims and bodies, then the
 * relatedness model on every pair and the stance model on the related pairs (classes weighted so that the rare
 * {@code disagree} counts). Deterministic: fixed seeds, pairs in the given order, sorted vocabularies; the same pairs
 * give the same model file byte for byte.
 */
public final class StanceTrainer {
  /** One training pair: the claim (an FNC-1 headline), the body's id, the gold label. */
  public record Pair(String claim, String bodyId, StanceLabel label) {}

  /**
   * The knobs: the logistic ones chosen on the dev split, the trees and the decision by 5-fold cross-validation across
   * claim groups (see docs/BENCHMARKS.md); {@link #DEFAULT} is what the shipped model used.
   */
  public record Settings(int epochs, double step, double l2, double[] stanceClassWeights, long seed, int treeRounds,
      int treeDepth, double treeRate, double[] treeClassWeights, int relatedTreeRounds, int relatedTreeDepth,
      StanceModel.Decision decision) {
    private static final int TREE_ROUNDS = 300;
    private static final int TREE_DEPTH = 6;
    private static final double TREE_RATE = 0.05;
    private static final double[] TREE_CLASS_WEIGHTS = {1.0, 2.5, 0.6};
    private static final int RELATED_TREE_ROUNDS = 150;
    private static final int RELATED_TREE_DEPTH = 5;
    private static final StanceModel.Decision DECISION = new StanceModel.Decision(0.5, 1, 1.5, 1, 0.5, 0.4);
    public static final Settings DEFAULT = new Settings(6, 0.05, 1e-5, new double[] {1.0, 2.5, 0.6}, 18L);

    /** The logistic knobs with the default trees and decision. */
    public Settings(int epochs, double step, double l2, double[] stanceClassWeights, long seed) {
      this(epochs, step, l2, stanceClassWeights, seed, TREE_ROUNDS, TREE_DEPTH, TREE_RATE, TREE_CLASS_WEIGHTS,
          RELATED_TREE_ROUNDS, RELATED_TREE_DEPTH, DECISION);
    }

    public Settings withTrees(int rounds, int depth, double rate, double[] classWeights) {
      return new Settings(epochs, step, l2, stanceClassWeights, seed, rounds, depth, rate, classWeights,
          relatedTreeRounds, relatedTreeDepth, decision);
    }

    public Settings withDecision(StanceModel.Decision d) {
      return new Settings(epochs, step, l2, stanceClassWeights, seed, treeRounds, treeDepth, treeRate,
          treeClassWeights, relatedTreeRounds, relatedTreeDepth, d);
    }
  }

  /** Least hessian in a leaf, L2 on leaf values, quantile bins per feature: fixed, not tuned. */
  private static final double TREE_MIN_HESSIAN = 5;
  private static final double TREE_LAMBDA = 1;
  private static final int TREE_BINS = 32;

  private StanceTrainer() {}

  /** Trains on {@code pairs} whose bodies are in {@code bodies} (by id); progress lines go to {@code log}. */
  public static StanceModel train(List<Pair> pairs, Map<String, String> bodies, Settings s, Consumer<String> log) {
    Map<String, Float> idf = new TreeMap<>();
    float unknown = idf(pairs, bodies, idf);
    log.accept("idf: " + idf.size() + " stems");
    StanceModel empty = new StanceModel(idf, unknown, new SoftmaxModel(new float[2][StanceFeatures.LEXICAL_OFFSET]),
        new SoftmaxModel(new float[3][StanceFeatures.DIMENSION]), new BoostedTrees(3, List.of()),
        new BoostedTrees(2, List.of()), s.decision());
    StanceFeatures features = empty.features();
    Map<String, StanceFeatures.Body> bodyCache = new HashMap<>();
    Map<String, StanceFeatures.Claim> claimCache = new HashMap<>();
    List<SoftmaxModel.Example> relatedness = new ArrayList<>();
    List<SoftmaxModel.Example> stance = new ArrayList<>();
    List<double[]> treeX = new ArrayList<>();
    List<double[]> relatedX = new ArrayList<>();
    for (Pair p : pairs) {
      String text = bodies.get(p.bodyId());
      if (text == null) {
        throw new IllegalArgumentException("pair names body " + p.bodyId() + ", which is not in the bodies file");
      }
      StanceFeatures.Body b = bodyCache.computeIfAbsent(p.bodyId(), id -> features.body(text));
      StanceFeatures.Claim c = claimCache.computeIfAbsent(p.claim(), features::claim);
      StanceFeatures.Pair x = features.pair(c, b);
      relatedness.add(new SoftmaxModel.Example(x.relatedness(), p.label().related() ? 1 : 0));
      relatedX.add(x.trees());
      if (p.label().related()) {
        stance.add(new SoftmaxModel.Example(x.stance(), p.label().ordinal()));
        treeX.add(x.trees());
      }
    }
    log.accept("features: " + relatedness.size() + " pairs, " + stance.size() + " related");
    SoftmaxModel related = SoftmaxModel.train(relatedness, 2, StanceFeatures.LEXICAL_OFFSET,
        new SoftmaxModel.Settings(s.epochs(), s.step(), s.l2(), s.seed(), new double[] {1, 1}));
    log.accept("relatedness model trained");
    SoftmaxModel st = SoftmaxModel.train(stance, 3, StanceFeatures.DIMENSION,
        new SoftmaxModel.Settings(s.epochs(), s.step(), s.l2(), s.seed() + 1, s.stanceClassWeights()));
    log.accept("stance model trained");
    int[] y = new int[stance.size()];
    double[] w = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = stance.get(i).label();
      w[i] = s.treeClassWeights()[y[i]];
    }
    BoostedTrees trees = BoostedTrees.train(treeX.toArray(new double[0][]), y, w, 3, new BoostedTrees.Settings(
        s.treeRounds(), s.treeDepth(), s.treeRate(), TREE_LAMBDA, TREE_MIN_HESSIAN, TREE_BINS));
    log.accept("boosted trees trained: " + trees.trees().size() + " trees");
    int[] ry = new int[relatedness.size()];
    double[] rw = new double[ry.length];
    for (int i = 0; i < ry.length; i++) {
      ry[i] = relatedness.get(i).label();
      rw[i] = 1;
    }
    BoostedTrees relatedTrees = BoostedTrees.train(relatedX.toArray(new double[0][]), ry, rw, 2,
        new BoostedTrees.Settings(s.relatedTreeRounds(), s.relatedTreeDepth(), s.treeRate(), TREE_LAMBDA,
            TREE_MIN_HESSIAN, TREE_BINS));
    log.accept("relatedness trees trained: " + relatedTrees.trees().size() + " trees");
    return new StanceModel(idf, unknown, related, st, trees, relatedTrees, s.decision());
  }

  /** Fills {@code idf} (stems in at least two documents) and returns the IDF of an unseen stem. */
  private static float idf(List<Pair> pairs, Map<String, String> bodies, Map<String, Float> idf) {
    Set<String> seenBodies = new HashSet<>();
    Set<String> seenClaims = new HashSet<>();
    List<String> docs = new ArrayList<>();
    for (Pair p : pairs) {
      if (seenClaims.add(p.claim())) {
        docs.add(p.claim());
      }
      if (seenBodies.add(p.bodyId()) && bodies.containsKey(p.bodyId())) {
        docs.add(bodies.get(p.bodyId()));
      }
    }
    Map<String, Integer> df = new TreeMap<>();
    for (String d : docs) {
      for (String s : new HashSet<>(StanceText.contentStems(StanceText.tokens(d)))) {
        df.merge(s, 1, Integer::sum);
      }
    }
    int n = docs.size();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= 2) {
        idf.put(e.getKey(), (float) (Math.log((n + 1.0) / (e.getValue() + 1.0)) + 1));
      }
    }
    return (float) (Math.log(n + 1.0) + 1);
  }
}
