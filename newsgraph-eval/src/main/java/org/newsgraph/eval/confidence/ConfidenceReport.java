package org.newsgraph.eval.confidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Reliability;

/**
 * What {@code eval temporal} and {@code eval ner} print of a shipped confidence model on the gold they read: its
 * reliability as shipped, and refitted five-fold by document on these examples with the shipped model's settings
 * ({@link ConfidenceTables#crossValidated}).
 *
 * @param shipped        the shipped model on the examples (in-sample where it was fitted on them)
 * @param crossValidated refitted without each document (for a two-step model: the calibration only)
 * @param base           a two-step model's base alone (its first step, before the calibration); null for one step
 */
public record ConfidenceReport(Reliability shipped, Reliability crossValidated, Reliability base) {
  /**
   * The report on {@code examples}; null without a shipped model. A two-step model's calibration is refitted on the
   * examples, its base kept: the examples then carry the calibration prefix.
   */
  public static ConfidenceReport of(ModelFiles.Contents model, List<ClaimConfidenceTrainer.Example> examples) {
    if (model == null) {
      return null;
    }
    List<ClaimConfidenceTrainer.Example> ex = examples;
    Reliability base = null;
    if (model.models().containsKey("news")) {
      base = ClaimConfidenceTrainer.baseReliability(model, examples);
      Predicate<String> calibrated = k -> k.startsWith(ClaimConfidenceTrainer.NEWS_PREFIX);
      ex = new ArrayList<>();
      for (ClaimConfidenceTrainer.Example e : examples) {
        ex.add(calibrated.test(e.key()) ? e : new ClaimConfidenceTrainer.Example(ClaimConfidenceTrainer.NEWS_PREFIX
            + e.key(), e.right(), e.features()));
      }
    }
    return new ConfidenceReport(ClaimConfidenceTrainer.reliability(model, examples),
        ConfidenceTables.crossValidated(model, ex), base);
  }

  /** The two tables for people. */
  public String text(String what, String items, String unit) {
    return String.format(Locale.ROOT, "%s as shipped (%d %s; in-sample if the model was fitted on them):%n%s"
        + "%s refitted five-fold by %s on these %s, with the shipped model's settings:%n%s", what, shipped.items(),
        items, shipped.text(), what, unit, items, crossValidated.text()) + (base == null ? ""
        : String.format(Locale.ROOT, "%s, the base model alone (before the calibration):%n%s", what, base.text()));
  }

  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("shipped", json(shipped));
    m.put("cross_validated", json(crossValidated));
    if (base != null) {
      m.put("base_alone", json(base));
    }
    return m;
  }

  private static Map<String, Object> json(Reliability r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", r.items());
    m.put("ece", r.expectedCalibrationError());
    List<Map<String, Object>> bins = new ArrayList<>();
    for (Reliability.Bin b : r.table()) {
      if (b.items() > 0) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("from", b.from());
        x.put("to", b.to());
        x.put("items", b.items());
        x.put("mean_confidence", b.meanGiven());
        x.put("share_right", b.shareRight());
        bins.add(x);
      }
    }
    m.put("bins", bins);
    return m;
  }
}
