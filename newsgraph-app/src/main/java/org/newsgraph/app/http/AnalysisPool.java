package org.newsgraph.app.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.BoundedAnalysis;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;

/**
 * Where the server analyses texts ({@code POST /api/analyze}, {@code POST /api/articles}): a fixed number of threads
 * ({@code server.analyzeThreads}) and a short queue ({@code server.analyzeQueue}), so that analyses cannot take the
 * threads and memory the reads need. A request that finds no place gets 429 at once, before its body is read or
 * parsed ({@link #admit}), so that a crowd of large requests costs the server almost nothing. Each analysis has a
 * deadline ({@code server.analyzeSeconds}, counted from when the request came): the stages stop in time to answer
 * with what is done (a partial answer, noted on each article), and an analysis still running at the deadline is
 * interrupted, not left to run for a client that has gone (503).
 */
final class AnalysisPool implements AutoCloseable {
  /** How much earlier than the request's deadline the stages must end, so that the answer can still be sent. */
  private static final long ANSWER_MARGIN_NANOS = 1_000_000_000L;
  /** How long past the stages' deadline the request waits for an analysis that does not stop at once. */
  private static final long GRACE_NANOS = 1_000_000_000L;

  private final ThreadPoolExecutor pool;
  private final Supplier<Stage> pipeline;
  private final NewsgraphConfig.Server cfg;
  /** Places: the threads and the queue. Taken when a request comes, given back when its analysis ends. */
  private final Semaphore places;

  AnalysisPool(NewsgraphConfig.Server cfg, Supplier<Stage> pipeline) {
    this.cfg = cfg;
    this.pipeline = pipeline;
    BlockingQueue<Runnable> queue = cfg.analyzeQueue() == 0 ? new SynchronousQueue<>()
        : new ArrayBlockingQueue<>(cfg.analyzeQueue());
    this.pool = new ThreadPoolExecutor(cfg.analyzeThreads(), cfg.analyzeThreads(), 0, TimeUnit.SECONDS, queue, r -> {
      Thread t = new Thread(r, "newsgraph-api-analysis");
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy());
    this.places = new Semaphore(cfg.analyzeThreads() + cfg.analyzeQueue());
  }

  /**
   * A place on the pool for one request, held from before its body is read until its analysis ends (the analysis
   * gives it back when it is handed one with {@link #analyse}; otherwise closing does).
   */
  final class Permit implements AutoCloseable {
    private boolean handedOver;
    private boolean started;
    private boolean released;

    private synchronized void handOver() {
      handedOver = true;
    }

    /** The analysis begins on it; false when its request gave it up while it waited ({@link #abandon}). */
    private synchronized boolean start() {
      started = !released;
      return started;
    }

    /**
     * Its request stopped waiting (deadline, shutdown): an analysis that never began gives the place back now (its
     * task, cancelled in the queue, will never run to do it); one that began gives it back when it stops.
     */
    private synchronized void abandon() {
      if (!started) {
        release();
      }
    }

    synchronized void release() {
      if (!released) {
        released = true;
        places.release();
      }
    }

    @Override
    public synchronized void close() {
      if (!handedOver) {
        release();
      }
    }
  }

  /** A place for one request; 429 when every thread is busy and the queue full. */
  Permit admit() {
    if (!places.tryAcquire()) {
      throw new ApiException(429, String.format(Locale.ROOT, "busy: %d analyses are running and %d waiting"
          + " (server.analyzeThreads, server.analyzeQueue); try again in a few seconds", pool.getActiveCount(),
          pool.getQueue().size()));
    }
    return new Permit();
  }

  /**
   * The articles analysed on the request's place ({@link #admit}), within its deadline. Throws {@link ApiException}
   * 503 when the deadline passed before the analysis could give anything.
   */
  List<AnalyzedArticle> analyse(Permit permit, List<Article> articles) {
    long start = System.nanoTime();
    long deadline = start + (long) (cfg.analyzeSeconds() * 1e9);
    Future<List<AnalyzedArticle>> f;
    try {
      f = pool.submit(() -> {
        if (!permit.start()) {
          return List.<AnalyzedArticle>of(); // its request has gone
        }
        try {
          return work(articles, deadline);
        } finally {
          permit.release();
        }
      });
      permit.handOver();
    } catch (RejectedExecutionException e) {
      throw new ApiException(429, "busy: try again in a few seconds");
    }
    try {
      return f.get(Math.max(0, deadline + GRACE_NANOS - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true); // the analysis stops at its next step: nobody is waiting for it any more
      permit.abandon();
      throw new ApiException(503, "the analysis did not finish within " + seconds() + " and was stopped; send a"
          + " shorter text or try again when the server is less busy");
    } catch (InterruptedException e) {
      f.cancel(true);
      permit.abandon();
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is stopping");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private List<AnalyzedArticle> work(List<Article> articles, long deadline) {
    Stage p = pipeline.get();
    p.load(); // the models load once, outside any request's time
    long stagesEnd = deadline - Math.min(ANSWER_MARGIN_NANOS, (deadline - System.nanoTime()) / 10);
    if (System.nanoTime() >= stagesEnd) {
      throw new ApiException(503, "the analysis waited " + seconds() + " for a free thread and was not started;"
          + " try again when the server is less busy");
    }
    List<AnalyzedArticle> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(p instanceof BoundedAnalysis b ? b.apply(AnalyzedArticle.of(a), stagesEnd)
          : p.apply(AnalyzedArticle.of(a)));
    }
    return out;
  }

  private String seconds() {
    return String.format(Locale.ROOT, "%.0f s (server.analyzeSeconds)", cfg.analyzeSeconds());
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
