package org.newsgraph.extract.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stance of a body toward a claim (FNC-1's agree / disagree / discuss / unrelated), in two steps: is the body
 * about the claim at all (a logistic model on overlap features), and if it is, does it confirm, deny or merely report
 * it (a softmax model on the overlap, lexicon and word features; see {@link StanceFeatures}). The shipped model is
 * the output of {@code newsgraph train stance} on FNC-1's training data. Thread-safe once built.
 */
public final class StanceModel {
  static final String RESOURCE = "/org/newsgraph/extract/stance/stance-model.tsv.gz";
  private static final String HEADER = "# newsgraph stance model v3";
  private static final StanceLabel[] STANCES = {StanceLabel.AGREE, StanceLabel.DISAGREE, StanceLabel.DISCUSS};
  private static volatile StanceModel bundled;

  private final Map<String, Float> idf;
  private final float unknownIdf;
  private final SoftmaxModel related;
  private final SoftmaxModel stance;
  private final BoostedTrees trees;
  private final BoostedTrees relatedTrees;
  private final Decision decision;
  private final StanceFeatures features;

  /**
   * How the model decides. Related or not: the share of the relatedness trees' probability in the blend with the
   * logistic relatedness model's, and the blend at or above which the body is about the claim (below 0.5 because a
   * related pair called unrelated loses more of the FNC score than the reverse). The stance: the share of the boosted
   * trees' probabilities in the blend with the logistic model's (0 = logistic only), then a multiplier per class
   * (agree, disagree, discuss) before the largest wins.
   */
  public record Decision(double treeShare, double agree, double disagree, double discuss, double relatedShare,
      double relatedThreshold) {
    double[] multipliers() {
      return new double[] {agree, disagree, discuss};
    }
  }

  /**
   * The model's figures for one pair: the probability that the body is about the claim (of the logistic model and of
   * the relatedness trees), and the agree / disagree / discuss probabilities of the logistic model and of the boosted
   * trees (when it is about it). Unreadable input (empty, not English) has both relatedness figures 0.
   */
  public record Scores(double relatedLogistic, double relatedTrees, double[] logistic, double[] trees) {
    /** The blended probability that the body is about the claim, under {@code d}. */
    public double related(Decision d) {
      return (1 - d.relatedShare()) * relatedLogistic + d.relatedShare() * relatedTrees;
    }
  }

  StanceModel(Map<String, Float> idf, float unknownIdf, SoftmaxModel related, SoftmaxModel stance,
      BoostedTrees trees, BoostedTrees relatedTrees, Decision decision) {
    this.idf = new TreeMap<>(idf);
    this.unknownIdf = unknownIdf;
    this.related = related;
    this.stance = stance;
    this.trees = trees;
    this.relatedTrees = relatedTrees;
    this.decision = decision;
    this.features = new StanceFeatures(this.idf, unknownIdf);
  }

  /** The same model deciding by {@code d} (for choosing the decision by cross-validation). */
  public StanceModel withDecision(Decision d) {
    return new StanceModel(idf, unknownIdf, related, stance, trees, relatedTrees, d);
  }

  public Decision decision() {
    return decision;
  }

  /** The label {@code d} gives to {@code s}: unrelated below the threshold, else the largest weighted blend. */
  public static StanceLabel decide(Scores s, Decision d) {
    if (s.related(d) < d.relatedThreshold()) {
      return StanceLabel.UNRELATED;
    }
    return STANCES[best(blend(s, d), d)];
  }

  private static double[] blend(Scores s, Decision d) {
    double[] p = new double[STANCES.length];
    for (int c = 0; c < p.length; c++) {
      p[c] = (1 - d.treeShare()) * s.logistic()[c] + d.treeShare() * s.trees()[c];
    }
    return p;
  }

  private static int best(double[] p, Decision d) {
    double[] m = d.multipliers();
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] * m[c] > p[best] * m[best]) {
        best = c;
      }
    }
    return best;
  }

  /** The model shipped with newsgraph (read once). */
  public static StanceModel bundled() {
    StanceModel m = bundled;
    if (m == null) {
      synchronized (StanceModel.class) {
        m = bundled;
        if (m == null) {
          try (InputStream in = StanceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException(RESOURCE + ": the stance model is missing from the class path");
            }
            m = read(new GZIPInputStream(in));
          } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot read the stance model", e);
          }
          bundled = m;
        }
      }
    }
    return m;
  }

  /** The stance of {@code body} toward {@code claim}; an empty or non-English body is unrelated, with the reason. */
  public Stance stance(String claim, String body) {
    if (claim == null || claim.isBlank()) {
      return Stance.unrelated("the claim is empty");
    }
    if (body == null || body.isBlank()) {
      return Stance.unrelated("the body is empty");
    }
    StanceFeatures.Body b = features.body(body);
    if (!StanceText.english(b.tokens())) {
      return Stance.unrelated("the body does not read as English");
    }
    return stance(features.claim(claim), b);
  }

  /**
   * The stances of many pairs at once ({@code claims.get(i)} against {@code bodies.get(i)}); a body that recurs is
   * read once. The same answers as {@link #stance(String, String)} pair by pair.
   */
  public List<Stance> stances(List<String> claims, List<String> bodies) {
    if (claims.size() != bodies.size()) {
      throw new IllegalArgumentException(claims.size() + " claims but " + bodies.size() + " bodies");
    }
    Map<String, StanceFeatures.Body> read = new java.util.HashMap<>();
    Map<String, StanceFeatures.Claim> claimsRead = new java.util.HashMap<>();
    List<Stance> out = new java.util.ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      String claim = claims.get(i);
      String body = bodies.get(i);
      if (claim == null || claim.isBlank() || body == null || body.isBlank()) {
        out.add(stance(claim, body));
        continue;
      }
      StanceFeatures.Body b = read.computeIfAbsent(body, features::body);
      out.add(StanceText.english(b.tokens())
          ? stance(claimsRead.computeIfAbsent(claim, features::claim), b)
          : Stance.unrelated("the body does not read as English"));
    }
    return out;
  }

  /** The figures behind {@link #stances}, pair by pair (see {@link Scores}). */
  public List<Scores> scores(List<String> claims, List<String> bodies) {
    Map<String, StanceFeatures.Body> read = new java.util.HashMap<>();
    Map<String, StanceFeatures.Claim> claimsRead = new java.util.HashMap<>();
    List<Scores> out = new java.util.ArrayList<>(claims.size());
    double[] none = new double[STANCES.length];
    Scores unreadable = new Scores(0, 0, none, none);
    for (int i = 0; i < claims.size(); i++) {
      String claim = claims.get(i);
      String body = bodies.get(i);
      StanceFeatures.Body b = claim == null || claim.isBlank() || body == null || body.isBlank() ? null
          : read.computeIfAbsent(body, features::body);
      out.add(b == null || !StanceText.english(b.tokens()) ? unreadable
          : scores(features.pair(claimsRead.computeIfAbsent(claim, features::claim), b)));
    }
    return out;
  }

  StanceFeatures features() {
    return features;
  }

  private Scores scores(StanceFeatures.Pair pair) {
    return new Scores(related.probabilities(pair.relatedness())[1], relatedTrees.probabilities(pair.trees())[1],
        stance.probabilities(pair.stance()), trees.probabilities(pair.trees()));
  }

  Stance stance(StanceFeatures.Claim claim, StanceFeatures.Body body) {
    StanceFeatures.Pair pair = features.pair(claim, body);
    Scores scores = scores(pair);
    double pRelated = scores.related(decision);
    double[] ps = blend(scores, decision);
    Map<StanceLabel, Double> p = new EnumMap<>(StanceLabel.class);
    p.put(StanceLabel.UNRELATED, 1 - pRelated);
    for (int c = 0; c < STANCES.length; c++) {
      p.put(STANCES[c], pRelated * ps[c]);
    }
    if (pRelated < decision.relatedThreshold()) {
      return new Stance(StanceLabel.UNRELATED, p, String.format(java.util.Locale.ROOT,
          "the body shares little with the claim (%.0f%% of its words, closest sentence cosine %.2f)",
          100 * pair.dense()[1], pair.dense()[5]));
    }
    int best = best(ps, decision);
    return new Stance(STANCES[best], p, reason(STANCES[best], pair));
  }

  private static String reason(StanceLabel label, StanceFeatures.Pair pair) {
    return switch (label) {
      case DISAGREE -> pair.refuting().isEmpty() ? "the body's words lean to a denial"
          : "refuting words near the claim: " + distinct(pair.refuting());
      case AGREE -> pair.confirming().isEmpty() ? "the body repeats the claim without hedging"
          : "confirming words near the claim: " + distinct(pair.confirming());
      case DISCUSS -> pair.hedging().isEmpty() ? "the body reports the claim without taking a side"
          : "hedged near the claim: " + distinct(pair.hedging());
      case UNRELATED -> "the body is not about the claim";
    };
  }

  private static String distinct(List<String> words) {
    return String.join(", ", new java.util.TreeSet<>(words));
  }

  /** Reads a model written by {@link #write(Path)}. */
  public static StanceModel read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return read(in);
    }
  }

  private static StanceModel read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String first = r.readLine();
    if (!HEADER.equals(first)) {
      throw new IOException("not a stance model (first line '" + first + "')");
    }
    Map<String, Float> idf = new TreeMap<>();
    float unknown = 0;
    float[][] rel = new float[2][StanceFeatures.LEXICAL_OFFSET];
    float[][] st = new float[STANCES.length][StanceFeatures.DIMENSION];
    Decision decision = null;
    List<List<double[]>> nodes = new java.util.ArrayList<>();
    List<List<double[]>> relatedNodes = new java.util.ArrayList<>();
    String line;
    while ((line = r.readLine()) != null) {
      String[] f = line.split("\t");
      switch (f[0]) {
        case "idf_unknown" -> unknown = Float.parseFloat(f[1]);
        case "idf" -> idf.put(f[1], Float.parseFloat(f[2]));
        case "related" -> rel[Integer.parseInt(f[1])][Integer.parseInt(f[2])] = Float.parseFloat(f[3]);
        case "stance" -> st[Integer.parseInt(f[1])][Integer.parseInt(f[2])] = Float.parseFloat(f[3]);
        case "decision" -> decision = new Decision(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]));
        case "tree" -> addNode(nodes, f);
        case "related_tree" -> addNode(relatedNodes, f);
        default -> throw new IOException("unknown line kind '" + f[0] + "'");
      }
    }
    if (decision == null) {
      throw new IOException("the stance model has no decision line");
    }
    return new StanceModel(idf, unknown, new SoftmaxModel(rel), new SoftmaxModel(st),
        new BoostedTrees(STANCES.length, trees(nodes)), new BoostedTrees(2, trees(relatedNodes)), decision);
  }

  private static void addNode(List<List<double[]>> nodes, String[] f) {
    int t = Integer.parseInt(f[1]);
    while (nodes.size() <= t) {
      nodes.add(new java.util.ArrayList<>());
    }
    nodes.get(t).add(new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
        Double.parseDouble(f[6]), Double.parseDouble(f[7])});
  }

  private static List<BoostedTrees.Tree> trees(List<List<double[]>> nodes) {
    List<BoostedTrees.Tree> trees = new java.util.ArrayList<>();
    for (List<double[]> tree : nodes) {
      int k = tree.size();
      int[] feature = new int[k];
      double[] threshold = new double[k];
      int[] left = new int[k];
      int[] right = new int[k];
      double[] value = new double[k];
      for (int i = 0; i < k; i++) {
        double[] v = tree.get(i);
        feature[i] = (int) v[0];
        threshold[i] = v[1];
        left[i] = (int) v[2];
        right[i] = (int) v[3];
        value[i] = v[4];
      }
      trees.add(new BoostedTrees.Tree(feature, threshold, left, right, value));
    }
    return trees;
  }

  /** Writes the model as gzipped text (the same model gives the same bytes). */
  public void write(Path file) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      w.write("idf_unknown\t" + unknownIdf + "\n");
      for (Map.Entry<String, Float> e : idf.entrySet()) {
        w.write("idf\t" + e.getKey() + "\t" + e.getValue() + "\n");
      }
      writeWeights(w, "related", related);
      writeWeights(w, "stance", stance);
      w.write("decision\t" + decision.treeShare() + "\t" + decision.agree() + "\t" + decision.disagree() + "\t"
          + decision.discuss() + "\t" + decision.relatedShare() + "\t" + decision.relatedThreshold() + "\n");
      writeTrees(w, "tree", trees);
      writeTrees(w, "related_tree", relatedTrees);
    }
  }

  private static void writeTrees(Writer w, String kind, BoostedTrees trees) throws IOException {
    for (int t = 0; t < trees.trees().size(); t++) {
      BoostedTrees.Tree tree = trees.trees().get(t);
      for (int i = 0; i < tree.feature().length; i++) {
        w.write(kind + "\t" + t + "\t" + i + "\t" + tree.feature()[i] + "\t" + tree.threshold()[i] + "\t"
            + tree.left()[i] + "\t" + tree.right()[i] + "\t" + tree.value()[i] + "\n");
      }
    }
  }

  private static void writeWeights(Writer w, String kind, SoftmaxModel m) throws IOException {
    for (int c = 0; c < m.classes(); c++) {
      for (int f = 0; f < m.dimension(); f++) {
        float v = m.weight(c, f);
        if (v != 0) {
          w.write(kind + "\t" + c + "\t" + f + "\t" + v + "\n");
        }
      }
    }
  }

  /** Words with an IDF in the model. */
  public int vocabulary() {
    return idf.size();
  }
}
