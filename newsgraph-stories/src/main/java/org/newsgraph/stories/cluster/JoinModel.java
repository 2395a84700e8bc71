package org.newsgraph.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether an article joins a candidate story: a logistic regression over {@link JoinFeatures}, trained on the
 * ECB+ train topics ({@code newsgraph train stories}, which writes the shipped {@code story-join-model.tsv} byte for
 * byte). The article joins its most probable candidate when that probability reaches {@link #threshold}.
 *
 * @param bias       the intercept
 * @param weights    one per feature, in the order of {@link JoinFeatures#NAMES}
 * @param threshold  the probability from which an article joins
 */
public record JoinModel(double bias, double[] weights, double threshold) {
  public static final String RESOURCE = "story-join-model.tsv";

  public JoinModel {
    if (weights.length != JoinFeatures.NAMES.size()) {
      throw new IllegalArgumentException("a join model needs " + JoinFeatures.NAMES.size() + " weights, not "
          + weights.length);
    }
    weights = weights.clone();
  }

  /** The probability that the article belongs to the story. */
  public double probability(double[] features) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The shipped model. */
  public static JoinModel shipped() {
    try (InputStream in = JoinModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the story join model " + RESOURCE + " is missing from the class path");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the model file's text: "#" comments, then "name TAB value" lines (bias, threshold, each feature). */
  public static JoinModel read(String text) {
    Map<String, Double> m = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\t");
        if (p.length != 2) {
          throw new IllegalArgumentException("story join model: not 'name TAB value': " + line);
        }
        m.put(p[0], Double.parseDouble(p[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[] w = new double[JoinFeatures.NAMES.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      Double v = m.get(JoinFeatures.NAMES.get(i));
      if (v == null) {
        missing.add(JoinFeatures.NAMES.get(i));
      } else {
        w[i] = v;
      }
    }
    if (!m.containsKey("bias") || !m.containsKey("threshold") || !missing.isEmpty()) {
      throw new IllegalArgumentException("story join model: missing " + (missing.isEmpty() ? "bias or threshold"
          : String.join(", ", missing)));
    }
    return new JoinModel(m.get("bias"), w, m.get("threshold"));
  }

  /** The model file's text (what {@link #read} reads back): fixed decimals, so a rebuild is byte for byte. */
  public String write(String comment) {
    StringBuilder sb = new StringBuilder();
    for (String c : comment.split("\n")) {
      sb.append("# ").append(c).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "threshold\t%.2f%n", threshold));
    sb.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
    for (int i = 0; i < weights.length; i++) {
      sb.append(String.format(Locale.ROOT, "%s\t%.6f%n", JoinFeatures.NAMES.get(i), weights[i]));
    }
    return sb.toString().replace("\r\n", "\n");
  }
}
