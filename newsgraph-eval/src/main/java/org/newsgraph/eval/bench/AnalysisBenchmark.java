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
 * reports throughput, peak heap and model load time; optionally newsgraph again on several threads sharing the
 * loaded models (what {@code ingest --threads N} analyses with), for its speed-up over one thread in the same run.
 * Figures are printed, never asserted.
 */
public final class AnalysisBenchmark {
  private static final int WARM_UP = 5;

  private AnalysisBenchmark() {}

  /** One side's figures. */
  public record Figures(double articlesPerSecond, double tokensPerSecondPerCore, double peakHeapMb, double loadSeconds,
      long tokens, double seconds) {}

  /**
   * Both sides and the throughput ratio (newsgraph ÷ baseline); with {@code threads} over one, newsgraph on that many
   * threads ({@code threaded}, else null) and its throughput over the one-thread run's.
   */
  public record Result(int articles, Figures newsgraph, Figures baseline, double ratio, int threads,
      Figures threaded, double threadSpeedup) {}

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
    return run(articles, cfg, withBaseline, 1);
  }

  /** As {@link #run(List, NewsgraphConfig, boolean)}, and newsgraph again on {@code threads} threads if over one. */
  public static Result run(List<Article> articles, NewsgraphConfig cfg, boolean withBaseline, int threads) {
    settle();
    long t0 = System.nanoTime();
    CoreNlpStage nlp = AnalysisPipeline.nlp(cfg);
    nlp.warmUp();
    Stage p = AnalysisPipeline.standard(cfg);
    p.apply(AnalyzedArticle.of(articles.get(0))); // loads the gazetteer and the rest
    double load = (System.nanoTime() - t0) / 1e9;
    ToIntFunction<Article> ours = a -> tokens(p.apply(AnalyzedArticle.of(a)));
    Figures one = timed(articles, load, ours);
    Figures many = threads > 1 ? ThreadedRun.timed(articles, load, threads, ours) : null;
    CoreNlpStage.unloadAll();
    Figures base = withBaseline ? measureBaseline(articles) : null;
    double ratio = base == null ? Double.NaN : one.articlesPerSecond() / base.articlesPerSecond();
    double speedup = many == null ? Double.NaN : many.articlesPerSecond() / one.articlesPerSecond();
    return new Result(articles.size(), one, base, ratio, threads, many, speedup);
  }

  private static int tokens(AnalyzedArticle r) {
    return r.sentences().stream().mapToInt((Sentence s) -> s.tokens().size()).sum();
  }

  private static Figures measureBaseline(List<Article> articles) {
    settle();
    DefaultCoreNlp b = new DefaultCoreNlp();
    return timed(articles, b.loadSeconds(), a -> b.annotate(a.text()));
  }

  private static Figures timed(List<Article> articles, double loadSeconds, ToIntFunction<Article> work) {
    settle();
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

  static void settle() {
    System.gc();
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }
}
