package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.eval.stance.Fnc1Corpus;
import org.newsgraph.eval.stance.StanceEvaluation;
import org.newsgraph.eval.stance.StanceScorer;
import org.newsgraph.extract.stance.StanceLabel;
import org.newsgraph.extract.stance.StanceModel;
import org.newsgraph.extract.stance.StanceTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval stance --gold DIR [--out FILE] [--model FILE]}: FNC-1 headline/body stance. Writes the
 * official submission CSV; prints the FNC score (share of the maximum), macro-F1 and per-class F1, per part of the
 * split on the training folder (train / dev / final), over every pair on a test folder.
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
    description = "FNC-1 stance (agree/disagree/discuss/unrelated) on an FNC-1 folder: FNC score, macro-F1, "
        + "per-class F1; on the training folder per part of the split (dev, final), else over all pairs.")
public final class EvalStanceCommand implements Callable<Integer> {
  private static final int SWEEP_SHOWN = 40;

  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "An FNC-1 folder, e.g. ../shared/data/stance/fnc1.")
  Path gold;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the submission CSV (Headline,Body ID,Stance; the stances file's rows, in order).")
  Path out;

  @Option(names = "--model", paramLabel = "FILE",
      description = "A model written by 'newsgraph train stance' (default: the bundled one).")
  Path model;

  @Option(names = "--cv", paramLabel = "K",
      description = "Instead: K-fold cross-validation across claim groups on the train and dev parts of the training "
          + "folder (final untouched), training with the default settings for each fold.")
  Integer cv;

  @Option(names = "--sweep", description = "With --cv: also score a grid of decision rules (share of the "
      + "relatedness trees and the relatedness threshold, share of the boosted stance trees in the blend, agree and "
      + "disagree multipliers) on the same fold models, best first.")
  boolean sweep;

  @picocli.CommandLine.Mixin StanceTrainingOptions training;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFolder(gold);
    Fnc1Corpus corpus = Fnc1Corpus.read(gold);
    if (cv != null) {
      return crossValidate(corpus);
    }
    StanceModel m = model == null ? StanceModel.bundled() : StanceModel.read(model);
    StanceEvaluation.Report r = StanceEvaluation.run(corpus, m);
    if (out != null) {
      StanceEvaluation.writeSubmission(corpus, r.predictions(), out);
    }
    if (output.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("pairs", corpus.pairs().size());
      json.put("bodies", corpus.bodies().size());
      for (Map.Entry<String, StanceScorer> e : r.scorers().entrySet()) {
        json.put(e.getKey(), figures(e.getValue()));
      }
      json.put("seconds", r.seconds());
      output.printJson(json);
    } else {
      PrintWriter pw = output.out();
      pw.printf(Locale.ROOT, "FNC-1 %s: %d pairs, %d bodies, %.1f s%n", corpus.name(), corpus.pairs().size(),
          corpus.bodies().size(), r.seconds());
      for (Map.Entry<String, StanceScorer> e : r.scorers().entrySet()) {
        print(pw, e.getKey(), e.getValue());
      }
      if (out != null) {
        pw.println("wrote " + out);
      }
      pw.flush();
    }
    return Evaluations.exitCode(0);
  }

  private int crossValidate(Fnc1Corpus corpus) {
    if (cv < 2 || !corpus.labelled() || !corpus.name().equals("train")) {
      throw new IllegalArgumentException("--cv needs K >= 2 and the labelled FNC-1 training folder");
    }
    StanceTrainer.Settings settings = training.settings();
    java.util.List<StanceModel.Decision> grid = new java.util.ArrayList<>();
    if (sweep) {
      for (double relatedShare : new double[] {0, 0.5, 1}) {
        for (double threshold : new double[] {0.5, 0.4, 0.3, 0.2}) {
          for (double share : new double[] {0.25, 0.5, 0.75, 1}) {
            for (double agree : new double[] {0.8, 1, 1.25}) {
              for (double disagree : new double[] {1, 1.5, 2}) {
                grid.add(new StanceModel.Decision(share, agree, disagree, 1, relatedShare, threshold));
              }
            }
          }
        }
      }
    }
    java.util.List<StanceScorer> all = StanceEvaluation.crossValidate(corpus, cv, settings, grid,
        output.err()::println);
    StanceScorer s = all.get(0);
    if (sweep) {
      Integer[] order = new Integer[grid.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Double.compare(sum(all.get(b + 1)), sum(all.get(a + 1))));
      PrintWriter pw = output.err();
      pw.println("decisions (relatedness tree share, relatedness threshold, stance tree share, agree x, disagree x): "
          + "FNC score, macro-F1, disagree F1; best FNC + macro-F1 first, the best " + SWEEP_SHOWN);
      for (int k = 0; k < Math.min(SWEEP_SHOWN, order.length); k++) {
        StanceModel.Decision d = grid.get(order[k]);
        StanceScorer g = all.get(order[k] + 1);
        pw.printf(Locale.ROOT, "  %.2f %.2f %.2f %.2f %.2f: %.4f %.4f %.4f%n", d.relatedShare(),
            d.relatedThreshold(), d.treeShare(), d.agree(), d.disagree(), g.fncScore(), g.macroF1(),
            g.f1(StanceLabel.DISAGREE));
      }
      pw.flush();
    }
    if (output.json) {
      output.printJson(Map.of("cross_validation", figures(s), "folds", cv));
    } else {
      PrintWriter pw = output.out();
      print(pw, cv + "-fold cross-validation across claim groups (train + dev parts)", s);
      pw.flush();
    }
    return Evaluations.exitCode(0);
  }

  private static double sum(StanceScorer s) {
    return s.fncScore() + s.macroF1();
  }

  private static Map<String, Object> figures(StanceScorer s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pairs", s.pairs());
    m.put("fnc_score", s.fncScore());
    m.put("macro_f1", s.macroF1());
    m.put("accuracy", s.accuracy());
    Map<String, Object> f1 = new LinkedHashMap<>();
    for (StanceLabel l : StanceLabel.values()) {
      f1.put(l.wire(), s.f1(l));
    }
    m.put("f1", f1);
    return m;
  }

  private static void print(PrintWriter pw, String part, StanceScorer s) {
    pw.printf(Locale.ROOT, "%s (%d pairs): FNC score %.4f (%.2f of %.2f), macro-F1 %.4f, accuracy %.4f%n", part,
        s.pairs(), s.fncScore(), s.rawScore(), s.maxScore(), s.macroF1(), s.accuracy());
    StringBuilder f1 = new StringBuilder("  F1:");
    for (StanceLabel l : StanceLabel.values()) {
      f1.append(String.format(Locale.ROOT, " %s %.4f", l.wire(), s.f1(l)));
    }
    pw.println(f1);
    pw.println("  confusion (rows gold, columns predicted: agree disagree discuss unrelated)");
    for (StanceLabel g : StanceLabel.values()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-9s", g.wire()));
      for (StanceLabel p : StanceLabel.values()) {
        row.append(String.format(Locale.ROOT, " %6d", s.count(g, p)));
      }
      pw.println(row);
    }
  }
}
