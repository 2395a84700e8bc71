package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.newsgraph.eval.extraction.ExtractionTraining.Labelled;
import org.newsgraph.eval.extraction.ExtractionTraining.Setting;
import org.newsgraph.ingest.html.BlockModel;
import org.newsgraph.ingest.html.BlockTree;
import org.newsgraph.ingest.html.ExtractionRules;
import org.newsgraph.ingest.html.HtmlExtractor;

/**
 * The nested leave-one-host-out estimate of {@code train extraction --nested}: every host's pages are scored by a
 * model whose setting was chosen without that host, and chosen as the plain training chooses it: by leaving one host
 * out over the other hosts (each of them scored by a model fitted on the rest), pooling those page scores with the
 * benchmark's metric and taking the best setting (the first in the grid's order on a tie). The chosen setting is then
 * fitted on all the other hosts and scores the held-out host's pages; the page scores of all hosts are pooled.
 *
 * <p>The inner fits come in pairs: the model fitted without hosts {@code a} and {@code b} scores {@code b}'s pages in
 * {@code a}'s fold and {@code a}'s pages in {@code b}'s fold, so each pair is fitted once (half of the 65 x 66 fits
 * per setting). Training pages are taken in the plain training's order, so a fold's inner figures are the ones
 * {@link ExtractionTraining#train} prints for the pages without the held-out host.
 */
public final class NestedEstimate {
  /** One held-out host: the setting its fold chose, that setting's inner leave-one-host-out F1, and its score. */
  public record Fold(Setting setting, double innerF1, ExtractionMetric.Score score) {}

  /** The nested estimate: the pooled score, how often each setting was chosen, and each held-out host's fold. */
  public record Nested(ExtractionMetric.Score score, Map<Setting, Integer> chosen, Map<String, Fold> folds) {
    /** Each host's score under the setting its fold chose. */
    public Map<String, ExtractionMetric.Score> hosts() {
      Map<String, ExtractionMetric.Score> out = new TreeMap<>();
      folds.forEach((h, f) -> out.put(h, f.score()));
      return out;
    }

