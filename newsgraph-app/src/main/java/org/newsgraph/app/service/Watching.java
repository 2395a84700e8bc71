package org.newsgraph.app.service;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.watch.FeedPoll;
import org.newsgraph.ingest.watch.Schedule;
import org.newsgraph.ingest.watch.WatchState;
import org.newsgraph.ingest.web.PoliteHosts;
import org.newsgraph.ingest.web.UrlReader;
import org.newsgraph.store.NewsStore;

/**
 * Polls watched feeds and pages and stores what is new, for {@code newsgraph watch} and {@code serve --watch}: a
 * few feeds fetched at once (never two requests to one host at once, see {@link PoliteHosts}), one store writer
 * (the polls' articles are stored one poll at a time through {@link Ingestion}, with its duplicate and
 * near-duplicate checks), one log line per poll, and the {@link WatchState} saved after each poll's articles are
 * stored. A poll cut short by {@link #close()} records nothing, so that the next run polls that feed again.
 */
public final class Watching implements AutoCloseable {
  private static final long TICK_MILLIS = 250;

  private final Supplier<Stage> pipeline;
  private final NewsStore store;
  private final int analysisThreads;
  private final Ingestion.Options options;
  private final WatchState state;
  private final UrlReader reader;
  private final Schedule schedule;
  private final List<String> urls;
  private final Consumer<String> log;
  private final ExecutorService fetchers;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Object storing = new Object();
  private volatile Ingestion ingestion;
  private volatile boolean closed;
  private Thread ticker;

  /**
   * Watches {@code urls} storing into {@code store} with the analysis {@code pipeline} gives (asked for at the first
   * poll that finds something new); {@code every} (null: {@code watch.everySeconds}) between two polls of a feed.
   */
  public Watching(NewsgraphConfig cfg, Supplier<Stage> pipeline, NewsStore store, int analysisThreads,
      List<String> urls, Duration every, Consumer<String> log) {
    this.pipeline = pipeline;
    this.store = store;
    this.analysisThreads = analysisThreads;
    this.options = Ingestion.Options.of(cfg);
    NewsgraphConfig.Watch w = cfg.watch();
    this.schedule = new Schedule(every != null ? every : seconds(w.everySeconds()), seconds(w.maxBackoffSeconds()));
    this.reader = new UrlReader(options.fetch(), new PoliteHosts(options.fetch(), seconds(w.hostDelaySeconds())));
    this.state = WatchState.load(store.dir(), w.maxSeenPerFeed(), log);
    this.urls = List.copyOf(urls);
    this.log = log;
    this.fetchers = Executors.newFixedThreadPool(Math.max(1, Math.min(w.fetchThreads(), urls.size())), r -> {
      Thread t = new Thread(r, "newsgraph-watch");
      t.setDaemon(true);
      return t;
    });
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }

  /** Polls every feed once, now, whatever its schedule; returns how many polls failed. */
  public int pollAllOnce() throws InterruptedException {
    List<Future<Boolean>> polls = new ArrayList<>();
    for (String url : urls) {
      polls.add(fetchers.submit(() -> poll(url)));
    }
    int failed = 0;
    for (Future<Boolean> f : polls) {
      try {
        failed += f.get() ? 0 : 1;
      } catch (ExecutionException e) {
        failed++;
      }
    }
    return failed;
  }

