package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.newsgraph.app.json.Json;
import org.newsgraph.app.json.Reports.Failure;
import org.newsgraph.app.json.Reports.IngestReport;
import org.newsgraph.app.json.Reports.Note;
import org.newsgraph.app.json.Reports.Stopped;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.app.service.IngestSummary;
import org.newsgraph.app.service.Ingestion;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.ingest.ArticleDefaults;
import org.newsgraph.ingest.Format;
import org.newsgraph.ingest.JsonlFields;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.web.UrlReader;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph ingest PATH|URL...}: read, analyse and store; re-ingesting the same article changes nothing.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read files or folders (text, HTML pages, RSS/Atom feeds, WARC archives, JSON Lines, "
        + "Reuters-21578 SGML) or feed and page URLs, analyse new articles and add them to the store; "
        + "near-duplicates are stored as other publications of the first.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every input was read", "1:some inputs failed (listed; the rest were stored)",
        "2:bad usage", "3:the store could not be opened"})
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL",
      description = "Files or folders to ingest, or http(s) URLs of RSS/Atom feeds or pages.")
  List<String> inputs;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Option(names = "--threads", description = "Analysis threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Read every file as this format: text, html, feed, warc, jsonl or reuters "
          + "(default: decided by each file's content).")
  String format;

  @Option(names = "--field-map", paramLabel = "OURS=THEIRS,...",
      description = "JSON Lines field names, e.g. text=story,title=hed (ours: url, title, text, html, published, "
          + "outlet).")
  String fieldMap;

  @Option(names = "--near-duplicate-threshold", paramLabel = "S",
      description = "Estimated shingle similarity from which a text is another publication of a stored article "
          + "(default: dedup.threshold in the configuration, " + NewsgraphConfig.Dedup.DEFAULT_THRESHOLD + ").")
  Double nearDuplicateThreshold;

  @Option(names = "--fetch-pages",
      description = "For feed URLs: read an item that carries only a summary from its page "
          + "(default: ingest.fetchPages in the configuration, false).")
  boolean fetchPages;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "For URLs: seconds to wait for each response (default: ingest.requestTimeoutSeconds in the "
          + "configuration, " + NewsgraphConfig.Ingest.DEFAULT_REQUEST_TIMEOUT_SECONDS + ").")
  Double timeout;

  @Option(names = "--max-page-mib", paramLabel = "MIB",
      description = "Refuse HTML pages larger than this (default: ingest.maxPageMib in the configuration, "
          + NewsgraphConfig.Ingest.DEFAULT_MAX_PAGE_MIB + ").")
  Long maxPageMib;

  @Option(names = "--outlet", paramLabel = "NAME",
      description = "The outlet of articles that name none (pages without a publisher, text files).")
  String outlet;

  @Option(names = "--published", paramLabel = "DATE",
      description = "The publication date (YYYY-MM-DD) of articles that state none.")
  java.time.LocalDate published;

  @Option(names = "--published-from-mtime",
      description = "The publication date of a file's articles that state none is the file's modification date.")
  boolean publishedFromMtime;

  @Option(names = "--progress-every", paramLabel = "SECONDS",
      description = "Without a console, print a progress line (files, articles/s, ETA) to standard error this often "
          + "(default: never).")
  double progressEvery = 0;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NewsgraphConfig cfg = common.configLoggingToStore();
    cfg = CommonOptions.flag(cfg, "--near-duplicate-threshold", "dedup.threshold", nearDuplicateThreshold);
    cfg = CommonOptions.flag(cfg, "--timeout", "ingest.requestTimeoutSeconds", timeout);
    cfg = CommonOptions.flag(cfg, "--max-page-mib", "ingest.maxPageMib", maxPageMib);
    cfg = CommonOptions.flag(cfg, "--fetch-pages", "ingest.fetchPages", fetchPages ? true : null);
    PrintWriter out = spec.commandLine().getOut();
    Ingestion.Options options = Ingestion.Options.of(cfg, format == null ? null : Format.of(format),
        JsonlFields.parse(fieldMap));
    if (published != null && publishedFromMtime) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--published and --published-from-mtime exclude each other");
    }
    options = options.with(new ArticleDefaults(outlet, published, publishedFromMtime));
    List<Path> paths = new ArrayList<>();
    List<URI> urls = new ArrayList<>();
    for (String in : inputs) {
      if (UrlReader.isUrl(in)) {
        try {
          urls.add(new URI(in.strip()));
        } catch (URISyntaxException e) {
          throw new picocli.CommandLine.ParameterException(spec.commandLine(), "not a valid URL: " + in);
        }
      } else {
        paths.add(Path.of(in));
      }
    }
    Ingestion ingestion;
    CountDownLatch told = new CountDownLatch(1);
    Thread onSignal;
    try (NewsStore store = NewsStore.open(cfg.store().dir(), cfg.stories())) {
      ingestion = new Ingestion(AnalysisPipeline.standard(cfg), store, threads, options);
      // SIGTERM or Ctrl-C: stop the analyses, store what is done, and say what was stored and what was not
      onSignal = new Thread(() -> {
        ingestion.stop();
        try {
          told.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "newsgraph-ingest-stop");
      Runtime.getRuntime().addShutdownHook(onSignal);
      try {
        Ingestion.Outcome o = ingest(ingestion, paths, urls, !json, progressEvery, spec.commandLine().getErr());
        store.close();
        print(o, json, out, spec.commandLine().getErr());
        return o.summary().failed() ? Main.SOME_INPUT_FAILED : Main.OK;
      } finally {
        out.flush();
        spec.commandLine().getErr().flush();
        told.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException stopping) {
          // the JVM is shutting down: the hook is running and ends now that the summary is out
        }
      }
    }
  }

  /** How long a signal waits for the run to store what is done and print its summary. */
  private static final long STOP_WAIT_SECONDS = 60;

  /** Ingests with a progress bar on standard error when a person is watching. */
  static IngestSummary ingest(NewsgraphConfig cfg, NewsStore store, List<Path> paths, int threads,
      boolean showProgress) {
    return ingest(cfg, store, paths, List.of(), threads, showProgress, Ingestion.Options.of(cfg), 0,
        new PrintWriter(System.err, true)).summary();
  }

  /**
   * Ingests; with a console, a progress bar (files, articles/s, ETA) on standard error; without one, a progress
   * line every {@code every} seconds (0: never) so logs of long batch runs show how far they got.
   */
  static Ingestion.Outcome ingest(NewsgraphConfig cfg, NewsStore store, List<Path> paths, List<URI> urls,
      int threads, boolean showProgress, Ingestion.Options options, double every, PrintWriter err) {
    return ingest(new Ingestion(AnalysisPipeline.standard(cfg), store, threads, options), paths, urls, showProgress,
        every, err);
  }

  private static Ingestion.Outcome ingest(Ingestion ingestion, List<Path> paths, List<URI> urls,
      boolean showProgress, double every, PrintWriter err) {
    boolean bar = showProgress && System.console() != null;
    ProgressBar[] pb = new ProgressBar[1];
    long[] lastLine = {System.nanoTime()};
    try {
      return ingestion.ingest(paths, urls, (done, total, articles, rate, eta) -> {
        if (bar && pb[0] == null && total > 1) {
          pb[0] = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(total)
              .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" inputs", 1).build();
        }
        if (pb[0] != null) {
          pb[0].stepTo(done);
          pb[0].setExtraMessage(String.format(" %d articles, %.1f/s", articles, rate));
        } else if (showProgress && every > 0 && done > 0
            && (System.nanoTime() - lastLine[0]) / 1e9 >= every) {
          lastLine[0] = System.nanoTime();
          err.printf("progress: %d/%d files, %d articles, %.1f articles/s, ETA %s%n", done, total, articles, rate,
              duration(eta));
          err.flush();
        }
      });
    } finally {
      if (pb[0] != null) {
        pb[0].close();
      }
    }
  }

  static String duration(double seconds) {
    if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
      return "unknown";
    }
    long s = Math.round(seconds);
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }

  static void print(Ingestion.Outcome o, boolean json, PrintWriter out, PrintWriter err) {
    print(o.summary(), o.articlesRead(), json, out, err);
  }

  static void print(IngestSummary s, boolean json, PrintWriter out, PrintWriter err) {
    print(s, -1, json, out, err);
  }

  /**
   * The summary: ingested, duplicates, near-duplicates, failed and (when there are any) records with nothing to
   * analyse, each counted apart; read is -1 when unknown.
   */
  private static void print(IngestSummary s, long read, boolean json, PrintWriter out, PrintWriter err) {
    if (json) {
      out.println(Json.pretty(new IngestReport(s.files(), read >= 0 ? read : null, s.stored(), s.duplicates(),
          s.nearDuplicates(), s.skipped(),
          s.failures().stream().map(p -> new Failure(p.source(), p.message())).toList(),
          Math.round(s.seconds() * 100) / 100.0, s.notes().stream().map(p -> new Note(p.source(), p.message()))
          .toList(), s.stop() == null ? null : new Stopped(s.stop().unstored(), s.stop().filesUnread()))));
      return;
    }
    for (ReadResult.Problem p : s.failures()) {
      err.println("failed: " + p.oneLine());
    }
    for (ReadResult.Problem p : s.notes()) {
      err.println("note: " + p.oneLine());
    }
    if (s.stop() != null) {
      err.printf("Stopped before the end: %d article%s stored in this run; %d read but not stored, %d input%s not"
              + " read. Run the same command again to ingest them (what is stored is skipped).%n", s.stored(),
          plural(s.stored()), s.stop().unstored(), s.stop().filesUnread(), plural(s.stop().filesUnread()));
    }
    out.printf("Ingested %d article%s from %d file%s in %.1f s; %d duplicate%s skipped; %d near-duplicate%s "
            + "stored as other publications; %d failed%s.%n",
        s.stored(), plural(s.stored()), s.files(), plural(s.files()), s.seconds(), s.duplicates(),
        plural(s.duplicates()), s.nearDuplicates(), plural(s.nearDuplicates()), s.failures().size(),
        s.skipped() == 0 ? "" : "; " + s.skipped() + " record" + plural(s.skipped()) + " with nothing to analyse "
            + "(title only) skipped");
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }
}
