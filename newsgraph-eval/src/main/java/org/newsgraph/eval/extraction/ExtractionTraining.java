package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.newsgraph.ingest.html.BlockModel;
import org.newsgraph.ingest.html.BlockTree;
import org.newsgraph.ingest.html.ExtractionRules;
import org.newsgraph.ingest.html.HtmlExtractor;
import org.newsgraph.ingest.html.PageBlocks;

/**
 * {@code newsgraph train extraction}: the block model, trained on the benchmark's dev pages. Each page is cut into
 * blocks by the extractor (with its default rules, whose verdicts are features); a block is body when most of its
 * word 4-grams are in the gold body (a block under four words: when its words occur in a row in it). Settings (the
 * L2 penalty, how blocks are weighed, the probability from which a block is taken) are chosen by leaving one host out:
 * for each host, the model is fitted on the other hosts' pages and extracts that host's pages, and the page scores
 * of all hosts are pooled with the benchmark's metric. The model shipped is fitted on every page with the chosen
 * settings.
 */
public final class ExtractionTraining {
  /** The settings tried: L2 penalties, weighings and thresholds. */
  static final double[] PENALTIES = {0.01, 0.1, 1};
  static final String[] WEIGHINGS = {"words", "blocks"};
  /** Boosted trees on the regression's log-odds: none by default (50 or 150 depth-3 trees did not do better). */
  public static final List<Integer> NO_TREES = List.of(0);
  static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6};
  /** The probabilities from which a lone block is kept (NaN: lone blocks are not looked at; see LoneBlocks). */
  static final double[] LONE = {Double.NaN, 0.9};

  /** One setting of the training. */
  public record Setting(String weighing, double l2, int trees, double threshold, double lone) {}

  /** A page cut into blocks, with each block's gold label and word count. */
  record Labelled(RuleAblation.Page page, PageBlocks blocks, boolean[] body, int[] words) {}

  /** A setting's leave-one-host-out score, and each host's share of it. */
  public record Tried(Setting setting, ExtractionMetric.Score score, Map<String, ExtractionMetric.Score> hosts) {}

  /** What training gave: the model, the setting chosen, every setting's host-CV score and the rules' dev score. */
  public record Report(BlockModel model, Tried chosen, List<Tried> tried, ExtractionMetric.Score rulesDev,
      ExtractionMetric.Score modelDev, ExtractionMetric.Score ceiling, int hosts, int pages, int blocks) {
    /** The report as printed. */
    public String text() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%d pages, %d hosts, %d blocks%n", pages, hosts, blocks));
      b.append("leave-one-host-out F1 of the block model, by setting (weighing, l2, trees, threshold, lone):\n");
      for (Tried t : tried) {
        b.append(String.format(Locale.ROOT, "  %-6s %5s %4d %4.2f %4s  F1 %.3f  P %.3f  R %.3f%s%n",
            t.setting().weighing(), t.setting().l2(), t.setting().trees(), t.setting().threshold(),
            t.setting().lone(), t.score().f1(), t.score().precision(), t.score().recall(),
            t == chosen ? "  <- chosen" : ""));
      }
      b.append(String.format(Locale.ROOT, "block model, leave one host out: F1 %.4f  P %.3f  R %.3f  acc %.3f%n",
          chosen.score().f1(), chosen.score().precision(), chosen.score().recall(), chosen.score().accuracy()));
      b.append(String.format(Locale.ROOT, "block model fitted on every page, on those pages (dev): F1 %.3f  P %.3f  "
          + "R %.3f%n", modelDev.f1(), modelDev.precision(), modelDev.recall()));
      b.append(String.format(Locale.ROOT, "the rules alone on the same pages (dev): F1 %.3f  P %.3f  R %.3f%n",
          rulesDev.f1(), rulesDev.precision(), rulesDev.recall()));
      b.append(String.format(Locale.ROOT, "the blocks labelled body taken (the most a block model can give): F1 %.3f  "
          + "P %.3f  R %.3f%n", ceiling.f1(), ceiling.precision(), ceiling.recall()));
      return b.toString();
    }
  }

  private ExtractionTraining() {}

  /** Trains on {@code pages} (the dev half), choosing the setting by leaving one host out. */
  public static Report train(List<RuleAblation.Page> pages, List<Integer> treeCounts, Consumer<String> log) {
    int[] counts = treeCounts.stream().mapToInt(Integer::intValue).sorted().toArray();
    HtmlExtractor rules = HtmlExtractor.with(ExtractionRules.DEFAULT);
    List<Labelled> labelled = new ArrayList<>();
    int blocks = 0;
    List<ExtractionMetric.PageScore> rulesScores = new ArrayList<>();
    for (RuleAblation.Page p : pages) {
      PageBlocks pb = rules.blocks(p.html());
      labelled.add(label(p, pb));
      blocks += pb == null ? 0 : pb.size();
      rulesScores.add(ExtractionMetric.page(p.gold(), rules.article(p.html(), null).body()));
    }
    Map<String, List<Labelled>> byHost = new TreeMap<>();
    labelled.forEach(l -> byHost.computeIfAbsent(l.page().host(), h -> new ArrayList<>()).add(l));
    List<Tried> tried = new ArrayList<>();
    Tried best = null;
    int most = counts[counts.length - 1];
    for (String weighing : WEIGHINGS) {
      for (double l2 : PENALTIES) {
        Map<String, List<ExtractionMetric.PageScore>> pooled = new TreeMap<>();
        Map<String, Map<String, List<ExtractionMetric.PageScore>>> pooledByHost = new TreeMap<>();
        for (Map.Entry<String, List<Labelled>> host : byHost.entrySet()) {
          List<Labelled> train = new ArrayList<>();
          labelled.forEach(l -> {
            if (!l.page().host().equals(host.getKey())) {
              train.add(l);
            }
          });
          List<BlockLogistic.Example> ex = examples(train, weighing);
          BlockModel lr = BlockLogistic.fit(ex, l2, 0.5);
          List<BlockTree> trees = BlockBoosting.boost(lr, ex, most);
          for (int k : counts) {
            BlockModel m = lr.plus(trees.subList(0, k), 0.5);
            for (Labelled l : host.getValue()) {
              for (double lone : LONE) {
                extract(rules, m, l, THRESHOLDS, lone).forEach((t, body) -> {
                  ExtractionMetric.PageScore ps = ExtractionMetric.page(l.page().gold(), body);
                  pooled.computeIfAbsent(k + "/" + t + "/" + lone, x -> new ArrayList<>()).add(ps);
                  pooledByHost.computeIfAbsent(k + "/" + t + "/" + lone, x -> new TreeMap<>())
                      .computeIfAbsent(host.getKey(), x -> new ArrayList<>()).add(ps);
                });
              }
            }
          }
        }
        for (int k : counts) {
          for (double t : THRESHOLDS) {
            for (double lone : LONE) {
              String key = k + "/" + t + "/" + lone;
              Map<String, ExtractionMetric.Score> hosts = new TreeMap<>();
              pooledByHost.get(key).forEach((h, ps) -> hosts.put(h, ExtractionMetric.score(ps)));
              Tried x = new Tried(new Setting(weighing, l2, k, t, lone), ExtractionMetric.score(pooled.get(key)),
                  hosts);
              tried.add(x);
              log.accept(String.format(Locale.ROOT, "%s l2=%s trees=%d threshold=%.2f lone=%s: leave-one-host-out "
                  + "F1 %.4f", weighing, l2, k, t, lone, x.score().f1()));
              if (best == null || x.score().f1() > best.score().f1()) {
                best = x;
              }
            }
          }
        }
      }
    }
    Setting s = best.setting();
    List<BlockLogistic.Example> all = examples(labelled, s.weighing());
    BlockModel lr = BlockLogistic.fit(all, s.l2(), s.threshold());
    BlockModel model = lr.plus(BlockBoosting.boost(lr, all, s.trees()), s.threshold()).lone(s.lone());
    List<ExtractionMetric.PageScore> dev = new ArrayList<>();
    for (Labelled l : labelled) {
      dev.add(ExtractionMetric.page(l.page().gold(), extract(rules, model, l, new double[] {s.threshold()},
          s.lone()).get(s.threshold())));
    }
    List<ExtractionMetric.PageScore> ceiling = new ArrayList<>();
    for (Labelled l : labelled) {
      ceiling.add(ExtractionMetric.page(l.page().gold(), l.blocks() == null ? ""
          : rules.compose(l.blocks(), l.body()).body()));
    }
    return new Report(model, best, tried, ExtractionMetric.score(rulesScores), ExtractionMetric.score(dev),
        ExtractionMetric.score(ceiling), byHost.size(), pages.size(), blocks);
  }

  /** The nested leave-one-host-out estimate ({@link NestedEstimate}), without boosted trees. */
  public static NestedEstimate.Nested nested(List<RuleAblation.Page> pages, Consumer<String> log) {
    return NestedEstimate.run(pages, NO_TREES, log);
  }

  /** {@link #nested(List, Consumer)} with boosted trees among the settings, as {@link #train} tries them. */
  public static NestedEstimate.Nested nested(List<RuleAblation.Page> pages, List<Integer> treeCounts,
      Consumer<String> log) {
    return NestedEstimate.run(pages, treeCounts, log);
  }

  /** The page's score under {@code m} at threshold {@code t}, looked up by the blocks taken when seen before. */
  static ExtractionMetric.PageScore scored(HtmlExtractor rules, BlockModel m, Labelled l, double t,
      double lone, Map<Labelled, Map<String, ExtractionMetric.PageScore>> seen) {
    PageBlocks pb = l.blocks();
    if (pb == null) {
      return ExtractionMetric.page(l.page().gold(), "");
    }
    boolean[] keep = m.plus(List.of(), t).lone(lone).keep(pb);
    StringBuilder key = new StringBuilder(keep.length);
    for (boolean k : keep) {
      key.append(k ? '1' : '0');
    }
    return seen.computeIfAbsent(l, x -> new HashMap<>()).computeIfAbsent(key.toString(), x -> {
      pb.tidy(keep);
      return ExtractionMetric.page(l.page().gold(), rules.compose(pb, keep).body());
    });
  }

  /** The page's body at each threshold, lone blocks as {@code lone} says (an empty body for a page without one). */
  static Map<Double, String> extract(HtmlExtractor rules, BlockModel m, Labelled l, double[] thresholds,
      double lone) {
    Map<Double, String> out = new HashMap<>();
    PageBlocks pb = l.blocks();
    for (double t : thresholds) {
      if (pb == null) {
        out.put(t, "");
        continue;
      }
      boolean[] keep = m.plus(List.of(), t).lone(lone).keep(pb);
      pb.tidy(keep);
      out.put(t, rules.compose(pb, keep).body());
    }
    return out;
  }

  static List<BlockLogistic.Example> examples(List<Labelled> pages, String weighing) {
    List<BlockLogistic.Example> out = new ArrayList<>();
    for (Labelled l : pages) {
      if (l.blocks() == null) {
        continue;
      }
      int total = 0;
      for (int w : l.words()) {
        total += w;
      }
      for (int i = 0; i < l.blocks().size(); i++) {
        double weight = "words".equals(weighing) ? (double) l.words()[i] / Math.max(1, total) * 100 : 1;
        out.add(new BlockLogistic.Example(l.blocks().features(i), l.body()[i], weight));
      }
    }
    return out;
  }

  /** Labels a page's blocks from its gold body. */
  static Labelled label(RuleAblation.Page p, PageBlocks pb) {
    if (pb == null) {
      return new Labelled(p, null, new boolean[0], new int[0]);
    }
    List<String> gold = ExtractionMetric.tokens(p.gold());
    Map<String, Integer> grams = ExtractionMetric.shingles(gold);
    String goldLine = " " + String.join(" ", gold) + " ";
    boolean[] body = new boolean[pb.size()];
    int[] words = new int[pb.size()];
    for (int i = 0; i < pb.size(); i++) {
      List<String> t = ExtractionMetric.tokens(pb.text(i));
      words[i] = t.size();
      if (t.size() >= 4) {
        int hit = 0;
        Map<String, Integer> own = ExtractionMetric.shingles(t);
        for (String g : own.keySet()) {
          hit += grams.containsKey(g) ? 1 : 0;
        }
        body[i] = hit * 2 >= own.size();
      } else if (!t.isEmpty()) {
        body[i] = goldLine.contains(" " + String.join(" ", t) + " ");
      }
    }
    return new Labelled(p, pb, body, words);
  }
}
