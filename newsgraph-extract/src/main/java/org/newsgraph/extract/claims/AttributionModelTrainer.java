package org.newsgraph.extract.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Trains the {@link AttributionModel} on articles of PolNeAR's train split (dev is for measuring), in two steps, each an
 * averaged perceptron over a fixed number of passes in file order, so the same data gives the same file:
 * <ol>
 * <li>the {@link CueModel}: every verb is an example, positive when it heads a gold cue (the cue token whose head
 * lies outside the cue span). Verbs inside a gold content or source span, or inside a quotation, are left out, since
 * PolNeAR annotates only the outermost attribution and the stage drops nested ones itself;</li>
 * <li>the {@link ContentBoundaries}: the rules, with the cue model just trained, find their attributions; for each
 * whose cue overlaps a gold cue, each content fragment's start and end are ranked among the tokens they could move
 * to, the gold fragment's start and end being the right answers (when they fall on a token edge within reach).</li>
 * </ol>
 */
public final class AttributionModelTrainer {
  static final int CUE_EPOCHS = 10;
  static final int BOUNDARY_EPOCHS = 10;

  private record Example(List<String> features, boolean cue) {}

  /** One choice among candidates: their features and the index of the right one. */
  private record Ranking(List<List<String>> candidates, int gold, int rules) {}

  /**
   * One article to learn from: its NLP output (tokens, tags, lemmas, NER, dependencies) and the attributions a person
   * marked in it. Reading a corpus into these is the evaluation module's side of training.
   */
  public record Sample(AnalyzedArticle article, List<BratAttribution> gold) {}

  private AttributionModelTrainer() {}

  /** Trains on {@code samples}, in their order, and writes the gzipped model to {@code out}. */
  public static AttributionModel train(List<Sample> samples, Path out, Consumer<String> log) throws IOException {
    List<Example> examples = new ArrayList<>();
    for (Sample s : samples) {
      examples.addAll(cueExamples(s.article(), s.gold()));
    }
    CueModel cue = new CueModel(fitBinary(examples));
    log.accept("cue model: " + examples.size() + " verbs, " + examples.stream().filter(Example::cue).count()
        + " cues, " + cue.size() + " weights");
    List<Ranking> starts = new ArrayList<>();
    List<Ranking> ends = new ArrayList<>();
    for (Sample s : samples) {
      boundaryExamples(s.article(), s.gold(), cue, starts, ends);
    }
    ContentBoundaries content = new ContentBoundaries(fitRanking(starts), fitRanking(ends));
    log.accept(String.format(java.util.Locale.ROOT, "content boundaries: %d starts (rules right %.3f, model %.3f), "
        + "%d ends (rules right %.3f, model %.3f), %d weights", starts.size(), rulesRight(starts),
        modelRight(starts, content.startWeights()), ends.size(), rulesRight(ends),
        modelRight(ends, content.endWeights()), content.startWeights().size() + content.endWeights().size()));
    AttributionModel model = new AttributionModel(cue, content);
    model.write(out);
    log.accept(samples.size() + " articles; wrote " + out);
    return model;
  }

  /**
   * For each verb lemma, how many of the cue model's examples it gives ({@code [0]}) and how many of them head a
   * gold cue ({@code [1]}): the counts behind {@link CuePrior}, over the same verbs the cue model learns from.
   */
  static Map<String, int[]> cueCounts(List<Sample> samples) {
    Map<String, int[]> counts = new java.util.TreeMap<>();
    for (Sample s : samples) {
      for (Example e : cueExamples(s.article(), s.gold())) {
        String lemma = e.features().stream().filter(f -> f.startsWith("l=")).findFirst().orElseThrow().substring(2);
        int[] c = counts.computeIfAbsent(lemma, k -> new int[2]);
        c[0]++;
        c[1] += e.cue() ? 1 : 0;
      }
    }
    return counts;
  }

