package org.newsgraph.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.app.service.Watching;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.ingest.watch.Opml;
import org.newsgraph.ingest.watch.Schedule;
import org.newsgraph.ingest.web.UrlReader;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph watch URL... | --opml FILE [--every 15m] [--once]}: polls feeds and pages on a schedule and
 * stores their new articles, one log line per poll, until Ctrl-C.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Poll RSS/Atom feeds and pages on a schedule and store their new articles (conditional requests, "
        + "one request at a time per host, robots.txt honoured, backoff after failures); the schedule and what was "
        + "seen are kept in the store folder, so a restart goes on where it stopped. One line per poll; Ctrl-C stops.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped (or with --once: every poll went through)", "1:with --once: some polls failed",
        "2:bad usage", "3:the store could not be opened"})
final class WatchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "URL", description = "http(s) URLs of feeds or pages to watch.")
  List<String> urls = new ArrayList<>();

  @Option(names = "--opml", paramLabel = "FILE", description = "Watch the feeds of this OPML subscription list too.")
  Path opml;

  @Option(names = "--every", paramLabel = "DURATION",
      description = "Time between two polls of a feed: 15m, 1h, 90s (default: watch.everySeconds in the "
          + "configuration, " + (int) NewsgraphConfig.Watch.DEFAULT_EVERY_SECONDS / 60 + "m).")
  String every;

  @Option(names = "--once", description = "Poll every feed once, now, and exit.")
  boolean once;

  @Option(names = "--threads", description = "Analysis threads (default: 2).")
  int threads = 2;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    List<String> watched = watched(spec, urls, opml);
    Duration interval = every(spec, every);
    NewsgraphConfig cfg = common.configLoggingToStore();
    PrintWriter out = spec.commandLine().getOut();
    Consumer<String> log = line -> {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    };
    try (NewsStore store = NewsStore.open(cfg.store().dir(), cfg.stories());
        Watching watching = new Watching(cfg, () -> AnalysisPipeline.standard(cfg), store, threads, watched,
            interval, log)) {
      if (once) {
        return watching.pollAllOnce() == 0 ? Main.OK : Main.SOME_INPUT_FAILED;
      }
      CountDownLatch stopped = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(1);
      Thread onSignal = new Thread(() -> {
        stopped.countDown();
        try {
          done.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "newsgraph-watch-stop");
      Runtime.getRuntime().addShutdownHook(onSignal);
      log.accept("Watching " + watched.size() + " feed" + (watched.size() == 1 ? "" : "s") + " into "
          + cfg.store().dir() + " (Ctrl-C to stop)");
      watching.start();
      try {
        stopped.await();
      } finally {
        watching.close();
        store.close();
        done.countDown();
      }
      return Main.OK;
    }
  }

  /** The URLs given and those of the OPML file, each once, every one an http(s) URL. */
  static List<String> watched(picocli.CommandLine.Model.CommandSpec spec, List<String> urls, Path opml) {
    List<String> all = new ArrayList<>(urls);
    if (opml != null) {
      try {
        all.addAll(Opml.feeds(opml));
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), opml + ": cannot read the OPML file: " + e.getMessage());
      }
    }
    List<String> out = new ArrayList<>();
    for (String u : all) {
      String s = u.strip();
      try {
        if (!UrlReader.isUrl(s) || new URI(s).getHost() == null) {
          throw new ParameterException(spec.commandLine(), "not an http(s) URL: " + u);
        }
      } catch (java.net.URISyntaxException e) {
        throw new ParameterException(spec.commandLine(), "not a valid URL: " + u);
      }
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "nothing to watch: give feed or page URLs, or --opml FILE");
    }
    return out;
  }

  /** The {@code --every} duration, or null (the configuration's). */
  static Duration every(picocli.CommandLine.Model.CommandSpec spec, String every) {
    try {
      return every == null ? null : Schedule.parse(every);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--every: " + e.getMessage());
    }
  }
}
