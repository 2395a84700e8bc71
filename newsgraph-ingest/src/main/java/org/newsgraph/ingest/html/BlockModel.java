package org.newsgraph.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A logistic regression over {@link BlockFeatures} that says whether a text block is article body: standardised
 * features (mean and scale per feature), one weight each, a bias, boosted regression trees added to its log-odds,
 * the probability from which a block is taken, and (optionally) the one from which a lone block is
 * ({@link LoneBlocks}).
 * The shipped model ({@value #RESOURCE}) is {@code newsgraph train extraction}'s output, byte for byte.
 */
public final class BlockModel {
  /** Where the shipped model sits on the class path. */
  public static final String RESOURCE = "/org/newsgraph/ingest/html/extraction-model.tsv";
  private static final String HEADER = "# newsgraph extraction block model: feature, mean, scale, weight";

  private final double[] mean;
  private final double[] scale;
  private final double[] weight;
  private final double bias;
  private final double threshold;
  /** The probability from which a lone block is kept ({@link LoneBlocks}); NaN: lone blocks are kept as taken. */
  private final double lone;
  private final List<BlockTree> trees;

  /** A logistic regression over {@link #featureNames()}; arrays in that order. */
  public BlockModel(double[] mean, double[] scale, double[] weight, double bias, double threshold) {
    this(mean, scale, weight, bias, threshold, List.of());
  }

  /** A logistic regression over {@link #featureNames()} with boosted trees added to its log-odds. */
  public BlockModel(double[] mean, double[] scale, double[] weight, double bias, double threshold,
      List<BlockTree> trees) {
    this(mean, scale, weight, bias, threshold, trees, Double.NaN);
  }

  private BlockModel(double[] mean, double[] scale, double[] weight, double bias, double threshold,
      List<BlockTree> trees, double lone) {
    int n = BlockFeatures.NAMES.size();
    if (mean.length != n || scale.length != n || weight.length != n) {
      throw new IllegalArgumentException("a block model needs " + n + " features, got " + weight.length);
    }
    this.mean = mean.clone();
    this.scale = scale.clone();
    this.weight = weight.clone();
    this.bias = bias;
    this.threshold = threshold;
    this.trees = List.copyOf(trees);
    this.lone = lone;
  }

  /** The same model with {@code more} trees added and this threshold. */
  public BlockModel plus(List<BlockTree> more, double newThreshold) {
    List<BlockTree> all = new ArrayList<>(trees);
    all.addAll(more);
    return new BlockModel(mean, scale, weight, bias, newThreshold, all, lone);
  }

  /** The same model with lone blocks left out below probability {@code sure} (NaN: kept as taken). */
  public BlockModel lone(double sure) {
    return new BlockModel(mean, scale, weight, bias, threshold, trees, sure);
  }

  /** The blocks of a page this model takes, lone blocks left out when it says so (before {@link PageBlocks#tidy}). */
  public boolean[] keep(PageBlocks page) {
    double[] p = new double[page.size()];
    boolean[] keep = new boolean[page.size()];
    for (int i = 0; i < keep.length; i++) {
      p[i] = probability(page.features(i));
      keep[i] = p[i] >= threshold;
    }
    if (!Double.isNaN(lone)) {
      int[] words = new int[keep.length];
      for (int i = 0; i < words.length; i++) {
        words[i] = keep[i] ? 0 : LoneBlocks.words(page.text(i));
      }
      LoneBlocks.apply(p, words, keep, lone);
    }
    return keep;
  }

  /** The names of the features, in the order of the vectors the model reads. */
  public static List<String> featureNames() {
    return BlockFeatures.NAMES;
  }

  /** The probability that a block with these (raw) features is body. */
  public double probability(double[] features) {
    return 1 / (1 + Math.exp(-logOdds(features)));
  }

  /** The log-odds that a block with these features is body. */
  public double logOdds(double[] features) {
    double z = bias;
    for (int i = 0; i < weight.length; i++) {
      z += weight[i] * (features[i] - mean[i]) / scale[i];
    }
    for (BlockTree t : trees) {
      z += t.score(features);
    }
    return z;
  }

  /** Whether a block with these features is taken. */
  public boolean body(double[] features) {
    return probability(features) >= threshold;
  }

  /** The model as text (the file format {@link #read} reads). */
  public String text() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    b.append("threshold\t").append(threshold).append('\n');
    if (!Double.isNaN(lone)) {
      b.append("lone\t").append(lone).append('\n');
    }
    b.append("bias\t").append(bias).append('\n');
    for (int i = 0; i < weight.length; i++) {
      b.append(BlockFeatures.NAMES.get(i)).append('\t').append(mean[i]).append('\t').append(scale[i]).append('\t')
          .append(weight[i]).append('\n');
    }
    for (BlockTree t : trees) {
      b.append("tree\t").append(t.text()).append('\n');
    }
    return b.toString();
  }

  /** Reads a model written by {@link #text}; its features must be this version's. */
  public static BlockModel read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    double threshold = Double.NaN;
    double bias = Double.NaN;
    double lone = Double.NaN;
    List<double[]> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> treeLines = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if ("threshold".equals(f[0])) {
        threshold = Double.parseDouble(f[1]);
      } else if ("lone".equals(f[0])) {
        lone = Double.parseDouble(f[1]);
      } else if ("bias".equals(f[0])) {
        bias = Double.parseDouble(f[1]);
      } else if ("tree".equals(f[0]) && f.length == 2) {
        treeLines.add(f[1]);
      } else if (f.length == 4) {
        names.add(f[0]);
        rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
      } else {
        throw new IOException("block model: cannot read line '" + line + "'");
      }
    }
    if (!names.equals(BlockFeatures.NAMES) || Double.isNaN(threshold) || Double.isNaN(bias)) {
      throw new IOException("block model: its features (" + String.join(",", names) + ") are not this version's");
    }
    double[][] cols = new double[3][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int c = 0; c < 3; c++) {
        cols[c][i] = rows.get(i)[c];
      }
    }
    List<BlockTree> trees = new ArrayList<>();
    for (String t : treeLines) {
      try {
        trees.add(BlockTree.read(t, names.size()));
      } catch (IllegalArgumentException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    return new BlockModel(cols[0], cols[1], cols[2], bias, threshold, trees, lone);
  }

  /** The shipped model; null when it is missing from the class path. */
  static BlockModel shipped() {
    try (InputStream in = BlockModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