  private static List<Example> cueExamples(AnalyzedArticle a, List<BratAttribution> gold) {
    List<Span> cues = new ArrayList<>();
    List<Span> other = new ArrayList<>();
    for (BratAttribution b : gold) {
      cues.addAll(b.cue());
      other.addAll(b.content());
      other.addAll(b.source());
    }
    QuoteMarks quotes = new QuoteMarks(a.text(), a.article().paragraphs());
    List<Example> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (s.tokens().isEmpty()) {
        continue;
      }
      DependencyTree tree = new DependencyTree(s);
      for (Token t : s.tokens()) {
        if (!CueFeatures.candidate(t) || other.stream().anyMatch(o -> o.contains(t.span()))
            || quotes.inside(t.span().begin())) {
          continue;
        }
        Span in = cues.stream().filter(c -> c.overlaps(t.span())).findFirst().orElse(null);
        Token h = tree.head(t);
        if (in != null && h != null && in.overlaps(h.span())) {
          continue; // an auxiliary or a particle inside a longer cue ("has called for"): not the cue's head
        }
        out.add(new Example(CueFeatures.of(tree, t), in != null));
      }
    }
    return out;
  }

  /** The start and end rankings of every content fragment the rules find for a gold attribution. */
  private static void boundaryExamples(AnalyzedArticle a, List<BratAttribution> gold, CueModel cue,
      List<Ranking> starts, List<Ranking> ends) {
    String text = a.text();
    CueRules rules = new CueRules(text, a.article().paragraphs(), cue);
    for (Sentence s : a.sentences()) {
      if (s.tokens().isEmpty()) {
        continue;
      }
      for (Draft d : rules.find(new DependencyTree(s))) {
        BratAttribution g = gold.stream().filter(b -> b.cue().stream().anyMatch(c -> c.overlaps(d.cue())))
            .findFirst().orElse(null);
        if (g == null) {
          continue;
        }
        for (Span fragment : d.content()) {
          ContentBoundaries.Frame f = ContentBoundaries.frame(d, fragment);
          Span target = g.content().stream().map(c -> stripped(text, c)).filter(c -> c.overlaps(fragment))
              .max((x, y) -> Integer.compare(overlap(x, fragment), overlap(y, fragment))).orElse(null);
          if (f == null || target == null) {
            continue;
          }
          DependencyTree tree = d.tree();
          List<List<String>> cands = new ArrayList<>();
          int right = -1;
          for (int i = f.minEnd(); i <= f.high(); i++) {
            cands.add(ContentBoundaries.endFeatures(tree, f, i));
            right = tree.token(i).span().end() == target.end() ? i - f.minEnd() : right;
          }
          if (right >= 0) {
            ends.add(new Ranking(cands, right, f.last() - f.minEnd()));
          }
          cands = new ArrayList<>();
          right = -1;
          for (int j = f.low(); j <= f.maxStart(); j++) {
            cands.add(ContentBoundaries.startFeatures(tree, f, j));
            right = tree.token(j).span().begin() == target.begin() ? j - f.low() : right;
          }
          if (right >= 0) {
            starts.add(new Ranking(cands, right, f.first() - f.low()));
          }
        }
      }
    }
  }

  private static double rulesRight(List<Ranking> rankings) {
    return rankings.isEmpty() ? 0 : rankings.stream().filter(r -> r.rules() == r.gold()).count()
        / (double) rankings.size();
  }

  /** Share of the training choices the final weights get right (on the data they were fitted to). */
  private static double modelRight(List<Ranking> rankings, Map<String, Double> weights) {
    int right = 0;
    for (Ranking r : rankings) {
      int best = r.rules();
      double top = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < r.candidates().size(); k++) {
        double s = r.candidates().get(k).stream().mapToDouble(f -> weights.getOrDefault(f, 0.0)).sum();
        if (s > top || k == r.rules() && s >= top) {
          top = s;
          best = k;
        }
      }
      right += best == r.gold() ? 1 : 0;
    }
    return rankings.isEmpty() ? 0 : right / (double) rankings.size();
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
  }

  private static Span stripped(String text, Span s) {
    int b = s.begin();
    int e = s.end();
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(b, e);
  }

  /** Binary averaged perceptron: the final weights are the average over every step. */
  private static Map<String, Double> fitBinary(List<Example> examples) {
    Map<String, double[]> w = new HashMap<>(); // [weight, sum of step * update]
    int step = 1;
    for (int epoch = 0; epoch < CUE_EPOCHS; epoch++) {
      for (Example e : examples) {
        boolean predicted = score(w, e.features()) > 0;
        if (predicted != e.cue()) {
          update(w, e.features(), e.cue() ? 1 : -1, step);
        }
        step++;
      }
    }
    return averaged(w, step);
  }

  /** Ranking averaged perceptron: when the best-scored candidate is not the right one, move toward the right one. */
  private static Map<String, Double> fitRanking(List<Ranking> rankings) {
    Map<String, double[]> w = new HashMap<>();
    int step = 1;
    for (int epoch = 0; epoch < BOUNDARY_EPOCHS; epoch++) {
      for (Ranking r : rankings) {
        int best = r.rules();
        double top = score(w, r.candidates().get(best));
        for (int k = 0; k < r.candidates().size(); k++) {
          double s = score(w, r.candidates().get(k));
          if (s > top) { // ties keep the rules' boundary, as at run time
            top = s;
            best = k;
          }
        }
        if (best != r.gold()) {
          update(w, r.candidates().get(r.gold()), 1, step);
          update(w, r.candidates().get(best), -1, step);
        }
        step++;
      }
    }
    return averaged(w, step);
  }

  private static double score(Map<String, double[]> w, List<String> features) {
    double s = 0;
    for (String f : features) {
      double[] x = w.get(f);
      s += x == null ? 0 : x[0];
    }
    return s;
  }

  private static void update(Map<String, double[]> w, List<String> features, double y, int step) {
    for (String f : features) {
      double[] x = w.computeIfAbsent(f, k -> new double[2]);
      x[0] += y;
      x[1] += step * y;
    }
  }

  /** The averaged weights, rounded as the file keeps them (so training goes on with what the stage will read). */
  private static Map<String, Double> averaged(Map<String, double[]> w, int step) {
    Map<String, Double> avg = new HashMap<>();
    for (Map.Entry<String, double[]> e : w.entrySet()) {
      double v = AttributionModel.rounded(e.getValue()[0] - e.getValue()[1] / step);
      if (Math.abs(v) > 1e-6) {
        avg.put(e.getKey(), v);
      }
    }
    return avg;
  }
}
