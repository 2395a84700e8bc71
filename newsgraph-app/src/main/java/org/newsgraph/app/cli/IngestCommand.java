package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.newsgraph.app.json.Json;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.app.service.IngestSummary;
import org.newsgraph.app.service.Ingestion;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph ingest PATH...}: read, analyse and store; re-ingesting the same article changes nothing. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read files or folders of articles, analyse them and add them to the store.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every input was read", "1:some inputs failed (listed; the rest were stored)",
        "2:bad usage", "3:the store could not be opened"})
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Option(names = "--threads", description = "Analysis threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NewsgraphConfig cfg = common.config();
    common.logging(cfg.store().dir());
    PrintWriter out = spec.commandLine().getOut();
    try (NewsStore store = NewsStore.open(cfg.store().dir())) {
      IngestSummary s = ingest(cfg, store, paths, threads, !json);
      print(s, json, out, spec.commandLine().getErr());
      return s.failed() ? Main.SOME_INPUT_FAILED : Main.OK;
    }
  }

  /** Ingests with a progress bar on standard error when a person is watching. */
  static IngestSummary ingest(NewsgraphConfig cfg, NewsStore store, List<Path> paths, int threads,
      boolean showProgress) {
    Ingestion ingestion = new Ingestion(AnalysisPipeline.standard(cfg), store, threads);
    boolean bar = showProgress && System.console() != null;
    ProgressBar[] pb = new ProgressBar[1];
    try {
      return ingestion.run(paths, done -> {
        if (pb[0] != null) {
          pb[0].stepTo(done);
        }
      }, total -> {
        if (bar && total > 1) {
          pb[0] = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(total)
              .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" files", 1).build();
        }
      });
    } finally {
      if (pb[0] != null) {
        pb[0].close();
      }
    }
  }

  static void print(IngestSummary s, boolean json, PrintWriter out, PrintWriter err) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("files", s.files());
      m.put("stored", s.stored());
      m.put("duplicates", s.duplicates());
      m.put("failed", s.failures().stream().map(p -> Map.of("source", p.source(), "reason", p.message()))
          .toList());
      m.put("seconds", Math.round(s.seconds() * 100) / 100.0);
      out.println(Json.pretty(m));
      return;
    }
    for (ReadResult.Problem p : s.failures()) {
      err.println("failed: " + p.oneLine());
    }
    out.printf("Ingested %d article%s from %d file%s in %.1f s; %d duplicate%s skipped; %d failed.%n",
        s.stored(), s.stored() == 1 ? "" : "s", s.files(), s.files() == 1 ? "" : "s", s.seconds(),
        s.duplicates(), s.duplicates() == 1 ? "" : "s", s.failures().size());
  }
}
