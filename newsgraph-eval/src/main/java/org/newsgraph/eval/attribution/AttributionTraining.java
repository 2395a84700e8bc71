package org.newsgraph.eval.attribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.extract.claims.AttributionModel;
import org.newsgraph.extract.claims.AttributionModelTrainer;
import org.newsgraph.extract.claims.BratAttribution;

/**
 * The corpus side of {@code newsgraph train attribution}: every article of a PolNeAR split, in file order, through
 * the caller's NLP, with its gold attributions; then {@link AttributionModelTrainer} learns from them. An article
 * that cannot be read or analysed is skipped with a line that starts with "skipped ".
 */
public final class AttributionTraining {
  private static final int PROGRESS_EVERY = 100;

  private AttributionTraining() {}

  /** Trains on every article of {@code splitDir} and writes the gzipped model to {@code out}. */
  public static AttributionModel train(Path splitDir, Function<Article, AnalyzedArticle> nlp, Path out,
      Consumer<String> log) throws IOException {
    List<GoldEntry<Article, List<BratAttribution>>> entries =
        AttributionEvaluation.entries(PolnearCorpus.texts(splitDir));
    List<AttributionModelTrainer.Sample> samples = new ArrayList<>();
    Harness.run(entries, new SystemUnderTest<>("nlp", nlp, Function.identity()), (item, analysed) -> {
      samples.add(new AttributionModelTrainer.Sample(analysed, item.gold()));
      if (samples.size() % PROGRESS_EVERY == 0) {
        log.accept(samples.size() + " of " + entries.size() + " articles analysed");
      }
    }, log);
    return AttributionModelTrainer.train(samples, out, log);
  }
}
