package org.newsgraph.extract.claims;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Trains the {@link CueModel} on a PolNeAR split (train only; dev is for measuring): every verb is an example,
 * positive when it heads a gold cue (the cue token whose head lies outside the cue span). Verbs inside a gold
 * content or source span, or inside a quotation, are left out, since PolNeAR annotates only the outermost
 * attribution and the stage drops nested ones itself. Binary averaged perceptron, a fixed number of passes in file order: the same data gives the
 * same model, on one thread in about a minute.
 */
public final class CueModelTrainer {
  static final int EPOCHS = 10;

  private record Example(List<String> features, boolean cue) {}

  private final Function<Article, AnalyzedArticle> analysis;

  /** @param analysis gives each article its tokens, tags, lemmas, NER and dependencies */
  public CueModelTrainer(Function<Article, AnalyzedArticle> analysis) {
    this.analysis = analysis;
  }

  /** Trains on every article of {@code splitDir} and writes the gzipped model to {@code out}. */
  public void train(Path splitDir, Path out, Consumer<String> log) throws IOException {
    List<Example> examples = new ArrayList<>();
    for (Path f : PolnearCorpus.texts(splitDir)) {
      try {
        Optional<Path> gold = PolnearCorpus.goldFor(f);
        if (gold.isEmpty()) {
          throw new IllegalArgumentException("no gold .ann");
        }
        Article a = PolnearCorpus.article(f);
        List<BratAttribution> g = BratReader.read(Files.readString(gold.get(), StandardCharsets.UTF_8),
            a.text().length());
        examples.addAll(examples(analysis.apply(a), g));
      } catch (IOException | RuntimeException e) {
        log.accept("skipped " + f.getFileName() + ": " + e.getMessage());
      }
    }
    CueModel model = fit(examples);
    log.accept(examples.size() + " verbs, " + examples.stream().filter(Example::cue).count() + " cues, "
        + model.size() + " weights");
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
        StandardCharsets.UTF_8)) {
      model.write(w);
    }
  }

  private static List<Example> examples(AnalyzedArticle a, List<BratAttribution> gold) {
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

  /** Averaged perceptron: the final weights are the average over every step, which keeps late updates modest. */
  private static CueModel fit(List<Example> examples) {
    Map<String, double[]> w = new HashMap<>(); // [weight, sum of step * update]
    int step = 1;
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (Example e : examples) {
        double s = 0;
        for (String f : e.features()) {
          double[] x = w.get(f);
          s += x == null ? 0 : x[0];
        }
        boolean predicted = s > 0;
        if (predicted != e.cue()) {
          double y = e.cue() ? 1 : -1;
          for (String f : e.features()) {
            double[] x = w.computeIfAbsent(f, k -> new double[2]);
            x[0] += y;
            x[1] += step * y;
          }
        }
        step++;
      }
    }
    Map<String, Double> avg = new HashMap<>();
    for (Map.Entry<String, double[]> e : w.entrySet()) {
      double v = e.getValue()[0] - e.getValue()[1] / step;
      if (Math.abs(v) > 1e-6) {
        avg.put(e.getKey(), v);
      }
    }
    return new CueModel(avg);
  }
}
