package org.newsgraph.eval.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.app.cli.Main;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.ingest.Sources;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoreFiles;

/**
 * Measurements behind {@code newsgraph bench export}: a store of N events made of copies of real analysed articles
 * (each copy its own article: a new id, the text with a suffix after the analysed part so every offset holds, and its
 * dates moved by whole days), then each export format timed through the real command line, and the old export path
 * (PLOVER, article by article) on the first part of the same store as the baseline.
 */
public final class ExportBench {
  /** Articles per save. */
  private static final int BATCH = 200;

  private ExportBench() {}

  /** One timed export. */
  public record Timing(String format, long events, double seconds) {
    public double eventsPerSecond() {
      return events / seconds;
    }
  }

  /** Real analysed articles with events: from a store, else the bundled example analysed now. */
  public static List<AnalyzedArticle> seeds(Path sourceStore, Path example, NewsgraphConfig cfg) {
    List<AnalyzedArticle> out = new ArrayList<>();
    if (sourceStore != null) {
      try (NewsStore s = NewsStore.open(sourceStore)) {
        for (int offset = 0; ; offset += BATCH) {
          List<ArticleSummary> page = s.articles(offset, BATCH);
          if (page.isEmpty()) {
            break;
          }
          s.articles(page.stream().map(ArticleSummary::id).toList()).values().stream()
              .filter(a -> !a.events().isEmpty()).forEach(out::add);
        }
      }
    } else {
      Stage p = AnalysisPipeline.standard(cfg);
      for (Article a : Sources.read(example).articles()) {
        AnalyzedArticle r = p.apply(AnalyzedArticle.of(a));
        if (!r.events().isEmpty()) {
          out.add(r);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no analysed article with events to build the benchmark's store from");
    }
    return out;
  }

  /** Adds copies of the seeds to the store until it holds at least {@code events}; answers how many it holds. */
  public static long fill(NewsStore store, List<AnalyzedArticle> seeds, long events) {
    long have = eventCount(store);
    long copy = store.articleCount();
    List<AnalyzedArticle> batch = new ArrayList<>();
    while (have < events) {
      AnalyzedArticle seed = seeds.get((int) (copy % seeds.size()));
      batch.add(copyOf(seed, copy));
      have += seed.events().size();
      copy++;
      if (batch.size() == BATCH || have >= events) {
        store.save(batch, List.of(), "bench-export");
        batch.clear();
      }
    }
    return have;
  }

  /** The store's events, counted with the new export (its row count). */
  public static long eventCount(NewsStore store) {
    try {
      Path tmp = Files.createTempFile("bench-export-count", ".csv");
      try {
        return StoreFiles.export(store, org.newsgraph.store.Export.What.EVENTS, org.newsgraph.store.Export.Format.CSV, null, tmp);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code newsgraph export} as a user runs it, timed (opening the store included). */
  public static Timing time(Path storeDir, String format, long events, Path out) {
    List<String> args = new ArrayList<>(List.of("export", "--store", storeDir.toString(), "--format", format,
        "--out", out.toString()));
    if (!format.equals("plover") && !format.equals("gdelt")) {
      args.addAll(List.of("--what", "events"));
    }
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    double secs = (System.nanoTime() - t0) / 1e9;
    if (code != Main.OK) {
      throw new IllegalStateException("export --format " + format + " failed: " + err);
    }
    return new Timing(format, events, secs);
  }

  private static AnalyzedArticle copyOf(AnalyzedArticle a, long n) {
    Article o = a.article();
    int days = (int) (n % 3650);
    Article c = new Article(o.id() + "-x" + n, o.source() + "#bench" + n, o.outlet(), o.headline(), o.dateline(),
        o.agency(), shift(o.published(), days), shift(o.updated(), days), o.bullets(), o.captions(), o.paragraphs(),
        o.language(), o.text() + "\n[bench copy " + n + "]");
    return new AnalyzedArticle(c, a.sentences(), a.entities(), a.mentions(), a.times(), a.claims(), a.events(),
        a.facets(), a.stageIds(), a.geography(), a.notes());
  }

  private static LocalDate shift(LocalDate d, int days) {
    return d == null ? null : d.plusDays(days);
  }

  /** The figures as one JSON-ready map. */
  public static Map<String, Object> json(long events, double fillSeconds, List<Timing> timings, Timing baseline) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("events", events);
    m.put("fill_seconds", round(fillSeconds));
    Map<String, Object> formats = new LinkedHashMap<>();
    for (Timing t : timings) {
      formats.put(t.format(), round(t.seconds()));
    }
    m.put("seconds", formats);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("path", "export --format plover (article by article)");
    b.put("events", baseline.events());
    b.put("seconds", round(baseline.seconds()));
    b.put("events_per_second", round(baseline.eventsPerSecond()));
    b.put("seconds_for_all_events_extrapolated", round(events / baseline.eventsPerSecond()));
    m.put("baseline", b);
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
