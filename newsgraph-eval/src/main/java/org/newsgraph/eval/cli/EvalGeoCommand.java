package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.eval.geo.GeoEvaluation;
import org.newsgraph.eval.geo.GeoMiss;
import org.newsgraph.eval.geo.GeoScorer;
import org.newsgraph.eval.geo.GeoTuning;
import org.newsgraph.eval.geo.LglCorpus;
import org.newsgraph.extract.places.PlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval geo --gold FILE [--out FILE] [--tune K]}: toponym resolution on an LGL file: acc@161 km, AUC
 * of the error curve, mean and median error; with {@code --tune K}, also the weights chosen by K-fold
 * cross-validation across documents and their held-out figures.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = "Toponym resolution on an LGL file (gold spans given): acc@161 km, AUC, mean and median error.")
public final class EvalGeoCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "An LGL XML file, e.g. "
      + "../shared/data/geo/lgl/lgl-dev.xml.")
  Path gold;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the points: {docid: [{start, end, lat, lon, geonameid}]}.")
  Path out;

  @Option(names = "--outlet-country", paramLabel = "ISO3", defaultValue = "USA",
      description = "The country of the corpus's outlets (LGL: US local papers); 'none' for unknown. Default: USA.")
  String outletCountry;

  @Option(names = "--tune", paramLabel = "K", description = "Also choose the weights by K-fold cross-validation "
      + "across documents and print the held-out figures and the weights chosen on the whole file.")
  Integer folds;

  @Option(names = "--errors", paramLabel = "FILE", description = "With --tune: write every held-out toponym missed "
      + "by 161 km or more (tab-separated: kind, docid, name, gold, chosen place, km, candidates) and print the "
      + "count of each kind.")
  Path errors;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFile(gold);
    List<LglCorpus.Article> articles;
    try {
      articles = LglCorpus.read(gold);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    String outlet = outletCountry.equalsIgnoreCase("none") ? null : outletCountry.toUpperCase(Locale.ROOT);
    long t0 = System.nanoTime();
    PlaceResolver resolver = PlaceResolver.bundled();
    resolver.table();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    GeoEvaluation.Report r = new GeoEvaluation(resolver, outlet).run(articles, output.err()::println);
    if (out != null) {
      GeoEvaluation.write(r.predictions(), out);
    }
    if (errors != null && folds == null) {
      throw new IllegalArgumentException("--errors needs --tune K (the misses are those of the held-out folds)");
    }
    GeoTuning.Result tuned = folds == null ? null
        : new GeoTuning(resolver, articles, outlet).run(folds, PlaceResolver.Weights.START);
    if (errors != null) {
      GeoMiss.write(tuned.misses(), errors);
    }
    GeoScorer.Figures f = r.figures();
    double perSecond = r.stats().predictSeconds() == 0 ? 0 : f.toponyms() / r.stats().predictSeconds();
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", r.stats().items());
      m.put("skipped", r.stats().skipped());
      put(m, "", f);
      m.put("toponyms_per_s", perSecond);
      m.put("table_load_s", loadSeconds);
      if (tuned != null) {
        put(m, "cv_", tuned.crossValidated());
        m.put("selected_weights", tuned.selected().toString());
        Map<String, Object> kinds = new LinkedHashMap<>();
        GeoMiss.count(tuned.misses()).forEach((k, n) -> kinds.put(k.name().toLowerCase(Locale.ROOT), n));
        m.put("cv_misses", kinds);
      }
      output.printJson(m);
    } else {
      PrintWriter pw = output.out();
      pw.printf(Locale.ROOT, "LGL %s: %d articles, %s%n", gold.getFileName(), r.stats().items(), f);
      pw.printf(Locale.ROOT, "speed: %.0f toponyms/s (resolution alone; table loaded in %.1f s)%n", perSecond,
          loadSeconds);
      if (tuned != null) {
        pw.printf(Locale.ROOT, "%d-fold cross-validation across documents (weights chosen on the other folds): %s%n",
            folds, tuned.crossValidated());
        pw.printf(Locale.ROOT, "weights chosen on the whole file: %s%n  which give there: %s%n", tuned.selected(),
            tuned.selectedOnAll());
        pw.printf(Locale.ROOT, "held-out misses (>= 161 km) by kind: %s%n", GeoMiss.count(tuned.misses()));
      }
      pw.flush();
    }
    return Evaluations.exitCode(r.stats().skipped());
  }

  private static void put(Map<String, Object> m, String prefix, GeoScorer.Figures f) {
    m.put(prefix + "toponyms", f.toponyms());
    m.put(prefix + "resolved", f.resolved());
    m.put(prefix + "acc161", f.acc161());
    m.put(prefix + "auc", f.auc());
    m.put(prefix + "mean_km", f.meanKm());
    m.put(prefix + "median_km", f.medianKm());
  }
}
