package org.newsgraph.eval.attribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.extract.claims.AttributionModel;
import org.newsgraph.extract.claims.AttributionModelTrainer;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.claims.AttributionTaggerTrainer;
import org.newsgraph.extract.claims.BratAttribution;
import org.newsgraph.extract.claims.TaggerModel;

/**
 * The corpus side of {@code newsgraph train attribution}: every article of a PolNeAR split, in file order, through
 * the caller's analysis (NLP, entities, times: what the stage sees), with its gold attributions; then
 * {@link AttributionModelTrainer} (the rules' model) or {@link AttributionTaggerTrainer} (the tagger) learns from
 * them. Cross-validation of the tagger splits the same articles into folds by position (article i in fold i mod N),
 * trains on all folds but one and scores the stage with that tagger on the one left out, so features and settings
 * are chosen on articles the model was not fitted to. An article that cannot be read or
 * analysed is skipped with a line that starts with "skipped ".
 */
public final class AttributionTraining {
  private static final int PROGRESS_EVERY = 100;

  private AttributionTraining() {}

  /** Every article of {@code splitDir}, analysed, with its gold attributions, in file order. */
  public static List<AttributionModelTrainer.Sample> samples(Path splitDir,
      Function<Article, AnalyzedArticle> analysis, Consumer<String> log) throws IOException {
    List<GoldEntry<Article, List<BratAttribution>>> entries =
        AttributionEvaluation.entries(PolnearCorpus.texts(splitDir));
    List<AttributionModelTrainer.Sample> samples = new ArrayList<>();
    Harness.run(entries, new SystemUnderTest<>("analysis", analysis, Function.identity()), (item, analysed) -> {
      samples.add(new AttributionModelTrainer.Sample(analysed, item.gold()));
      if (samples.size() % PROGRESS_EVERY == 0) {
        log.accept(samples.size() + " of " + entries.size() + " articles analysed");
      }
    }, log);
    return samples;
  }

  /** Trains on every article of {@code splitDir} and writes the gzipped model to {@code out}. */
  public static AttributionModel train(Path splitDir, Function<Article, AnalyzedArticle> analysis, Path out,
      Consumer<String> log) throws IOException {
    return AttributionModelTrainer.train(samples(splitDir, analysis, log), out, log);
  }

  /** Trains the attribution tagger on every article of {@code splitDir} and writes it to {@code out}. */
  public static TaggerModel trainTagger(Path splitDir, Function<Article, AnalyzedArticle> analysis, Path out,
      Consumer<String> log) throws IOException {
    return AttributionTaggerTrainer.train(samples(splitDir, analysis, log), out, log);
  }

  /**
   * What cross-validation gives: the figures over all held-out folds of the rules alone and of the rules with the
   * tagger (both with models trained on the other folds), and the time of the stage with the tagger.
   */
  public record CrossValidation(AttributionScorer.Result rules, AttributionScorer.Result result, int folds,
      int articles, double stageSeconds, List<String> errors) {
    public String summary() {
      Map<String, Integer> reasons = new TreeMap<>();
      for (String e : errors) {
        String[] f = e.split("\t");
        reasons.merge(f[0] + " " + f[1].replaceAll(":.*", ""), 1, Integer::sum);
      }
      return rules.toTable("rules") + result.toTable("+tagger") + String.format(Locale.ROOT,
          "%d-fold cross-validation over %d articles; attribution stage %.1f s (%.1f articles/s)%n", folds, articles,
          stageSeconds, stageSeconds == 0 ? 0 : articles / stageSeconds)
          + "gold cues missed and claims without a gold cue, by reason: " + reasons + "\n";
    }
  }

  /** Trains on all folds but one and scores the one left out, for each of {@code folds} folds. */
  public static CrossValidation crossValidate(List<AttributionModelTrainer.Sample> samples, int folds,
      AttributionTaggerTrainer.Settings settings, Consumer<String> log) throws IOException {
    return crossValidate(samples, folds, settings, (s, claims) -> { }, log);
  }

  /** The same, handing each held-out article's claims to {@code heldOut} (to write them out). */
  public static CrossValidation crossValidate(List<AttributionModelTrainer.Sample> samples, int folds,
      AttributionTaggerTrainer.Settings settings, BiConsumer<AttributionModelTrainer.Sample, List<Claim>> heldOut,
      Consumer<String> log) throws IOException {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
    }
    AttributionScorer all = new AttributionScorer();
    AttributionScorer allRules = new AttributionScorer();
    List<String> errors = new ArrayList<>();
    double seconds = 0;
    for (int f = 0; f < folds; f++) {
      List<AttributionModelTrainer.Sample> train = new ArrayList<>();
      List<AttributionModelTrainer.Sample> held = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        (i % folds == f ? held : train).add(samples.get(i));
      }
      TaggerModel model = AttributionTaggerTrainer.train(train, settings, line -> { });
      AttributionModel ruleModel = rulesModel(train);
      AttributionStage stage = AttributionStage.of(ruleModel, model);
      AttributionStage rulesOnly = AttributionStage.of(ruleModel, null);
      AttributionScorer fold = new AttributionScorer();
      for (AttributionModelTrainer.Sample s : held) {
        allRules.add(s.article().text(), s.gold(),
            rulesOnly.claims(s.article()).stream().map(AttributionEvaluation::brat).toList());
        long t0 = System.nanoTime();
        List<Claim> claims = stage.claims(s.article());
        seconds += (System.nanoTime() - t0) / 1e9;
        heldOut.accept(s, claims);
        errors.addAll(MissedAttributions.lines(model, s.article().article().source(), s.article(), s.gold(),
            claims));
        List<BratAttribution> predicted = claims.stream().map(AttributionEvaluation::brat).toList();
        fold.add(s.article().text(), s.gold(), predicted);
        all.add(s.article().text(), s.gold(), predicted);
      }
      log.accept("fold " + (f + 1) + " of " + folds + ":\n" + fold.result().toTable("fold" + (f + 1)));
    }
    return new CrossValidation(allRules.result(), all.result(), folds, samples.size(), seconds, errors);
  }

  /** The rules' model trained on {@code train}, as its file gives it back (weights rounded as written). */
  private static AttributionModel rulesModel(List<AttributionModelTrainer.Sample> train) throws IOException {
    Path file = Files.createTempFile("attribution-model", ".tsv.gz");
    try {
      AttributionModelTrainer.train(train, file, line -> { });
      return AttributionModel.read(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
