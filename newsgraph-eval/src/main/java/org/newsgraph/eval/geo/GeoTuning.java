package org.newsgraph.eval.geo;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Span;
import org.newsgraph.extract.places.PlaceResolver;
import org.newsgraph.extract.places.PlaceResolver.Weights;
import org.newsgraph.extract.places.Resolution;
import org.newsgraph.extract.places.Toponym;

/**
 * Chooses the resolver's weights on LGL-style articles by coordinate ascent over a small grid (acc@161 first, AUC to
 * break ties), and estimates how well that choice does on articles it did not see: K-fold cross-validation across
 * documents, the errors of each held-out fold pooled. Evidence is computed once per article; weighing is cheap.
 */
public final class GeoTuning {
  private static final double[] GRID = {-2, -1, -0.5, 0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8};
  private static final int ROUNDS = 8;

  private record Doc(LglCorpus.Article article, List<Toponym> toponyms, PlaceResolver.Prepared prepared) {}

  private final List<Doc> docs = new ArrayList<>();

  public GeoTuning(PlaceResolver resolver, List<LglCorpus.Article> articles, String outletCountry) {
    for (LglCorpus.Article a : articles) {
      List<Toponym> ts = a.toponyms().stream().map(t -> Toponym.at(new Span(t.start(), t.end()))).toList();
      docs.add(new Doc(a, ts, resolver.prepare(a.text(), ts, null, outletCountry, a.domain())));
    }
  }

  /**
   * The cross-validated figures, the weights chosen on all the articles, and every held-out toponym missed by 161 km
   * or more (under the weights of the folds it was not in).
   */
  public record Result(GeoScorer.Figures crossValidated, Weights selected, GeoScorer.Figures selectedOnAll,
      List<GeoMiss> misses) {}

  public Result run(int folds, Weights start) {
    GeoScorer pooled = new GeoScorer();
    List<GeoMiss> misses = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      List<Doc> train = new ArrayList<>();
      List<Doc> test = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        (i % folds == k ? test : train).add(docs.get(i));
      }
      Weights w = select(train, start);
      score(test, w, pooled);
      misses.addAll(misses(test, w));
    }
    Weights all = select(docs, start);
    GeoScorer onAll = new GeoScorer();
    score(docs, all, onAll);
    return new Result(pooled.figures(), all, onAll.figures(), misses);
  }

  private static List<GeoMiss> misses(List<Doc> docs, Weights w) {
    List<GeoMiss> out = new ArrayList<>();
    for (Doc d : docs) {
      List<Resolution> rs = GeoEvaluation.inGoldOrder(d.toponyms(), d.prepared().resolve(w));
      for (int i = 0; i < rs.size(); i++) {
        LglCorpus.Toponym g = d.article().toponyms().get(i);
        GeoMiss m = g.scored() ? GeoMiss.of(d.article(), g, rs.get(i), d.prepared().candidates(d.toponyms().get(i)))
            : null;
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static Weights select(List<Doc> train, Weights start) {
    double[] w = start.asArray();
    double best = objective(train, w);
    for (int round = 0; round < ROUNDS; round++) {
      boolean moved = false;
      for (int f = 0; f < w.length; f++) {
        double keep = w[f];
        for (double v : GRID) {
          w[f] = v;
          double o = objective(train, w);
          if (o > best + 1e-9) {
            best = o;
            keep = v;
            moved = true;
          }
        }
        w[f] = keep;
      }
      if (!moved) {
        break;
      }
    }
    return Weights.of(w);
  }

  private static double objective(List<Doc> docs, double[] w) {
    GeoScorer s = new GeoScorer();
    score(docs, Weights.of(w), s);
    GeoScorer.Figures f = s.figures();
    return f.acc161() - 0.1 * f.auc();
  }

  private static void score(List<Doc> docs, Weights w, GeoScorer scorer) {
    for (Doc d : docs) {
      List<Resolution> rs = GeoEvaluation.inGoldOrder(d.toponyms(), d.prepared().resolve(w));
      for (int i = 0; i < rs.size(); i++) {
        LglCorpus.Toponym g = d.article().toponyms().get(i);
        if (g.scored()) {
          Resolution r = rs.get(i);
          scorer.add(g.lat(), g.lon(), r.place() == null ? null : new double[] {r.place().lat(), r.place().lon()});
        }
      }
    }
  }
}