    /** The estimate as printed. */
    public String text() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "nested leave-one-host-out (the setting chosen "
          + "inside each fold by leaving one of the other hosts out at a time): F1 %.4f  P %.3f  R %.3f%n",
          score.f1(), score.precision(), score.recall()));
      chosen.forEach((s, n) -> b.append(String.format(Locale.ROOT,
          "  chosen in %2d folds: %s l2=%s trees=%d threshold=%.2f lone=%s%n", n, s.weighing(), s.l2(), s.trees(),
          s.threshold(), s.lone())));
      return b.toString();
    }
  }

  private NestedEstimate() {}

  /** The estimate over {@code pages}, with these tree counts among the settings. */
  static Nested run(List<RuleAblation.Page> pages, List<Integer> treeCounts, Consumer<String> log) {
    int[] counts = treeCounts.stream().mapToInt(Integer::intValue).sorted().toArray();
    HtmlExtractor rules = HtmlExtractor.with(ExtractionRules.DEFAULT);
    // Each page is cut and its blocks' features computed once; every fit below reads them.
    List<Labelled> labelled = new ArrayList<>();
    for (RuleAblation.Page p : pages) {
      labelled.add(ExtractionTraining.label(p, rules.blocks(p.html())));
    }
    Map<String, List<Labelled>> byHost = new TreeMap<>();
    labelled.forEach(l -> byHost.computeIfAbsent(l.page().host(), h -> new ArrayList<>()).add(l));
    List<String> hosts = new ArrayList<>(byHost.keySet());
    List<Setting> grid = grid(counts);
    // inner.get(a).get(s): the inner page scores of host a's fold under setting s, in host order.
    List<Map<Setting, List<ExtractionMetric.PageScore>>> inner = new ArrayList<>();
    for (int a = 0; a < hosts.size(); a++) {
      Map<Setting, List<ExtractionMetric.PageScore>> m = new TreeMap<>(NestedEstimate::compare);
      grid.forEach(s -> m.put(s, new ArrayList<>()));
      inner.add(m);
    }
    Map<Labelled, Map<String, ExtractionMetric.PageScore>> seen = new IdentityHashMap<>();
    // The fits without one host (by weighing and penalty), as the plain training makes them: each pair's fit starts
    // from the fit without its first host, which Newton's method leaves for the pair's optimum in a few steps.
    List<Map<String, BlockLogistic.Fit>> without = new ArrayList<>();
    for (String h : hosts) {
      without.add(fits(except(labelled, h, null), null));
    }
    log.accept(String.format(Locale.ROOT, "nested: the %d fits without one host done", hosts.size() * 6));
    for (int a = 0; a < hosts.size(); a++) {
      for (int b = a + 1; b < hosts.size(); b++) {
        List<Labelled> train = except(labelled, hosts.get(a), hosts.get(b));
        Map<String, BlockLogistic.Fit> pair = fits(train, without.get(a));
        // Pairs come a-major, so each fold's inner hosts are added in name order, as the plain training pools them.
        score(rules, pair, counts, train, byHost.get(hosts.get(b)), inner.get(a), seen);
        score(rules, pair, counts, train, byHost.get(hosts.get(a)), inner.get(b), seen);
      }
      log.accept(String.format(Locale.ROOT, "nested: fits without %s and each later host done (%d of %d)",
          hosts.get(a), a + 1, hosts.size()));
    }
    List<ExtractionMetric.PageScore> outer = new ArrayList<>();
    Map<Setting, Integer> chosen = new TreeMap<>(NestedEstimate::compare);
    Map<String, Fold> folds = new TreeMap<>();
    for (int a = 0; a < hosts.size(); a++) {
      String held = hosts.get(a);
      Setting best = null;
      double bestF1 = -1;
      for (Setting s : grid) {
        double f1 = ExtractionMetric.score(inner.get(a).get(s)).f1();
        if (f1 > bestF1) {
          bestF1 = f1;
          best = s;
        }
      }
      BlockModel lr = without.get(a).get(best.weighing() + "/" + best.l2()).model(best.threshold());
      BlockModel m = lr.plus(best.trees() == 0 ? List.of() : BlockBoosting.boost(lr,
          ExtractionTraining.examples(except(labelled, held, null), best.weighing()), best.trees()), best.threshold());
      List<ExtractionMetric.PageScore> own = new ArrayList<>();
      for (Labelled l : byHost.get(held)) {
        own.add(ExtractionMetric.page(l.page().gold(), ExtractionTraining.extract(rules, m, l,
            new double[] {best.threshold()}, best.lone()).get(best.threshold())));
      }
      outer.addAll(own);
      folds.put(held, new Fold(best, bestF1, ExtractionMetric.score(own)));
      chosen.merge(best, 1, Integer::sum);
      log.accept(String.format(Locale.ROOT, "nested: %s scored with %s (inner F1 %.4f)", held, best, bestF1));
    }
    return new Nested(ExtractionMetric.score(outer), chosen, folds);
  }

  /** The pages of every host but {@code a} and {@code b}, in their order. */
  private static List<Labelled> except(List<Labelled> labelled, String a, String b) {
    List<Labelled> out = new ArrayList<>();
    for (Labelled l : labelled) {
      if (!l.page().host().equals(a) && !l.page().host().equals(b)) {
        out.add(l);
      }
    }
    return out;
  }

  /** The regression fitted on {@code train} for each weighing and penalty ("weighing/l2"), from {@code start}'s. */
  private static Map<String, BlockLogistic.Fit> fits(List<Labelled> train, Map<String, BlockLogistic.Fit> start) {
    Map<String, BlockLogistic.Fit> out = new TreeMap<>();
    for (String weighing : ExtractionTraining.WEIGHINGS) {
      List<BlockLogistic.Example> ex = ExtractionTraining.examples(train, weighing);
      for (double l2 : ExtractionTraining.PENALTIES) {
        String key = weighing + "/" + l2;
        out.put(key, BlockLogistic.fit(ex, l2, start == null ? null : start.get(key)));
      }
    }
    return out;
  }

  /** Scores {@code test}'s pages under every setting, with the regressions {@code fits} (fitted on {@code train}). */
  private static void score(HtmlExtractor rules, Map<String, BlockLogistic.Fit> fits, int[] counts,
      List<Labelled> train, List<Labelled> test, Map<Setting, List<ExtractionMetric.PageScore>> into,
      Map<Labelled, Map<String, ExtractionMetric.PageScore>> seen) {
    int most = counts[counts.length - 1];
    for (String weighing : ExtractionTraining.WEIGHINGS) {
      for (double l2 : ExtractionTraining.PENALTIES) {
        BlockModel lr = fits.get(weighing + "/" + l2).model(0.5);
        List<BlockTree> trees = most == 0 ? List.of()
            : BlockBoosting.boost(lr, ExtractionTraining.examples(train, weighing), most);
        for (int k : counts) {
          BlockModel m = lr.plus(trees.subList(0, k), 0.5);
          for (Labelled l : test) {
            for (double t : ExtractionTraining.THRESHOLDS) {
              for (double lone : ExtractionTraining.LONE) {
                into.get(new Setting(weighing, l2, k, t, lone)).add(ExtractionTraining.scored(rules, m, l, t, lone,
                    seen));
              }
            }
          }
        }
      }
    }
  }

  /** The settings in the plain training's order (weighing, penalty, trees, threshold, lone): ties go to the first. */
  private static List<Setting> grid(int[] counts) {
    List<Setting> out = new ArrayList<>();
    for (String weighing : ExtractionTraining.WEIGHINGS) {
      for (double l2 : ExtractionTraining.PENALTIES) {
        for (int k : counts) {
          for (double t : ExtractionTraining.THRESHOLDS) {
            for (double lone : ExtractionTraining.LONE) {
              out.add(new Setting(weighing, l2, k, t, lone));
            }
          }
        }
      }
    }
    return out;
  }

  private static int compare(Setting a, Setting b) {
    return a.toString().compareTo(b.toString());
  }
}
