package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.app.json.Json;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.app.service.IngestSummary;
import org.newsgraph.app.service.Ingestion;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.eval.bench.LoadBench;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench load}: the server under 2 MiB analyses and reads at once (the load test of issue 19). Three
 * phases against one server: the readers alone (the baseline), the readers beside clients sending 2 MiB analyses, the
 * readers beside a flood of such clients; per phase the readers' latencies and their ratio to the baseline, what the
 * analyses got, memory, and whether any analysis outlived its request.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Serve a store while clients send 2 MiB texts to POST /api/analyze and others read: first the"
        + " readers alone (the baseline), then beside --analyzers clients, then beside a --flood of them; print the"
        + " readers' latencies (p50/p95/p99) and their ratio to the baseline, the analyses' answers, peak heap and"
        + " resident memory, and how many analyses were still running after their requests.")
public final class BenchLoadCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--analyzers", description = "Clients sending 2 MiB analyses (default: ${DEFAULT-VALUE}).")
  int analyzers = 8;

  @Option(names = "--readers", description = "Clients reading (default: ${DEFAULT-VALUE}).")
  int readers = 8;

  @Option(names = "--seconds", description = "How long the analyses run beside the readers (default:"
      + " ${DEFAULT-VALUE}).")
  double seconds = 60;

  @Option(names = "--baseline-seconds", description = "How long the readers run alone first (default:"
      + " ${DEFAULT-VALUE}).")
  double baselineSeconds = 20;

  @Option(names = "--flood", description = "Clients sending 2 MiB analyses in the last phase; 0 skips it (default:"
      + " ${DEFAULT-VALUE}).")
  int flood = 64;

  @Option(names = "--flood-seconds", description = "How long the flood runs (default: ${DEFAULT-VALUE}).")
  double floodSeconds = 30;

  @Option(names = "--articles", description = "With an empty store: how many BBC articles to ingest first"
      + " (default: ${DEFAULT-VALUE}).")
  int articles = 40;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of plain-text articles for an empty store"
      + " (default: data/corpora/bbc-news in $NEWSGRAPH_SHARED, else in the shared folder beside the checkout).")
  Path corpus;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    NewsgraphConfig cfg = common.config();
    common.logging(null);
    PrintWriter out = spec.commandLine().getOut();
    try (NewsStore store = NewsStore.open(cfg.store().dir())) {
      if (store.articleCount() == 0) {
        List<Path> files = files(corpus != null ? corpus : SharedData.data("corpora", "bbc-news"), articles);
        if (!json) {
          out.printf("bench load: ingesting %d articles into %s first%n", files.size(), cfg.store().dir());
          out.flush();
        }
        IngestSummary s = new Ingestion(AnalysisPipeline.standard(cfg), store, 2, Ingestion.Options.of(cfg))
            .run(files, n -> { }, n -> { });
        if (s.stored() == 0) {
          throw new IllegalArgumentException("no article could be stored from " + files);
        }
      }
      List<LoadBench.Plan> plans = new ArrayList<>();
      plans.add(new LoadBench.Plan("baseline", 0, readers, baselineSeconds));
      if (analyzers > 0) {
        plans.add(new LoadBench.Plan("analyses", analyzers, readers, seconds));
      }
      if (flood > 0) {
        plans.add(new LoadBench.Plan("flood", flood, readers, floodSeconds));
      }
      if (!json) {
        out.printf("bench load: %d readers; 2 MiB texts to POST /api/analyze from %d clients, then %d"
            + " (server.analyzeThreads %d, analyzeQueue %d, analyzeSeconds %.0f)%n", readers, analyzers, flood,
            cfg.server().analyzeThreads(), cfg.server().analyzeQueue(), cfg.server().analyzeSeconds());
        out.flush();
      }
      LoadBench.Figures f = LoadBench.run(store, cfg, plans, p -> {
        if (!json) {
          out.printf("  %s: %d analysing, %d reading, %.0f s%n", p.name(), p.analyzers(), p.readers(), p.seconds());
          out.flush();
        }
      });
      if (json) {
        out.println(Json.pretty(figures(f)));
      } else {
        print(f, out);
      }
    }
    return Main.OK;
  }

  /** The first {@code n} .txt files under {@code dir}, sorted (documentation files aside). */
  private static List<Path> files(Path dir, int n) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": corpus folder not found (give --corpus DIR, or a --store that"
          + " holds articles)");
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
          .sorted().limit(n).toList();
    }
  }

  private static void print(LoadBench.Figures f, PrintWriter out) {
    LoadBench.Latencies base = f.phases().get(0).reads();
    out.printf("store: %d articles; heap limit %d MiB%n", f.articles(), f.maxHeapMb());
    out.printf("%-9s %-8s %8s %7s %7s %7s %7s %6s %6s  %s%n", "phase", "requests", "count", "p50 ms", "p95 ms",
        "p99 ms", "max ms", "p50 x", "p95 x", "statuses");
    for (LoadBench.Phase p : f.phases()) {
      row(out, p.plan().name(), "reads", p.reads(), base, p.readStatuses());
      if (p.plan().analyzers() > 0) {
        row(out, "", "analyses", p.analyses(), null, p.analyzeStatuses());
      }
    }
    out.printf("reads p95 ms by route:%n%-22s", "");
    f.phases().forEach(p -> out.printf("%10s", p.plan().name()));
    out.println();
    for (String route : f.phases().get(0).readsByRoute().keySet()) {
      out.printf("%-22s", route);
      f.phases().forEach(p -> out.printf(Locale.ROOT, "%10.0f",
          p.readsByRoute().getOrDefault(route, LoadBench.Latencies.of(List.of())).p95()));
      out.println();
    }
    for (LoadBench.Phase p : f.phases()) {
      out.printf(Locale.ROOT, "%s: %.0f s, process CPU %.0f s (%.2f cores; the clients %.0f s of it), load average"
          + " %.1f at its end; peak heap %d MiB (%d MiB held after it, once collected), peak resident %d MiB",
          p.plan().name(), p.wallSeconds(), p.cpuSeconds(), p.cpuSeconds() / p.wallSeconds(), p.clientCpuSeconds(),
          p.loadAverage(), p.peakHeapMb(), p.heapHeldAfterMb(), p.peakRssMb());
      if (p.plan().analyzers() > 0) {
        out.printf("; analyses still running after it: %d (waited %.1f s)", p.stillAnalysingAfter(),
            p.waitedSeconds());
      }
      out.println();
    }
    double worst = f.phases().stream().mapToDouble(p -> p.reads().p95()).max().orElse(0);
    out.printf("reads p95 %s 500 ms in every phase (worst %.0f ms)%n", worst < 500 ? "under" : "OVER", worst);
  }

  private static void row(PrintWriter out, String phase, String kind, LoadBench.Latencies l,
      LoadBench.Latencies base, Map<Integer, Integer> statuses) {
    String x50 = base == null || base.p50() <= 0 ? "" : String.format(Locale.ROOT, "%.2f", l.p50() / base.p50());
    String x95 = base == null || base.p95() <= 0 ? "" : String.format(Locale.ROOT, "%.2f", l.p95() / base.p95());
    out.printf(Locale.ROOT, "%-9s %-8s %8d %7.0f %7.0f %7.0f %7.0f %6s %6s  %s%n", phase, kind, l.count(), l.p50(),
        l.p95(), l.p99(), l.max(), x50, x95, statuses);
  }

  private static Map<String, Object> figures(LoadBench.Figures f) {
    LoadBench.Latencies base = f.phases().get(0).reads();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", f.articles());
    m.put("max_heap_mb", f.maxHeapMb());
    m.put("analyze_threads", f.server().analyzeThreads());
    m.put("analyze_queue", f.server().analyzeQueue());
    m.put("analyze_seconds", f.server().analyzeSeconds());
    List<Map<String, Object>> phases = new ArrayList<>();
    for (LoadBench.Phase p : f.phases()) {
      Map<String, Object> ph = new LinkedHashMap<>();
      ph.put("phase", p.plan().name());
      ph.put("analyzers", p.plan().analyzers());
      ph.put("readers", p.plan().readers());
      ph.put("seconds", p.plan().seconds());
      Map<String, Object> reads = latencies(p.reads(), p.readStatuses());
      reads.put("p50_ratio", base.p50() <= 0 ? null : round2(p.reads().p50() / base.p50()));
      reads.put("p95_ratio", base.p95() <= 0 ? null : round2(p.reads().p95() / base.p95()));
      ph.put("reads", reads);
      ph.put("analyses", latencies(p.analyses(), p.analyzeStatuses()));
      Map<String, Object> routes = new LinkedHashMap<>();
      p.readsByRoute().forEach((k, v) -> routes.put(k, Math.round(v.p95())));
      ph.put("reads_p95_ms_by_route", routes);
      ph.put("wall_seconds", round2(p.wallSeconds()));
      ph.put("cpu_seconds", round2(p.cpuSeconds()));
      ph.put("client_cpu_seconds", round2(p.clientCpuSeconds()));
      ph.put("load_average", round2(p.loadAverage()));
      ph.put("peak_heap_mb", p.peakHeapMb());
      ph.put("heap_held_after_mb", p.heapHeldAfterMb());
      ph.put("peak_rss_mb", p.peakRssMb());
      ph.put("still_analysing_after", p.stillAnalysingAfter());
      phases.add(ph);
    }
    m.put("phases", phases);
    return m;
  }

  private static double round2(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static Map<String, Object> latencies(LoadBench.Latencies l, Map<Integer, Integer> statuses) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requests", l.count());
    m.put("p50_ms", Math.round(l.p50()));
    m.put("p95_ms", Math.round(l.p95()));
    m.put("p99_ms", Math.round(l.p99()));
    m.put("max_ms", Math.round(l.max()));
    Map<String, Integer> s = new LinkedHashMap<>();
    statuses.forEach((k, v) -> s.put(String.valueOf(k), v));
    m.put("statuses", s);
    return m;
  }
}
