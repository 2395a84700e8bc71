package org.newsgraph.eval.confidence;

import java.util.List;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Reliability;

/**
 * The reliability tables of a confidence model fitted by {@link ClaimConfidenceTrainer}, cross-validated by the
 * examples' keys (their documents): what {@code train time-confidence}, {@code train mention-confidence}, {@code
 * eval temporal} and {@code eval ner} print.
 */
public final class ConfidenceTables {
  private ConfidenceTables() {}

  /**
   * Each example given a confidence by a model fitted without its document (five folds by key, the penalty of
   * {@code model}): the base model alone when {@code model} has no calibration step, else the base model of {@code
   * model} and a calibration chosen and fitted without the document (on the calibration examples only).
   */
  public static Reliability crossValidated(ModelFiles.Contents model, List<ClaimConfidenceTrainer.Example> examples) {
    if (model.models().containsKey("news")) {
      return ClaimConfidenceTrainer.newsCrossValidated(model, examples);
    }
    double[] p = ClaimConfidenceTrainer.outOfFold(examples, model.param("l2", 1e-2));
    Reliability r = new Reliability(10);
    for (int i = 0; i < p.length; i++) {
      r.add(Math.round(p[i] * 1000) / 1000.0, examples.get(i).right());
    }
    return r;
  }

  /** The model as it is on these examples (in-sample when it was fitted on them). */
  public static Reliability asFitted(ModelFiles.Contents model, List<ClaimConfidenceTrainer.Example> examples) {
    return ClaimConfidenceTrainer.reliability(model, examples);
  }
}
