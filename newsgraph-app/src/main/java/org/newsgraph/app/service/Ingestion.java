package org.newsgraph.app.service;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.DocumentError;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.core.StageFailure;
import org.newsgraph.ingest.ArticleDefaults;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.Format;
import org.newsgraph.ingest.JsonlFields;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;
import org.newsgraph.ingest.dedup.LshIndex;
import org.newsgraph.ingest.dedup.NearDuplicateRule;
import org.newsgraph.ingest.web.FetchSettings;
import org.newsgraph.ingest.web.UrlReader;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Publication;
import org.newsgraph.store.SaveResult;
import org.newsgraph.store.StoreException;

/**
 * Reads files of any supported format, analyses the articles that are new, and stores them batch by batch: each
 * batch (articles, their publications, the log) is one store transaction, so a crash leaves whole batches or
 * nothing, and running the same command again stores each article exactly once.
 *
 * <p>Duplicates: an article whose text the store (or this run) already has is not analysed again; one whose text is
 * a near-duplicate of a stored article ({@link NearDuplicateRule}: MinHash + LSH) is recorded as another
 * publication of it (outlet, URL, date) instead. The LSH index is rebuilt from the store's signatures when the
 * first run of an instance starts (so it survives restarts; later runs go on with it while every signature in it is
 * stored); a lookup costs the same however many articles the store holds.
 *
 * <p>Isolation: each article is analysed within the configuration's limits (the pipeline is a {@code
 * BoundedAnalysis}), so none can hold its batch up for long; one that fails is recorded in the ingest log and left
 * out while the others of its batch are stored; running the same command again retries only what is not stored.
 * {@link #stop()} ends a run early: what is analysed is stored, the rest is counted and left for the next run.
 */
public final class Ingestion {
  private static final int BATCH = 16;
  private static final System.Logger LOG = System.getLogger(Ingestion.class.getName());

  private final Stage pipeline;
  private final NewsStore store;
  private final int threads;
  private final Options options;
  private volatile Run running;
  private volatile boolean stopRequested;
  /**
   * The LSH index a run left when every signature in it was stored (no analysis failed, nothing refused, no stop):
   * the next run of this instance goes on with it instead of reading every signature from the store again, which
   * matters to a watcher that stores a few articles a poll into a large store it shares with a server's readers.
   * Only runs of this instance add signatures to the store while it lives (the server's POST stores none).
   */
  private LshIndex kept;

  /**
   * How to read: a forced format (null: by content), the JSON Lines field map and the page size limit
   * ({@code read}); what a near-duplicate is ({@code dedup}); how URLs are fetched; the outlet and date of articles
   * that state none ({@code given}).
   */
  public record Options(ReadOptions read, NearDuplicateRule dedup, FetchSettings fetch, ArticleDefaults given) {
    public Options {
      read = read == null ? ReadOptions.defaults() : read;
      given = given == null ? ArticleDefaults.none() : given;
      dedup = dedup == null ? new NearDuplicateRule(NewsgraphConfig.defaults().dedup()) : dedup;
      fetch = (fetch == null ? FetchSettings.defaults() : fetch).withRead(read);
    }

    /** The configuration's reading limits, near-duplicate definition and fetch settings. */
    public static Options of(NewsgraphConfig config, Format format, JsonlFields fields) {
      ReadOptions read = ReadOptions.of(config.ingest(), format, fields);
      return new Options(read, new NearDuplicateRule(config.dedup()), FetchSettings.of(config.ingest(), read), null);
    }

    /** These options with the outlet and date of articles that state none. */
    public Options with(ArticleDefaults facts) {
      return new Options(read, dedup, fetch, facts);
    }

    public static Options of(NewsgraphConfig config) {
      return of(config, null, null);
    }

    public static Options defaults() {
      return of(NewsgraphConfig.defaults());
    }
  }

  /** What a run did, and beyond {@link IngestSummary}, how many articles were read in all. */
  public record Outcome(IngestSummary summary, long articlesRead) {}

