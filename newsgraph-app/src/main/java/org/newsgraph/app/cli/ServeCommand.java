package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoreFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: the HTTP API, on loopback unless told otherwise, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API (and the web page) until "
    + "Ctrl-C; with --watch, poll feeds into the store meanwhile.")
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--port", description = "TCP port (default: server.port in the configuration, "
      + NewsgraphConfig.Server.DEFAULT_PORT + "; 0 = any free port).")
  Integer port;

  @Option(names = "--bind", paramLabel = "ADDR", description = "Address to bind (default: server.bind in the "
      + "configuration, " + NewsgraphConfig.Server.DEFAULT_BIND + ").")
  String bind;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "Serve Parquet tables (from 'newsgraph spark') in place, read-only, instead of the store.")
  java.nio.file.Path parquet;

  @Option(names = "--watch", arity = "1..*", paramLabel = "URL",
      description = "Poll these feeds or pages while serving and store their new articles (as 'newsgraph watch').")
  List<String> watch = new ArrayList<>();

  @Option(names = "--every", paramLabel = "DURATION",
      description = "With --watch: time between two polls of a feed, e.g. 15m (default: watch.everySeconds).")
  String every;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    List<String> watched = watch.isEmpty() ? List.of() : WatchCommand.watched(spec, watch, null);
    Duration interval = WatchCommand.every(spec, every);
    if (parquet != null && !watched.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--watch stores articles: it needs the store, not --parquet");
    }
    NewsgraphConfig cfg = common.configLoggingToStore();
    NewsStore store = parquet != null ? StoreFiles.openParquet(parquet)
        : NewsStore.open(cfg.store().dir(), cfg.stories());
    serveUntilStopped(cfg, store, bind, port, spec.commandLine().getOut(), watched, interval);
    return Main.OK;
  }

  /** Serves {@code store} until the JVM is asked to stop; closes server and store on the way out. */
  static void serveUntilStopped(NewsgraphConfig cfg, NewsStore store, String bind, Integer port, PrintWriter out)
      throws InterruptedException {
    serveUntilStopped(cfg, store, bind, port, out, List.of(), null);
  }

  /**
   * Serves {@code store}, polling the {@code watched} feeds (every {@code every}; null: the configuration's) into
   * it with the server's analysis pipeline, until the JVM is asked to stop; closes watch, server and store on the
   * way out.
   */
  static void serveUntilStopped(NewsgraphConfig cfg, NewsStore store, String bind, Integer port, PrintWriter out,
      List<String> watched, Duration every) throws InterruptedException {
    NewsgraphConfig.Server chosen = CommonOptions.flag(CommonOptions.flag(cfg, "--bind", "server.bind", bind),
        "--port", "server.port", port).server();
    Serving serving;
    try {
      serving = Serving.start(cfg.withServer(chosen), store, watched, every, out);
    } catch (RuntimeException e) {
      store.close();
      throw new IllegalArgumentException("cannot serve on " + chosen.bind() + ":" + chosen.port() + ": "
          + rootMessage(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      serving.close();
      stopped.countDown();
    }, "newsgraph-shutdown"));
    stopped.await();
  }

  private static String rootMessage(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null) {
      r = r.getCause();
    }
    return r.getMessage() == null ? r.toString() : r.getMessage();
  }
}
