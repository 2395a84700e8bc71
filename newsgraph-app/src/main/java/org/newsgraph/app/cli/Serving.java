package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.app.service.Watching;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.store.NewsStore;

/**
 * What {@code newsgraph serve} runs: the HTTP server over one store and, with {@code --watch}, the poller that
 * stores new articles into that same store while it is read: one process, one writer. The analysis pipeline is
 * built once, at the first analysis either of them asks for, and shared.
 */
public final class Serving implements AutoCloseable {
  private final NewsStore store;
  private final ApiServer server;
  private final Watching watching;

  private Serving(NewsStore store, ApiServer server, Watching watching) {
    this.store = store;
    this.server = server;
    this.watching = watching;
  }

  /**
   * Serves {@code store} where {@code cfg.server()} says, watching {@code watched} (none: nothing polled) every
   * {@code every} (null: {@code watch.everySeconds}); says where on {@code out}, and each poll in one line there.
   */
  public static Serving start(NewsgraphConfig cfg, NewsStore store, List<String> watched, Duration every,
      PrintWriter out) {
    Supplier<Stage> pipeline = new Supplier<>() {
      private Stage p;

      @Override
      public synchronized Stage get() {
        if (p == null) {
          p = AnalysisPipeline.standard(cfg);
        }
        return p;
      }
    };
    return start(cfg, store, watched, every, out, pipeline);
  }

  /** As {@link #start(NewsgraphConfig, NewsStore, List, Duration, PrintWriter)}, with this analysis pipeline. */
  public static Serving start(NewsgraphConfig cfg, NewsStore store, List<String> watched, Duration every,
      PrintWriter out, Supplier<Stage> pipeline) {
    ApiServer server = ApiServer.start(store, cfg.server(), pipeline);
    out.printf("Serving the API at http://%s:%d/api/health (Ctrl-C to stop)%n", cfg.server().bind(), server.port());
    out.flush();
    Watching watching = null;
    if (!watched.isEmpty()) {
      watching = new Watching(cfg, pipeline, store, cfg.server().analyzeThreads(), watched, every, line -> {
        out.println(line);
        out.flush();
      });
      out.printf("Watching %d feed%s into the store%n", watched.size(), watched.size() == 1 ? "" : "s");
      out.flush();
      watching.start();
    }
    return new Serving(store, server, watching);
  }

  public int port() {
    return server.port();
  }

  /** Stops polling (what a poll has analysed is stored), then the server, then closes the store. */
  @Override
  public void close() {
    try {
      if (watching != null) {
        watching.close();
      }
    } finally {
      try {
        server.close();
      } finally {
        store.close();
      }
    }
  }
}