  /** Polls each feed whenever it is due, in the background, until {@link #close()}. */
  public void start() {
    ticker = new Thread(() -> {
      while (!closed) {
        Instant now = Instant.now();
        for (String url : urls) {
          Instant next = state.nextPoll(url);
          if ((next == null || !now.isBefore(next)) && inFlight.add(url)) {
            fetchers.submit(() -> {
              try {
                poll(url);
              } finally {
                inFlight.remove(url);
              }
            });
          }
        }
        try {
          Thread.sleep(TICK_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "newsgraph-watch-schedule");
    ticker.setDaemon(true);
    ticker.start();
  }

  /** One poll of {@code url}: fetch, store what is new, record it, say it in one line; false when it failed. */
  private boolean poll(String url) {
    FeedPoll p;
    try {
      p = FeedPoll.of(url, reader, state);
    } catch (RuntimeException e) {
      p = null;
      log.accept(line(url, "failed: " + Ingestion.describe(e)));
    }
    if (closed || p == null) {
      return false;
    }
    Ingestion.Outcome stored = null;
    // only a poll that brought articles goes to the store (and may load the models); its problems go with them
    // into the ingest log, and a poll without articles says its problems in its line
    if (!p.articles().isEmpty()) {
      synchronized (storing) {
        if (closed) {
          return false;
        }
        if (ingestion == null) {
          ingestion = new Ingestion(pipeline.get(), store, analysisThreads, options);
        }
        stored = ingestion.ingestRead(List.of(p::replay), (done, total, read, rate, eta) -> { });
      }
      if (stored.summary().stop() != null) {
        return false; // stopped before the end: nothing recorded, the feed is polled again next time
      }
    }
    Instant now = Instant.now();
    boolean ok = p.polled().outcome() != UrlReader.Outcome.FAILED;
    String said;
    if (ok) {
      Set<String> failedItems = new HashSet<>();
      if (stored != null) {
        stored.summary().failures().forEach(f -> failedItems.add(f.source()));
      }
      List<String> seen = p.polled().links().stream().filter(l -> !failedItems.contains(l)).toList();
      Instant next = schedule.afterSuccess(now);
      state.polled(url, p.polled().validators(), seen, next);
      said = what(p, stored) + "; next poll in " + Schedule.show(Duration.between(now, next));
    } else {
      int failures = state.failures(url) + 1;
      Instant next = schedule.afterFailures(now, failures);
      state.failed(url, next);
      said = "failed: " + p.polled().problem() + "; next try in " + Schedule.show(Duration.between(now, next))
          + (failures > 1 ? " (" + failures + " failures in a row)" : "");
    }
    try {
      state.save();
    } catch (IOException e) {
      said += "; the watch state could not be saved (" + e.getMessage() + ")";
    }
    log.accept(line(url, said));
    return ok;
  }

  private static String what(FeedPoll p, Ingestion.Outcome stored) {
    if (p.polled().outcome() == UrlReader.Outcome.NOT_MODIFIED) {
      return "not modified";
    }
    if (stored == null) {
      String unread = p.problems().isEmpty() ? "" : "; " + p.problems().size() + " could not be read ("
          + p.problems().get(0).oneLine() + (p.problems().size() > 1 ? "; …" : "") + ")";
      return (p.skipped().isEmpty() ? "nothing new" : "nothing new to analyse (" + p.skipped().size()
          + " skipped)") + unread;
    }
    IngestSummary s = stored.summary();
    List<String> parts = new ArrayList<>();
    parts.add(s.stored() + " stored");
    if (s.duplicates() > 0) {
      parts.add(s.duplicates() + " already stored");
    }
    if (s.nearDuplicates() > 0) {
      parts.add(s.nearDuplicates() + " near-duplicate" + (s.nearDuplicates() == 1 ? "" : "s"));
    }
    if (!p.skipped().isEmpty()) {
      parts.add(p.skipped().size() + " with nothing to analyse");
    }
    if (s.failed()) {
      ReadResult.Problem first = s.failures().get(0);
      parts.add(s.failures().size() + " failed (" + first.oneLine() + (s.failures().size() > 1 ? "; …" : "") + ")");
    }
    return p.articles().size() + " new: " + String.join(", ", parts);
  }

  private static String line(String url, String what) {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + url + ": " + what;
  }

  /** Stops polling: a poll in progress stores what it has analysed and records nothing; the rest waits. */
  @Override
  public void close() {
    closed = true;
    if (ticker != null) {
      ticker.interrupt();
    }
    Ingestion i = ingestion;
    if (i != null) {
      i.stop();
    }
    fetchers.shutdownNow();
    try {
      fetchers.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
