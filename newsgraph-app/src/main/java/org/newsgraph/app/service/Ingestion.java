package org.newsgraph.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.DocumentError;
import org.newsgraph.core.Stage;
import org.newsgraph.core.StageFailure;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;
import org.newsgraph.store.NewsStore;

/**
 * Reads files, analyses the articles that are new, and stores them batch by batch: each batch is one store
 * transaction, so a crash leaves whole batches or nothing. An article the store already holds is not analysed
 * again. One bad file or article never stops the rest.
 */
public final class Ingestion {
  private static final int BATCH = 16;

  private final Stage pipeline;
  private final NewsStore store;
  private final int threads;

  public Ingestion(Stage pipeline, NewsStore store, int threads) {
    this.pipeline = pipeline;
    this.store = store;
    this.threads = Math.max(1, threads);
  }

  /** Ingests {@code paths}; {@code progress} is told after each file (its argument: files done so far). */
  public IngestSummary run(List<Path> paths, IntConsumer onFileDone, java.util.function.IntConsumer onTotal) {
    long t0 = System.nanoTime();
    String runId = UUID.randomUUID().toString();
    Sources.Listing listing = Sources.list(paths);
    onTotal.accept(listing.files().size());
    List<ReadResult.Problem> failures = new ArrayList<>(listing.problems());
    List<DocumentError> readErrors = new ArrayList<>();
    for (ReadResult.Problem p : listing.problems()) {
      readErrors.add(new DocumentError(p.source(), null, "read", p.message()));
    }
    Set<String> seen = new HashSet<>();
    List<Article> pending = new ArrayList<>();
    List<Article> repeats = new ArrayList<>();
    int stored = 0;
    int duplicates = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newsgraph-analysis");
      t.setDaemon(true);
      return t;
    });
    try {
      int done = 0;
      for (Path f : listing.files()) {
        ReadResult r = Sources.read(f);
        for (ReadResult.Problem p : r.problems()) {
          failures.add(p);
          readErrors.add(new DocumentError(p.source(), null, "read", p.message()));
        }
        for (Article a : r.articles()) {
          if (!seen.add(a.id()) || store.contains(a.id())) {
            duplicates++;
            repeats.add(a);
          } else {
            pending.add(a);
          }
        }
        if (pending.size() >= BATCH) {
          stored += flush(pending, repeats, readErrors, failures, runId, pool);
        }
        onFileDone.accept(++done);
      }
      stored += flush(pending, repeats, readErrors, failures, runId, pool);
    } finally {
      pool.shutdownNow();
    }
    return new IngestSummary(listing.files().size(), stored, duplicates, failures, (System.nanoTime() - t0) / 1e9);
  }

  private int flush(List<Article> pending, List<Article> repeats, List<DocumentError> errors,
      List<ReadResult.Problem> failures, String runId, ExecutorService pool) {
    if (pending.isEmpty() && repeats.isEmpty() && errors.isEmpty()) {
      return 0;
    }
    List<Future<AnalyzedArticle>> futures = new ArrayList<>();
    for (Article a : pending) {
      futures.add(pool.submit(() -> pipeline.apply(AnalyzedArticle.of(a))));
    }
    List<AnalyzedArticle> analysed = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      Article a = pending.get(i);
      try {
        analysed.add(futures.get(i).get());
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        String stage = c instanceof StageFailure f ? f.stageId() : "analysis";
        String msg = c instanceof StageFailure f && f.getCause() != null ? String.valueOf(f.getCause().getMessage())
            : String.valueOf(c);
        errors.add(new DocumentError(a.source(), a.id(), stage, "analysis failed in " + stage + ": " + msg));
        failures.add(new ReadResult.Problem(a.source(), "analysis failed in " + stage + ": " + msg));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    // Repeats go to the store unanalysed: it skips them by id and logs them as duplicates. One whose original
    // failed analysis just now is left out, so it cannot be stored without its analysis.
    List<AnalyzedArticle> batch = new ArrayList<>(analysed);
    for (Article r : repeats) {
      if (analysed.stream().anyMatch(x -> x.article().id().equals(r.id())) || store.contains(r.id())) {
        batch.add(AnalyzedArticle.of(r));
      }
    }
    int n = store.save(batch, errors, runId).stored().size();
    pending.clear();
    repeats.clear();
    errors.clear();
    return n;
  }
}
