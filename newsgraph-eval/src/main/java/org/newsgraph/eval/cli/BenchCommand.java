package org.newsgraph.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.Article;
import org.newsgraph.eval.bench.AnalysisBenchmark;
import org.newsgraph.eval.harness.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench}: throughput, heap and load time against a baseline CoreNLP pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run N BBC articles through newsgraph and through a default CoreNLP pipeline; print both.",
    subcommands = {BenchIngestCommand.class, BenchStoriesCommand.class, BenchLoadCommand.class,
        BenchExportCommand.class, BenchProfileCommand.class, BenchStoreCommand.class, BenchParserCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--articles", description = "How many articles (default: ${DEFAULT-VALUE}).")
  int articles = 300;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Folder of plain-text articles (default: data/corpora/bbc-news in $NEWSGRAPH_SHARED, else in "
          + "the shared folder beside the checkout).")
  Path corpus;

  @Option(names = "--no-baseline", description = "Measure newsgraph only.")
  boolean noBaseline;

  @Option(names = "--threads", paramLabel = "N", description = "Also run newsgraph on N threads sharing the models "
      + "(as ingest --threads N analyses) and print its speed-up over one thread (default: 1, not run).")
  int threads = 1;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    common.logging(null);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = corpus != null ? corpus
        : SharedData.data("corpora", "bbc-news");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": corpus folder not found (give --corpus DIR)");
    }
    List<Article> sample = AnalysisBenchmark.sample(dir, articles);
    if (!json) {
      out.printf("AnalysisBenchmark: %d articles from %s, one analysis thread each side%n", sample.size(), dir);
      out.flush();
    }
    AnalysisBenchmark.Result r = AnalysisBenchmark.run(sample, common.config(), !noBaseline, threads);
    List<String> quality = qualityCommands();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", r.articles());
      m.put("newsgraph", figures(r.newsgraph()));
      m.put("baseline", r.baseline() == null ? null : figures(r.baseline()));
      m.put("ratio", r.baseline() == null ? null : round(r.ratio()));
      m.put("threads", r.threads());
      m.put("newsgraph_threads", r.threaded() == null ? null : figures(r.threaded()));
      m.put("thread_speedup", r.threaded() == null ? null : round(r.threadSpeedup()));
      m.put("quality_commands", quality);
      out.println(Json.pretty(m));
      return Main.OK;
    }
    out.printf("%-10s %12s %22s %14s %8s%n", "", "articles/s", "tokens/s per core", "peak heap MB", "load s");
    row(out, "newsgraph", r.newsgraph());
    if (r.threaded() != null) {
      row(out, r.threads() + " threads", r.threaded());
    }
    if (r.baseline() != null) {
      row(out, "baseline", r.baseline());
      out.printf("ratio (newsgraph ÷ baseline articles/s): %.2f%n", r.ratio());
    }
    if (r.threaded() != null) {
      out.printf("speed-up on %d threads (articles/s ÷ one thread's): %.2f%n", r.threads(), r.threadSpeedup());
    }
    out.println("Quality of the configuration timed (PolNeAR dev, TempEval-3 train, PLOVER dev, labelled news dev):");
    quality.forEach(c -> out.println("  " + c));
    return Main.OK;
  }

  /** The commands that print the dev figures of the configuration this run timed. */
  private List<String> qualityCommands() {
    String cfg = common.configFile() == null ? "" : " --config " + common.configFile();
    return List.of(
        "./newsgraph eval attribution --gold ../shared/data/polnear/dev --no-baseline" + cfg,
        "./newsgraph eval temporal --gold ../shared/data/tempeval3/train --no-baseline" + cfg,
        "./newsgraph eval events --gold ../shared/data/events/plover-gsr/plover_gsr_dev.jsonl" + cfg,
        "./newsgraph eval precision --gold data/labelled/precision-news.jsonl --split dev" + cfg);
  }

  private static void row(PrintWriter out, String name, AnalysisBenchmark.Figures f) {
    out.printf("%-10s %12.2f %22.0f %14.0f %8.1f%n", name, f.articlesPerSecond(), f.tokensPerSecondPerCore(),
        f.peakHeapMb(), f.loadSeconds());
  }

  private static Map<String, Object> figures(AnalysisBenchmark.Figures f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles_per_s", round(f.articlesPerSecond()));
    m.put("tokens_per_s_per_core", Math.round(f.tokensPerSecondPerCore()));
    m.put("peak_heap_mb", Math.round(f.peakHeapMb()));
    m.put("load_s", round(f.loadSeconds()));
    m.put("tokens", f.tokens());
    m.put("seconds", round(f.seconds()));
    return m;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
