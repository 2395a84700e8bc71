package org.newsgraph.eval.stance;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.extract.stance.Stance;
import org.newsgraph.extract.stance.StanceLabel;
import org.newsgraph.extract.stance.StanceModel;
import org.newsgraph.extract.stance.StanceTrainer;

/**
 * {@code newsgraph eval stance} and {@code train stance} over an FNC-1 folder. On the training folder the figures
 * are per part of {@link Fnc1Split} (dev is what settings were chosen on; final was scored once); on a test folder
 * they cover every pair. The submission always has every row, in the file's order.
 */
public final class StanceEvaluation {
  private static final int CV_THREADS = 2;
  private StanceEvaluation() {}

  /** Predictions for every pair and a scorer per part (or one, {@code all}, when the folder is not split). */
  public record Report(List<Stance> predictions, Map<String, StanceScorer> scorers, double seconds) {}

  public static Report run(Fnc1Corpus corpus, StanceModel model) {
    long t0 = System.nanoTime();
    List<String> claims = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (Fnc1Corpus.Pair p : corpus.pairs()) {
      claims.add(p.headline());
      bodies.add(corpus.bodies().get(p.bodyId()));
    }
    List<Stance> predictions = model.stances(claims, bodies);
    Map<String, StanceScorer> scorers = new java.util.LinkedHashMap<>();
    if (corpus.labelled()) {
      boolean split = corpus.name().equals("train");
      List<Fnc1Split.Part> parts = split ? Fnc1Split.parts(corpus) : null;
      for (int i = 0; i < predictions.size(); i++) {
        String key = split ? (parts.get(i) == null ? null : parts.get(i).name().toLowerCase(java.util.Locale.ROOT))
            : "all";
        if (key != null) {
          scorers.computeIfAbsent(key, k -> new StanceScorer())
              .add(corpus.pairs().get(i).label(), predictions.get(i).label());
        }
      }
    }
    return new Report(predictions, scorers, (System.nanoTime() - t0) / 1e9);
  }

  /** The official submission: Headline,Body ID,Stance, the rows of the stances file in its order. */
  public static void writeSubmission(Fnc1Corpus corpus, List<Stance> predictions, Path out) throws IOException {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("Headline,Body ID,Stance\n");
      for (int i = 0; i < corpus.pairs().size(); i++) {
        Fnc1Corpus.Pair p = corpus.pairs().get(i);
        w.write(Csv.field(p.headline()) + "," + p.bodyId() + "," + predictions.get(i).label().wire() + "\n");
      }
    }
  }

  /**
   * Cross-validation across claim groups on the train and dev parts (final untouched): for each fold, a model
   * trained on the other folds with {@code settings} labels the fold's pairs; one scorer over all of them.
   */
  public static StanceScorer crossValidate(Fnc1Corpus corpus, int k, StanceTrainer.Settings settings,
      Consumer<String> log) {
    return crossValidate(corpus, k, settings, List.of(), log).get(0);
  }

  /**
   * The same, scoring the fold models' figures under {@code settings}' decision and then under each of
   * {@code decisions} (one scorer each, in that order): the decision rule chosen across groups, not on dev.
   */
  public static List<StanceScorer> crossValidate(Fnc1Corpus corpus, int k, StanceTrainer.Settings settings,
      List<StanceModel.Decision> decisions, Consumer<String> log) {
    List<Integer> folds = Fnc1Split.folds(corpus, k);
    StanceScorer scorer = new StanceScorer();
    List<StanceScorer> swept = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      swept.add(new StanceScorer());
    }
    // Folds are independent and each is deterministic: two at a time, then scored in fold order.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CV_THREADS);
    List<java.util.concurrent.Future<List<StanceModel.Scores>>> pending = new ArrayList<>();
    List<List<StanceLabel>> golds = new ArrayList<>();
    for (int fold = 0; fold < k; fold++) {
      List<StanceTrainer.Pair> train = new ArrayList<>();
      List<String> claims = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      List<StanceLabel> gold = new ArrayList<>();
      for (int i = 0; i < folds.size(); i++) {
        Integer f = folds.get(i);
        Fnc1Corpus.Pair p = corpus.pairs().get(i);
        if (f == null) {
          continue;
        }
        if (f == fold) {
          claims.add(p.headline());
          bodies.add(corpus.bodies().get(p.bodyId()));
          gold.add(p.label());
        } else {
          train.add(new StanceTrainer.Pair(p.headline(), p.bodyId(), p.label()));
        }
      }
      golds.add(gold);
      pending.add(pool.submit(() -> StanceTrainer.train(train, corpus.bodies(), settings, line -> { })
          .scores(claims, bodies)));
    }
    pool.shutdown();
    for (int fold = 0; fold < k; fold++) {
      List<StanceLabel> gold = golds.get(fold);
      List<StanceModel.Scores> scores;
      try {
        scores = pending.get(fold).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("cross-validation interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("fold " + fold + " failed", e.getCause());
      }
      StanceScorer foldScorer = new StanceScorer();
      for (int i = 0; i < gold.size(); i++) {
        StanceLabel predicted = StanceModel.decide(scores.get(i), settings.decision());
        scorer.add(gold.get(i), predicted);
        foldScorer.add(gold.get(i), predicted);
        for (int d = 0; d < decisions.size(); d++) {
          swept.get(d).add(gold.get(i), StanceModel.decide(scores.get(i), decisions.get(d)));
        }
      }
      log.accept(String.format(java.util.Locale.ROOT,
          "fold %d: %d pairs, FNC score %.4f, macro-F1 %.4f, disagree F1 %.4f", fold, gold.size(),
          foldScorer.fncScore(), foldScorer.macroF1(), foldScorer.f1(StanceLabel.DISAGREE)));
    }
    List<StanceScorer> out = new ArrayList<>();
    out.add(scorer);
    out.addAll(swept);
    return out;
  }

  /** Trains on the train part of the split of an FNC-1 training folder. */
  public static StanceModel train(Fnc1Corpus corpus, StanceTrainer.Settings settings, Consumer<String> log) {
    if (!corpus.labelled()) {
      throw new IllegalArgumentException("the stances file has no Stance column: nothing to train on");
    }
    List<Fnc1Split.Part> parts = Fnc1Split.parts(corpus);
    List<StanceTrainer.Pair> train = new ArrayList<>();
    Map<StanceLabel, Integer> counts = new EnumMap<>(StanceLabel.class);
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) == Fnc1Split.Part.TRAIN) {
        Fnc1Corpus.Pair p = corpus.pairs().get(i);
        train.add(new StanceTrainer.Pair(p.headline(), p.bodyId(), p.label()));
        counts.merge(p.label(), 1, Integer::sum);
      }
    }
    log.accept("train part: " + train.size() + " pairs " + counts);
    return StanceTrainer.train(train, corpus.bodies(), settings, log);
  }
}