  /** Told after each file. */
  public interface Progress {
    void update(int filesDone, int filesTotal, long articlesRead, double articlesPerSecond, double etaSeconds);
  }

  public Ingestion(Stage pipeline, NewsStore store, int threads) {
    this(pipeline, store, threads, Options.defaults());
  }

  public Ingestion(Stage pipeline, NewsStore store, int threads, Options options) {
    this.pipeline = pipeline;
    this.store = store;
    this.threads = Math.max(1, threads);
    this.options = options == null ? Options.defaults() : options;
  }

  /** Ingests {@code paths}; {@code onFileDone} is told files done so far, {@code onTotal} the number of files. */
  public IngestSummary run(List<Path> paths, IntConsumer onFileDone, IntConsumer onTotal) {
    boolean[] told = new boolean[1];
    return ingest(paths, (done, total, articles, rate, eta) -> {
      if (!told[0]) {
        told[0] = true;
        onTotal.accept(total);
      }
      onFileDone.accept(done);
    }).summary();
  }

  /** Ingests {@code paths}, reporting progress after each file. */
  public Outcome ingest(List<Path> paths, Progress progress) {
    return ingest(paths, List.of(), progress);
  }

  /** Ingests {@code paths}, then the feeds or pages at {@code urls}, reporting progress after each input. */
  public Outcome ingest(List<Path> paths, List<URI> urls, Progress progress) {
    return ingest(paths, urls, List.of(), progress);
  }

  /**
   * Ingests what each of {@code readers} puts into the sink it is given (articles read elsewhere: a feed poll),
   * as one run with the same duplicate checks as files and URLs.
   */
  public Outcome ingestRead(List<Consumer<ArticleSink>> readers, Progress progress) {
    return ingest(List.of(), List.of(), readers, progress);
  }

  private Outcome ingest(List<Path> paths, List<URI> urls, List<Consumer<ArticleSink>> readers,
      Progress progress) {
    Run r = new Run(progress);
    running = r;
    if (stopRequested) {
      r.stop();
    }
    try {
      return r.go(paths, urls, readers);
    } finally {
      running = null;
    }
  }

  /**
   * Asks the run in progress (from another thread: a signal's shutdown hook) to end: analyses still running are
   * stopped, what is analysed is stored, and the run returns with {@link IngestSummary#stop()} saying what was left.
   */
  public void stop() {
    stopRequested = true;
    Run r = running;
    if (r != null) {
      r.stop();
    }
  }

  /** The one line a failure shows: the message, or what kind of failure it was when it has none. */
  static String describe(Throwable t) {
    if (t instanceof StackOverflowError) {
      return "stack overflow (an input nested or run together beyond what the analysis can follow)";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory";
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  /** The state of one run. */
  private final class Run implements ArticleSink {
    private final Progress progress;
    private final String runId = UUID.randomUUID().toString();
    private final long t0 = System.nanoTime();
    private final LshIndex index;
    private final boolean indexLoaded;
    private boolean indexClean = true;
    private final Set<String> seen = new HashSet<>();
    private final List<ReadResult.Problem> failures = new ArrayList<>();
    private final List<DocumentError> errors = new ArrayList<>();
    private final List<Article> pending = new ArrayList<>();
    private final List<Article> repeats = new ArrayList<>();
    private final List<Publication> publications = new ArrayList<>();
    private final List<ReadResult.Problem> notes = new ArrayList<>();
    private int stored;
    private int duplicates;
    private int nearDuplicates;
    private int skipped;
    private long articlesRead;
    private int unstored;
    private int filesUnread;
    private volatile boolean stopping;
    private volatile ExecutorService pool;

    Run(Progress progress) {
      this.progress = progress;
      this.indexLoaded = kept != null;
      this.index = kept != null ? kept : options.dedup().newIndex();
      kept = null; // a run that ends badly leaves none: the next one reads the store again
    }

    Outcome go(List<Path> paths, List<URI> urls, List<Consumer<ArticleSink>> readers) {
      if (!indexLoaded) {
        store.publicationSignatures(options.dedup().scheme(), index::add);
      }
      Sources.Listing listing = Sources.list(paths);
      for (ReadResult.Problem p : listing.problems()) {
        problem(p);
      }
      pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "newsgraph-analysis");
        t.setDaemon(true);
        return t;
      });
      if (stopping) {
        stop();
      }
      int total = listing.files().size() + urls.size() + readers.size();
      try {
        progress.update(0, total, 0, 0, Double.NaN);
        int done = 0;
        for (Path f : listing.files()) {
          if (stopping) {
            break;
          }
          Sources.read(f, options.read(), filling(f));
          flush(false);
          progress(++done, total);
        }
        UrlReader web = urls.isEmpty() ? null : new UrlReader(options.fetch());
        for (URI u : urls) {
          if (stopping) {
            break;
          }
          web.read(u, filling(null));
          flush(false);
          progress(++done, total);
        }
        for (Consumer<ArticleSink> read : readers) {
          if (stopping) {
            break;
          }
          read.accept(filling(null));
          flush(false);
          progress(++done, total);
        }
        flush(true);
        filesUnread = total - done;
      } finally {
        pool.shutdownNow();
      }
      if (indexClean && !stopping) {
        kept = index;
      }
      IngestSummary s = new IngestSummary(total, stored, duplicates, nearDuplicates, skipped, failures,
          (System.nanoTime() - t0) / 1e9, notes, stopping ? new IngestSummary.Stop(unstored, filesUnread) : null);
      return new Outcome(s, articlesRead);
    }

