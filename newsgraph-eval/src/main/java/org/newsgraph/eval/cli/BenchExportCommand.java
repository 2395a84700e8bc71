package org.newsgraph.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.eval.bench.ExportBench;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench export}: seconds to export N events per format, and the old export path as baseline. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Build (or reuse) a store of N events from copies of real analysed articles, then time"
        + " 'newsgraph export' in each format, and the old path (PLOVER, article by article) on the first events.")
public final class BenchExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--events", description = "Events in the store (default: ${DEFAULT-VALUE}).")
  long events = 100_000;

  @Option(names = "--baseline-events", description = "Events the old path exports, from a store of this many"
      + " (default: ${DEFAULT-VALUE}; the old path takes about 12 ms an event).")
  long baselineEvents = 5_000;

  @Option(names = "--source", paramLabel = "STORE", description = "Take the analysed articles to copy from this"
      + " store (default: analyse the bundled example, which loads the models).")
  Path source;

  @Option(names = "--work", paramLabel = "DIR", description = "Where the benchmark's store and files go; a store"
      + " there is reused and grown (default: a temporary folder).")
  Path work;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    common.logging(null);
    PrintWriter out = spec.commandLine().getOut();
    NewsgraphConfig cfg = common.config();
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("bench-export");
    Path store = dir.resolve("store");
    Path small = dir.resolve("baseline-store");
    Path example = Path.of(System.getProperty("newsgraph.home", "."), "examples", "arabnews-2025.txt");
    long t0 = System.nanoTime();
    List<AnalyzedArticle> seeds = null;
    long[] held = new long[2];
    Path[] stores = {small, store};
    long[] wanted = {Math.min(baselineEvents, events), events};
    for (int i = 0; i < 2; i++) {
      try (NewsStore s = NewsStore.open(stores[i])) {
        held[i] = ExportBench.eventCount(s);
        if (held[i] < wanted[i]) {
          seeds = seeds != null ? seeds : ExportBench.seeds(source, example, cfg);
          held[i] = ExportBench.fill(s, seeds, wanted[i]);
        }
      }
    }
    double fill = (System.nanoTime() - t0) / 1e9;
    long total = held[1];
    // the old path, article by article, on the small store: on the large one it would take many minutes
    ExportBench.Timing baseline = ExportBench.time(small, "plover", held[0], dir.resolve("baseline.plover.jsonl"));
    List<ExportBench.Timing> timings = new ArrayList<>();
    for (String f : List.of("csv", "parquet", "jsonl")) {
      timings.add(ExportBench.time(store, f, total, dir.resolve("events." + f)));
    }
    if (json) {
      out.println(Json.pretty(ExportBench.json(total, fill, timings, baseline)));
      return Main.OK;
    }
    out.printf("Export of %d events (store %s, built or grown in %.1f s):%n", total, store, fill);
    for (ExportBench.Timing t : timings) {
      out.printf("  %-8s %8.2f s  %10.0f events/s%n", t.format(), t.seconds(), t.eventsPerSecond());
    }
    out.printf("  baseline (old path, plover, %d events) %.2f s, %.0f events/s: about %.0f s for %d events%n",
        baseline.events(), baseline.seconds(), baseline.eventsPerSecond(), total / baseline.eventsPerSecond(),
        total);
    out.flush();
    return Main.OK;
  }
}
