package org.newsgraph.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Stage;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;
import org.newsgraph.nlp.CoreNlpStage;
import org.newsgraph.nlp.reference.DefaultCoreNlp;

/**
 * Runs the same articles through newsgraph's full analysis and through a baseline CoreNLP pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse} at CoreNLP's defaults) in one process, one thread each, and
 * reports throughput, peak heap and model load time. Figures are printed, never asserted.
 */
public final class AnalysisBenchmark {
  private static final int WARM_UP = 5;

  private AnalysisBenchmark() {}

  /** One side's figures. */
  public record Figures(double articlesPerSecond, double tokensPerSecondPerCore, double peakHeapMb, double loadSeconds,
      long tokens, double seconds) {}

  /** Both sides and the throughput ratio (newsgraph ÷ baseline). */
  public record Result(int articles, Figures newsgraph, Figures baseline, double ratio) {}

  /** Picks {@code n} articles spread evenly over the corpus folder (so every category is represented). */
  public static List<Article> sample(Path corpus, int n) {
    Sources.Listing l = Sources.list(List.of(corpus));
    if (l.files().isEmpty()) {
      throw new IllegalArgumentException(corpus + ": no article files (give --corpus DIR)");
    }
    List<Article> out = new ArrayList<>();
    double step = Math.max(1.0, (double) l.files().size() / n);
    for (double i = 0; i < l.files().size() && out.size() < n; i += step) {
      ReadResult r = Sources.read(l.files().get((int) i));
      out.addAll(r.articles());
    }
    return out.subList(0, Math.min(n, out.size()));
  }

  public static Result run(List<Article> articles, NewsgraphConfig cfg, boolean withBaseline) {
    Figures ours = measureOurs(articles, cfg);
    CoreNlpStage.unloadAll();
    Figures base = withBaseline ? measureBaseline(articles) : null;
    double ratio = base == null ? Double.NaN : ours.articlesPerSecond() / base.articlesPerSecond();
    return new Result(articles.size(), ours, base, ratio);
  }

  private static Figures measureOurs(List<Article> articles, NewsgraphConfig cfg) {
    settle();
    long t0 = System.nanoTime();
    CoreNlpStage nlp = AnalysisPipeline.nlp(cfg);
    nlp.warmUp();
    Stage p = AnalysisPipeline.standard(cfg);
    p.apply(AnalyzedArticle.of(articles.get(0))); // loads the gazetteer and the rest
    double load = (System.nanoTime() - t0) / 1e9;
    return timed(articles, load, a -> {
      AnalyzedArticle r = p.apply(AnalyzedArticle.of(a));
      return r.sentences().stream().mapToInt((Sentence s) -> s.tokens().size()).sum();
    });
  }

  private static Figures measureBaseline(List<Article> articles) {
    settle();
    DefaultCoreNlp b = new DefaultCoreNlp();
    return timed(articles, b.loadSeconds(), a -> b.annotate(a.text()));
  }

  private static Figures timed(List<Article> articles, double loadSeconds, ToIntFunction<Article> work) {
    for (int i = 0; i < Math.min(WARM_UP, articles.size()); i++) {
      work.applyAsInt(articles.get(i));
    }
    resetPeaks();
    long tokens = 0;
    long t0 = System.nanoTime();
    for (Article a : articles) {
      tokens += work.applyAsInt(a);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Figures(articles.size() / secs, tokens / secs, peakHeapMb(), loadSeconds, tokens, secs);
  }

  private static void settle() {
    System.gc();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }
}
