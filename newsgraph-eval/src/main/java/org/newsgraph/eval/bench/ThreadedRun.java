package org.newsgraph.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.newsgraph.core.Article;

/**
 * The articles analysed by several threads that take the next article from one shared counter, as {@code ingest
 * --threads N} analyses them (the store's writes left out): the wall time from the first article to the last.
 */
final class ThreadedRun {
  private ThreadedRun() {}

  static AnalysisBenchmark.Figures timed(List<Article> articles, double loadSeconds, int threads,
      ToIntFunction<Article> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(pool, threads, articles.subList(0, Math.min(threads * 2, articles.size())), work); // each thread warms up
      AnalysisBenchmark.settle();
      AnalysisBenchmark.resetPeaks();
      long t0 = System.nanoTime();
      long tokens = run(pool, threads, articles, work);
      double secs = (System.nanoTime() - t0) / 1e9;
      return new AnalysisBenchmark.Figures(articles.size() / secs, tokens / secs / threads,
          AnalysisBenchmark.peakHeapMb(), loadSeconds, tokens, secs);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long run(ExecutorService pool, int threads, List<Article> articles, ToIntFunction<Article> work) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
          tokens.addAndGet(work.applyAsInt(articles.get(i)));
        }
      }));
    }
    try {
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("an analysis failed: " + e.getCause(), e.getCause());
    }
    return tokens.get();
  }
}