    /** Stops the analyses in progress and those waiting; the run stores what is done and returns. */
    void stop() {
      stopping = true;
      ExecutorService p = pool;
      if (p != null) {
        for (Runnable waiting : p.shutdownNow()) {
          if (waiting instanceof Future<?> f) {
            f.cancel(false); // so that whoever waits for it hears at once
          }
        }
      }
    }

    private void progress(int done, int total) {
      double secs = (System.nanoTime() - t0) / 1e9;
      double rate = secs > 0 ? articlesRead / secs : 0;
      double eta = done == 0 ? Double.NaN : secs / done * (total - done);
      progress.update(done, total, articlesRead, rate, eta);
    }

    /** This run as the sink of one input: articles get the given outlet and date where they state none. */
    private ArticleSink filling(Path file) {
      ArticleDefaults given = options.given();
      if (given.isNone()) {
        return this;
      }
      return new ArticleSink() {
        @Override
        public void article(Article a) {
          Run.this.article(given.apply(a, file));
        }

        @Override
        public void problem(ReadResult.Problem p) {
          Run.this.problem(p);
        }

        @Override
        public void skipped(ReadResult.Problem p) {
          Run.this.skipped(p);
        }
      };
    }

    /** A record with nothing to analyse: counted, not failed. */
    @Override
    public void skipped(ReadResult.Problem p) {
      skipped++;
    }

    @Override
    public void problem(ReadResult.Problem p) {
      failures.add(p);
      errors.add(new DocumentError(p.source(), null, "read", p.message()));
    }

    @Override
    public void article(Article a) {
      articlesRead++;
      if (stopping) {
        unstored++; // read after the stop was asked for: left for the next run
        return;
      }
      if (!seen.add(a.id()) || store.contains(a.id())) {
        duplicates++;
        repeats.add(a);
        publications.add(publication(a, a.id(), 1.0, null));
      } else if (store.containsPublication(a.id(), a.source())) {
        duplicates++; // a near-duplicate recorded by an earlier (perhaps interrupted) run
      } else {
        int[] sig = options.dedup().signature(a.text());
        Optional<LshIndex.Match> near = index.nearest(sig);
        if (near.isPresent()) {
          nearDuplicates++;
          publications.add(publication(a, near.get().articleId(), near.get().similarity(), null));
        } else {
          index.add(a.id(), sig);
          pending.add(a);
          publications.add(publication(a, a.id(), 1.0, sig));
        }
      }
      if (pending.size() >= BATCH) {
        flush(true);
      }
    }

