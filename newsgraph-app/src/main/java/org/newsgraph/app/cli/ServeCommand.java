package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: the HTTP API, on loopback unless told otherwise, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API until Ctrl-C.")
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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    NewsgraphConfig cfg = common.configLoggingToStore();
    NewsStore store = parquet != null ? NewsStore.openParquet(parquet)
        : NewsStore.open(cfg.store().dir(), cfg.stories());
    serveUntilStopped(cfg, store, bind, port, spec.commandLine().getOut());
    return Main.OK;
  }

  /** Serves {@code store} until the JVM is asked to stop; closes server and store on the way out. */
  static void serveUntilStopped(NewsgraphConfig cfg, NewsStore store, String bind, Integer port, PrintWriter out)
      throws InterruptedException {
    NewsgraphConfig.Server chosen = CommonOptions.flag(CommonOptions.flag(cfg, "--bind", "server.bind", bind),
        "--port", "server.port", port).server();
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
    ApiServer server;
    try {
      server = ApiServer.start(store, chosen, pipeline);
    } catch (RuntimeException e) {
      store.close();
      throw new IllegalArgumentException("cannot serve on " + chosen.bind() + ":" + chosen.port() + ": "
          + rootMessage(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "newsgraph-shutdown"));
    out.printf("Serving the API at http://%s:%d/api/health (Ctrl-C to stop)%n", chosen.bind(), server.port());
    out.flush();
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
