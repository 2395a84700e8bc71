package org.newsgraph.eval.kind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.eval.harness.PrecisionSetDocs;
import org.newsgraph.extract.kind.ArticleKindModel;
import org.newsgraph.extract.kind.ArticleKindTrainer;

/**
 * The corpus side of {@code newsgraph train article-kind} and {@code newsgraph eval article-kind}: reads the labelled
 * articles ({@link KindCorpus}), trains on the training part or measures a model, and reports the cross-validated
 * accuracy (five folds over the training part) and the accuracy on the held-out part.
 */
public final class KindTraining {
  private KindTraining() {}

  /** What a run found. */
  public record Report(int trainArticles, int heldOutArticles, ArticleKindTrainer.Evaluation crossValidated,
      ArticleKindTrainer.Evaluation heldOut, String text) {}

  /** Trains on the training part, writes the model to {@code out}, and measures it. */
  public static Report train(Path bbc, Path reuters, Path labels, Path out, Consumer<String> log) throws IOException {
    KindCorpus.Split split = KindCorpus.read(bbc, reuters, labels, PrecisionSetDocs.read(log), log);
    log.accept(split.train().size() + " training articles, " + split.heldOut().size() + " held out");
    ArticleKindTrainer.train(split.train(), out, log);
    return measure(ArticleKindModel.read(out), split, log);
  }

  /** Measures {@code model} (cross-validation re-fits on the training part with the model's own penalty). */
  public static Report measure(ArticleKindModel model, Path bbc, Path reuters, Path labels, Consumer<String> log)
      throws IOException {
    return measure(model, KindCorpus.read(bbc, reuters, labels, PrecisionSetDocs.read(log), log), log);
  }

  private static Report measure(ArticleKindModel model, KindCorpus.Split split, Consumer<String> log) {
    ArticleKindTrainer.Evaluation cv = ArticleKindTrainer.crossValidate(split.train(), model.penalty());
    ArticleKindTrainer.Evaluation held = ArticleKindTrainer.evaluate(model, split.heldOut());
    String text = "article kind, five-fold cross-validation over " + split.train().size() + " training articles: "
        + cv.text() + "article kind, held-out " + split.heldOut().size() + " articles (never trained on): "
        + held.text();
    return new Report(split.train().size(), split.heldOut().size(), cv, held, text);
  }
}