    /** The article's analysis, on the pool; a stopped pool gives a cancelled one. */
    private Future<AnalyzedArticle> submit(Article a) {
      try {
        return pool.submit(() -> pipeline.apply(AnalyzedArticle.of(a)));
      } catch (RejectedExecutionException e) {
        java.util.concurrent.CompletableFuture<AnalyzedArticle> cut = new java.util.concurrent.CompletableFuture<>();
        cut.cancel(false);
        return cut;
      }
    }

    /**
     * Stores the batch with the errors and publications so far. An article the store refuses (its annotations do not
     * fit its text) is recorded as failed and the batch stored without it, so that it cannot take the others down.
     */
    private SaveResult save(List<AnalyzedArticle> batch) {
      List<AnalyzedArticle> rest = new ArrayList<>(batch);
      while (true) {
        try {
          return store.save(rest, errors, runId, List.copyOf(publications));
        } catch (StoreException e) {
          String bad = e.articleId();
          if (bad == null || rest.stream().noneMatch(x -> x.article().id().equals(bad))) {
            throw e;
          }
          LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
          indexClean = false;
          for (AnalyzedArticle x : List.copyOf(rest)) {
            if (x.article().id().equals(bad)) {
              rest.remove(x);
              String msg = "not stored: " + e.getMessage().replaceAll("; nothing of this batch.*", "");
              errors.add(new DocumentError(x.article().source(), bad, "store", msg));
              failures.add(new ReadResult.Problem(x.article().source(), msg));
            }
          }
          publications.removeIf(p -> p.articleId().equals(bad) || p.contentId().equals(bad));
        }
      }
    }

    private Publication publication(Article a, String of, double similarity, int[] sig) {
      return new Publication(of, a.id(), a.source(), a.outlet(), a.headline(), a.published(),
          similarity, sig == null ? null : options.dedup().scheme(), sig);
    }

    /** Analyses and stores what is pending; with {@code force} false, only a full batch. */
    private void flush(boolean force) {
      if (!force && pending.size() < BATCH) {
        return;
      }
      if (pending.isEmpty() && repeats.isEmpty() && errors.isEmpty() && publications.isEmpty()) {
        return;
      }
      List<Future<AnalyzedArticle>> futures = new ArrayList<>();
      for (Article a : pending) {
        futures.add(submit(a));
      }
      List<AnalyzedArticle> analysed = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        Article a = pending.get(i);
        try {
          AnalyzedArticle done = futures.get(i).get();
          analysed.add(done);
          for (String n : done.notes()) {
            notes.add(new ReadResult.Problem(a.source(), n));
          }
        } catch (ExecutionException | CancellationException e) {
          Throwable c = e instanceof ExecutionException ? e.getCause() : e;
          if (stopping) {
            unstored++; // cut short by the stop: not a failure of the article, left for the next run
            continue;
          }
          String stage = c instanceof StageFailure f ? f.stageId() : "analysis";
          Throwable why = c instanceof StageFailure f && f.getCause() != null ? f.getCause() : c;
          String msg = "analysis failed in " + stage + ": " + describe(why);
          LOG.log(System.Logger.Level.WARNING, a.source() + ": " + msg, why);
          errors.add(new DocumentError(a.source(), a.id(), stage, msg));
          failures.add(new ReadResult.Problem(a.source(), msg));
          indexClean = false; // its signature is in the index, it is not in the store
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      // Repeats go to the store unanalysed: it skips them by id and logs them as duplicates. One whose original
      // failed analysis just now is left out, so it cannot be stored without its analysis.
      Set<String> analysedIds = new HashSet<>();
      for (AnalyzedArticle x : analysed) {
        analysedIds.add(x.article().id());
      }
      List<AnalyzedArticle> batch = new ArrayList<>(analysed);
      for (Article r : repeats) {
        if (analysedIds.contains(r.id()) || store.contains(r.id())) {
          batch.add(AnalyzedArticle.of(r));
        }
      }
      stored += save(batch).stored().size();
      pending.clear();
      repeats.clear();
      errors.clear();
      publications.clear();
    }
  }
}
