package org.newsgraph.eval.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.extract.events.EventSenseTrainer;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.learn.Folds;
import org.newsgraph.extract.learn.ModelFiles;

/**
 * The cross-validated side of {@code eval events} on PLOVER records: the event stage's sense model is trained on the
 * judged news triggers and on the dev records, so the dev figure flatters it. Here each record is coded by a stage
 * whose sense and confidence models were refitted (with the shipped penalty) without the records of its fold: five
 * folds by record id. The judged news triggers come from {@value #EXAMPLES} beside this class, the features
 * {@code newsgraph train event-sense --examples} wrote with the shipped model.
 */
final class SenseCrossValidation {
  static final String EXAMPLES = "event-sense-examples.tsv.gz";
  static final int FOLDS = 5;

  private SenseCrossValidation() {}

  /** The fold of a record. */
  static int fold(String recordId) {
    return Folds.of(PloverSamples.key(recordId), FOLDS);
  }

  /** A stage per fold, chosen by the record id in the article's source. */
  static Function<AnalyzedArticle, AnalyzedArticle> stages(List<PloverSamples.Record> records,
      Function<Article, AnalyzedArticle> analysis, Consumer<String> log) {
    List<EventSenseTrainer.Example> news = EventSenseTrainer.only(shippedExamples(),
        k -> !k.startsWith(EventSenseTrainer.GOLD_PREFIX));
    List<EventSenseTrainer.Example> gold = EventSenseTrainer.examples(PloverSamples.samples(records, analysis, log),
        log);
    double l2 = ModelFiles.resource(EventStage.class, "event-sense-model.tsv.gz").param("l2", 1e-2);
    EventStage[] stages = new EventStage[FOLDS];
    for (int f = 0; f < FOLDS; f++) {
      int held = f;
      List<EventSenseTrainer.Example> train = new ArrayList<>(news);
      train.addAll(EventSenseTrainer.only(gold, k -> Folds.of(k, FOLDS) != held));
      stages[f] = EventStage.withSense(EventSenseTrainer.fit(train, l2, line -> { }));
    }
    return a -> stages[fold(a.article().source())].apply(a);
  }

  private static List<EventSenseTrainer.Example> shippedExamples() {
    try (InputStream in = SenseCrossValidation.class.getResourceAsStream(EXAMPLES)) {
      if (in == null) {
        throw new IllegalStateException(EXAMPLES + " not found next to " + SenseCrossValidation.class.getName()
            + ": write it with `newsgraph train event-sense --examples`");
      }
      return EventSenseTrainer.readExamples(in);
    } catch (IOException e) {
      throw new UncheckedIOException(EXAMPLES + ": cannot read", e);
    }
  }
}
