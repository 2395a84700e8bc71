package org.newsgraph.extract.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.newsgraph.core.Token;

/**
 * Which verbs are attribution cues: a linear model over {@link CueFeatures} (an averaged perceptron trained on
 * PolNeAR's train split by {@link CueModelTrainer}). It widens the rules' word list to the cues news uses beyond
 * reporting verbs ("called for", "wants", "plans", "shows") and learns where a listed verb is not a cue. The
 * shipped model is {@value #RESOURCE}; without it every verb scores 0 and the rules' list alone decides.
 */
final class CueModel {
  static final String RESOURCE = "/org/newsgraph/extract/claims/cue-model.tsv.gz";

  private final Map<String, Double> weights;

  CueModel(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The model shipped in the jar, read once. */
  static CueModel shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final CueModel SHIPPED = load();
  }

  private static CueModel load() {
    try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? new CueModel(Map.of()) : read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": cannot read the cue model", e);
    }
  }

  /** Reads {@code feature<TAB>weight} lines. */
  static CueModel read(InputStream in) throws IOException {
    Map<String, Double> w = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) {
        w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      }
    }
    return new CueModel(w);
  }

  /** Writes the weights sorted by feature, so the same training gives the same file. */
  void write(Writer out) throws IOException {
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5g", e.getValue()) + "\n");
    }
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  int size() {
    return weights.size();
  }

  double score(DependencyTree tree, Token t) {
    double s = 0;
    for (String f : CueFeatures.of(tree, t)) {
      s += weights.getOrDefault(f, 0.0);
    }
    return s;
  }

  /** Whether the verb {@code t} is a cue. */
  boolean isCue(DependencyTree tree, Token t) {
    return !weights.isEmpty() && CueFeatures.candidate(t) && score(tree, t) > 0;
  }
}
