package org.newsgraph.eval.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.core.Span;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.RunStats;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.extract.places.PlaceResolver;
import org.newsgraph.extract.places.Resolution;
import org.newsgraph.extract.places.Toponym;

/**
 * {@code eval geo}: resolves each gold toponym span of an LGL file with the pipeline's resolver (the spans are given,
 * so this measures resolution alone), scores the points, and writes them as {@code {docid: [{start, end, lat, lon,
 * geonameid}]}}.
 */
public final class GeoEvaluation {
  private final PlaceResolver resolver;
  private final String outletCountry;

  /**
   * @param outletCountry the outlets' country (alpha-3) when the corpus comes from one country's papers, else null
   */
  public GeoEvaluation(PlaceResolver resolver, String outletCountry) {
    this.resolver = resolver;
    this.outletCountry = outletCountry;
  }

  /** The figures, the harness's counts, and the predictions by document. */
  public record Report(GeoScorer.Figures figures, RunStats stats, Map<String, List<Resolution>> predictions) {}

  public Report run(List<LglCorpus.Article> articles, Consumer<String> log) {
    GeoScorer scorer = new GeoScorer();
    Map<String, List<Resolution>> predictions = new LinkedHashMap<>();
    List<GoldEntry<LglCorpus.Article, List<LglCorpus.Toponym>>> entries = new ArrayList<>();
    for (LglCorpus.Article a : articles) {
      entries.add(GoldEntry.of(new GoldItem<>(a.docid(), a, a.toponyms())));
    }
    SystemUnderTest<LglCorpus.Article, LglCorpus.Article, List<Resolution>> system =
        SystemUnderTest.of("newsgraph places", this::resolve);
    RunStats stats = Harness.run(entries, system, (item, predicted) -> {
      predictions.put(item.name(), predicted);
      for (int i = 0; i < item.gold().size(); i++) {
        LglCorpus.Toponym g = item.gold().get(i);
        if (g.scored()) {
          Resolution r = predicted.get(i);
          scorer.add(g.lat(), g.lon(), r.place() == null ? null : new double[] {r.place().lat(), r.place().lon()});
        }
      }
    }, log);
    return new Report(scorer.figures(), stats, predictions);
  }

  /** The resolutions of an article's gold spans, in the gold order. */
  List<Resolution> resolve(LglCorpus.Article a) {
    List<Toponym> ts = a.toponyms().stream().map(t -> Toponym.at(new Span(t.start(), t.end()))).toList();
    List<Resolution> rs = resolver.resolve(a.text(), ts, null, outletCountry, a.domain());
    return inGoldOrder(ts, rs);
  }

  static List<Resolution> inGoldOrder(List<Toponym> ts, List<Resolution> rs) {
    Map<Toponym, Resolution> by = new java.util.IdentityHashMap<>();
    for (Resolution r : rs) {
      by.put(r.toponym(), r);
    }
    List<Resolution> out = new ArrayList<>();
    for (Toponym t : ts) {
      out.add(by.get(t));
    }
    return out;
  }

  /** Writes {@code {docid: [{"start", "end", "lat", "lon", "geonameid"}]}}; a span with no point gets nulls. */
  public static void write(Map<String, List<Resolution>> predictions, Path out) throws IOException {
    StringBuilder b = new StringBuilder("{\n");
    int d = 0;
    for (Map.Entry<String, List<Resolution>> e : predictions.entrySet()) {
      b.append(d++ > 0 ? ",\n" : "").append("  ").append(org.newsgraph.core.MiniJson.quote(e.getKey())).append(": [");
      int i = 0;
      for (Resolution r : e.getValue()) {
        b.append(i++ > 0 ? ", " : "").append("{\"start\": ").append(r.toponym().span().begin()).append(", \"end\": ")
            .append(r.toponym().span().end());
        if (r.place() == null) {
          b.append(", \"lat\": null, \"lon\": null, \"geonameid\": null}");
        } else {
          long id = r.place().geonameId();
          b.append(String.format(java.util.Locale.ROOT, ", \"lat\": %.5f, \"lon\": %.5f, \"geonameid\": %s}",
              r.place().lat(), r.place().lon(), id == 0 ? "null" : Long.toString(id)));
        }
      }
      b.append("]");
    }
    b.append("\n}\n");
    Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
  }
}
