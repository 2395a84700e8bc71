package org.newsgraph.stories.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trained event-link model: a logistic regression over {@link LinkFeatures} giving the probability that a
 * mention reports the same real-world event as an instance of its story. Its bias already holds the threshold chosen
 * by cross-validation, so a probability of 0.5 is its decision boundary ({@code stories.eventThreshold}, default
 * 0.50). The shipped file, {@code event-link-model.tsv}, is written by {@code newsgraph train event-coref}; there is
 * no fallback when it is missing. File lines (tab-separated): {@code bias VALUE}, {@code weight FEATURE VALUE}, and
 * {@code #} comments.
 *
 * @param bias     the intercept
 * @param weights  one per feature, in {@link LinkFeatures#NAMES} order
 */
public record EventLinkModel(double bias, double[] weights) {
  static final String RESOURCE = "event-link-model.tsv";

  public EventLinkModel {
    if (weights.length != LinkFeatures.NAMES.size()) {
      throw new IllegalArgumentException("the event-link model needs " + LinkFeatures.NAMES.size()
          + " weights, not " + weights.length);
    }
    weights = weights.clone();
  }

  /** The model newsgraph ships (read once). */
  public static EventLinkModel shipped() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final EventLinkModel MODEL = load();

    private static EventLinkModel load() {
      try (InputStream in = EventLinkModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the event-link model " + RESOURCE + " is missing from the class path;"
              + " rebuild it with `newsgraph train event-coref`");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return parse(r.lines().toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads the file's lines; every feature must have its weight. */
  public static EventLinkModel parse(List<String> lines) {
    Double bias = null;
    Map<String, Double> w = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split("\t");
      if (p[0].equals("bias") && p.length == 2) {
        bias = Double.parseDouble(p[1]);
      } else if (p[0].equals("weight") && p.length == 3) {
        w.put(p[1], Double.parseDouble(p[2]));
      } else {
        throw new IllegalArgumentException("event-link model: cannot read line '" + line + "'");
      }
    }
    if (bias == null) {
      throw new IllegalArgumentException("event-link model: no bias line");
    }
    double[] weights = new double[LinkFeatures.NAMES.size()];
    for (int k = 0; k < weights.length; k++) {
      Double x = w.get(LinkFeatures.NAMES.get(k));
      if (x == null) {
        throw new IllegalArgumentException("event-link model: no weight for " + LinkFeatures.NAMES.get(k));
      }
      weights[k] = x;
    }
    return new EventLinkModel(bias, weights);
  }

  /** The file's lines (numbers to five significant digits, so the same training writes the same bytes). */
  public List<String> lines(List<String> comments) {
    List<String> out = new ArrayList<>();
    comments.forEach(c -> out.add("# " + c));
    out.add("bias\t" + format(bias));
    for (int k = 0; k < weights.length; k++) {
      out.add("weight\t" + LinkFeatures.NAMES.get(k) + "\t" + format(weights[k]));
    }
    return out;
  }

  /** The model as its file keeps it. */
  public EventLinkModel rounded() {
    double[] w = new double[weights.length];
    for (int k = 0; k < w.length; k++) {
      w[k] = Double.parseDouble(format(weights[k]));
    }
    return new EventLinkModel(Double.parseDouble(format(bias)), w);
  }

  private static String format(double x) {
    String s = String.format(Locale.ROOT, "%.5g", x);
    return Double.parseDouble(s) == 0 ? "0" : s;
  }

  /** The probability that the features describe one event. */
  public double probability(double[] features) {
    double z = bias;
    for (int k = 0; k < weights.length; k++) {
      z += weights[k] * features[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventLinkModel m && m.bias == bias && java.util.Arrays.equals(m.weights, weights);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(bias) * 31 + java.util.Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return String.join("\n", lines(List.of()));
  }
}
