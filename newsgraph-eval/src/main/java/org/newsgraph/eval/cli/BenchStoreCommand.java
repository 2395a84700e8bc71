package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.newsgraph.app.service.Ingestion;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.eval.bench.StoreBench;
import org.newsgraph.eval.bench.StoreReads;
import org.newsgraph.eval.bench.SyntheticArticles;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench store}: the embedded store at N articles (issue 21). Builds (or tops up) a store of N
 * synthetic articles re-combined from real analysed ones, times the API's reads over it, the save of 1,000 more
 * articles into it (opened anew, and again in the same session) against into an empty store, and its bytes on disk
 * per article.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "Build a store of N synthetic articles re-combined from real analysed ones (entities with a long"
        + " tail, ten years of dates, a few hundred outlets), then print p50/p95/p99 of the API's reads over it"
        + " (" + StoreReads.CALLS + " varied calls each, through HTTP on 127.0.0.1), the time to save 1,000 more"
        + " articles into it (opened anew, as an ingest run opens it, then 1,000 more in the same session) and into"
        + " an empty store, and the bytes on disk per article.")
public final class BenchStoreCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--articles", description = "Articles in the store (default: ${DEFAULT-VALUE}).")
  long articles = 10_000;

  @Option(names = "--from", paramLabel = "STORE", description = "The real analysed articles to re-combine: every"
      + " article of this store (default: analyse --real BBC articles once, kept beside --store as DIR-real).")
  Path from;

  @Option(names = "--real", description = "Without --from: how many BBC articles to analyse (default:"
      + " ${DEFAULT-VALUE}).")
  int real = 300;

  @Option(names = "--seed", description = "Seed of the synthetic articles and of the reads (default:"
      + " ${DEFAULT-VALUE}).")
  long seed = 21;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--reads", split = ",", paramLabel = "NAME", description = "Time only these reads, by name"
      + " (comma-separated; default: all). Each keeps the calls it has in the full run.")
  List<String> reads;

  @Option(names = "--calls", description = "Time the first N of each read's " + StoreReads.CALLS + " calls"
      + " (default: all).")
  int calls = StoreReads.CALLS;

  @Option(names = "--no-ingest-more", description = "Skip the saves of 1,000 more articles, twice (which grow the"
      + " kept store by 2,000).")
  boolean noIngestMore;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    NewsgraphConfig cfg = common.config();
    common.logging(null);
    PrintWriter out = spec.commandLine().getOut();
    if (articles < 1) {
      throw new IllegalArgumentException("--articles must be at least 1");
    }
    if (calls < 1 || calls > StoreReads.CALLS) {
      throw new IllegalArgumentException("--calls must be 1 to " + StoreReads.CALLS);
    }
    // --store DIR (the common option): build the store there and keep it; a store kept from an earlier run (same
    // --seed) is reused and topped up. Without it: a temporary folder, deleted after.
    Path storeDir = common.storeOption();
    boolean keep = storeDir != null;
    Path dir = keep ? storeDir : Files.createTempDirectory("newsgraph-bench-store-");
    try {
      Path source = from != null ? from : analysed(cfg, keep ? dir.resolveSibling(dir.getFileName() + "-real")
          : dir.resolve("real"), out);
      List<AnalyzedArticle> realArticles = StoreBench.real(source, cfg.stories());
      SyntheticArticles gen = new SyntheticArticles(realArticles, seed, articles);
      say(out, "bench store: %d synthetic articles from %d real ones (%s) into %s%n", articles, realArticles.size(),
          source, dir);
      Path storePath = keep ? dir : dir.resolve("store");
      Map<String, Object> m = new LinkedHashMap<>();
      try (NewsStore store = NewsStore.open(storePath, cfg.stories())) {
        long had = store.articleCount();
        double build = StoreBench.build(store, gen, articles, done -> {
          if (!json && done % 10_000 == 0) {
            out.printf("  %d saved%n", done);
            out.flush();
          }
        });
        long count = store.articleCount();
        long bytes = StoreBench.bytes(storePath);
        m.put("articles", count);
        m.put("real_articles", realArticles.size());
        m.put("built_articles", count - had);
        m.put("build_seconds", round(build));
        m.put("build_articles_per_s", build > 0 ? round((count - had) / build) : null);
        m.put("bytes_on_disk", bytes);
        m.put("bytes_per_article", count == 0 ? 0 : bytes / count);
        List<AnalyzedArticle> sample = StoreBench.sample(store, gen, articles, 300, seed);
        Map<String, List<String>> plan = only(StoreReads.plan(sample, StoreBench.stories(store, sample),
            StoreReads.CALLS, seed));
        say(out, "reads through the HTTP API on 127.0.0.1, %d calls each:%n", calls);
        List<StoreReads.Read> reads = StoreReads.run(store, cfg, plan, name -> { });
        Map<String, Object> rm = new LinkedHashMap<>();
        for (StoreReads.Read r : reads) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("calls", r.ms().count());
          x.put("p50_ms", round(r.ms().p50()));
          x.put("p95_ms", round(r.ms().p95()));
          x.put("p99_ms", round(r.ms().p99()));
          x.put("max_ms", round(r.ms().max()));
          x.put("failed", r.failed());
          x.put("example", r.example());
          rm.put(r.name(), x);
        }
        m.put("reads_via", "HTTP API on 127.0.0.1, one client");
        m.put("reads", rm);
      }
      if (noIngestMore) {
        m.put("ingest_more", null);
      } else {
        ingestMore(storePath, cfg, realArticles, m);
      }
      if (json) {
        out.println(Json.pretty(m));
      } else {
        print(m, out);
      }
      return Main.OK;
    } finally {
      if (!keep) {
        StoreBench.delete(dir);
      }
    }
  }

  /** The plan's reads named by {@code --reads}, in the plan's order (all without it), each its first --calls. */
  private Map<String, List<String>> only(Map<String, List<String>> full) {
    Map<String, List<String>> plan = new LinkedHashMap<>();
    full.forEach((name, paths) -> plan.put(name, paths.subList(0, Math.min(calls, paths.size()))));
    if (reads == null || reads.isEmpty()) {
      return plan;
    }
    for (String r : reads) {
      if (!plan.containsKey(r.strip())) {
        throw new IllegalArgumentException("--reads: no read named '" + r.strip() + "' (reads: "
            + String.join(", ", plan.keySet()) + ")");
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>(plan);
    out.keySet().retainAll(reads.stream().map(String::strip).toList());
    return out;
  }

  /**
   * Times the save of 1,000 articles the store does not hold: into an empty store; into the store opened anew, as an
   * {@code ingest} run opens it (its first batch loads the stories' linking state); and 1,000 more in the same
   * session, as the next batch of a long run.
   */
  private void ingestMore(Path storePath, NewsgraphConfig cfg, List<AnalyzedArticle> realArticles,
      Map<String, Object> m) throws Exception {
    long t0 = System.nanoTime();
    try (NewsStore store = NewsStore.open(storePath, cfg.stories())) {
      double open = (System.nanoTime() - t0) / 1e9;
      long count = store.articleCount();
      // another seed: articles the store does not hold, whatever an earlier run added to it
      SyntheticArticles gen = new SyntheticArticles(realArticles, seed + 1_000_003, articles);
      List<AnalyzedArticle> more = gen.articles(count, count + StoreBench.MORE);
      List<AnalyzedArticle> next = gen.articles(count + StoreBench.MORE, count + 2 * StoreBench.MORE);
      double empty = StoreBench.ingestIntoEmpty(more, cfg.stories());
      double first = StoreBench.ingest(store, more);
      double again = StoreBench.ingest(store, next);
      Map<String, Object> im = new LinkedHashMap<>();
      im.put("articles", StoreBench.MORE);
      im.put("open_s", round(open));
      im.put("into_store_s", round(first));
      im.put("into_store_again_s", round(again));
      im.put("into_empty_s", round(empty));
      im.put("ratio", round(first / empty));
      im.put("ratio_again", round(again / empty));
      m.put("ingest_more", im);
    }
  }

  /** A store of {@link #real} analysed BBC articles in {@code dir}, analysed now unless it holds some already. */
  private Path analysed(NewsgraphConfig cfg, Path dir, PrintWriter out) throws IOException {
    try (NewsStore s = NewsStore.open(dir, cfg.stories())) {
      if (s.articleCount() > 0) {
        return dir;
      }
      Path corpus = SharedData.data("corpora", "bbc-news");
      List<Path> files;
      try (Stream<Path> w = Files.walk(corpus)) {
        files = w.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
            .sorted().limit(real).toList();
      }
      say(out, "bench store: analysing %d BBC articles once into %s%n", files.size(), dir);
      new Ingestion(AnalysisPipeline.standard(cfg), s, 1, Ingestion.Options.of(cfg)).run(files, n -> { }, n -> { });
    }
    return dir;
  }

  private void say(PrintWriter out, String format, Object... args) {
    if (!json) {
      out.printf(Locale.ROOT, format, args);
      out.flush();
    }
  }

  @SuppressWarnings("unchecked")
  private static void print(Map<String, Object> m, PrintWriter out) {
    out.printf(Locale.ROOT, "store: %d articles (%d built in %.0f s, %s articles/s); %d bytes on disk, %d per"
        + " article%n", m.get("articles"), m.get("built_articles"), (Double) m.get("build_seconds"),
        m.get("build_articles_per_s"), m.get("bytes_on_disk"), m.get("bytes_per_article"));
    out.printf("%-18s %6s %8s %8s %8s %8s %6s%n", "read", "calls", "p50 ms", "p95 ms", "p99 ms", "max ms", "failed");
    ((Map<String, Map<String, Object>>) m.get("reads")).forEach((name, r) -> out.printf(Locale.ROOT,
        "%-18s %6d %8.1f %8.1f %8.1f %8.1f %6d%n", name, r.get("calls"), r.get("p50_ms"), r.get("p95_ms"),
        r.get("p99_ms"), r.get("max_ms"), r.get("failed")));
    Map<String, Object> i = (Map<String, Object>) m.get("ingest_more");
    if (i == null) {
      out.println("saving 1,000 more articles: skipped (--no-ingest-more)");
      return;
    }
    out.printf(Locale.ROOT, "saving %d more articles: %.2f s into this store opened anew (after an open of %.2f s;"
        + " its first batch loads the stories' linking state), %.2f s for %d more in the same session, %.2f s into"
        + " an empty one (ratios %.2f and %.2f)%n", i.get("articles"), i.get("into_store_s"), i.get("open_s"),
        i.get("into_store_again_s"), i.get("articles"), i.get("into_empty_s"), i.get("ratio"), i.get("ratio_again"));
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
