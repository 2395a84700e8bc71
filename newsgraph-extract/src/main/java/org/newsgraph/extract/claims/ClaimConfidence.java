package org.newsgraph.extract.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Softmax;

/**
 * How sure the stage is of a claim: the probability that it is fully right (a real attribution, with the right
 * cue, content, and source as shown), fitted by {@link ClaimConfidenceTrainer} in two steps:
 * <ul>
 * <li>the <b>base</b> model: a logistic regression over {@link ClaimFeatures}, fitted on the stage's claims on
 * PolNeAR's train split (many claims, judged against its gold);</li>
 * <li>the <b>news</b> calibration: a logistic regression over the base log-odds alone (Platt scaling), fitted on the
 * labelled real news of the dev split, so that on real news of the claims given 0.8 about 80% are right. Adding the
 * coarse features (how the source was found, the cue's kind and class, quotation) calibrated worse in the
 * cross-validation by article (docs/BENCHMARKS.md): 473 claims are too few for more than two numbers.</li>
 * </ul>
 * Without the shipped model file, claims have no confidence (null).
 */
public final class ClaimConfidence {
  static final String RESOURCE = "claim-confidence-model.tsv.gz";
  static final String MODEL = "confidence";
  static final String NEWS = "news";

  private final Softmax model;
  private final Softmax news;

  /** A claim and the features its confidence comes from ({@link ClaimFeatures}). */
  public record Scored(org.newsgraph.core.Claim claim, Map<String, Double> features) {
    public Scored {
      features = Map.copyOf(features);
    }
  }

  ClaimConfidence(Softmax model, Softmax news) {
    this.model = model;
    this.news = news;
  }

  private static final class Holder {
    static final ClaimConfidence SHIPPED = load();
  }

  /** The shipped model, or none when the file is missing. */
  static ClaimConfidence shipped() {
    return Holder.SHIPPED;
  }

  /** No model: every claim's confidence is unknown. */
  static ClaimConfidence untrained() {
    return new ClaimConfidence(null, null);
  }

  /** The model of a file written by {@link ClaimConfidenceTrainer}. */
  public static ClaimConfidence of(ModelFiles.Contents c) {
    return new ClaimConfidence(c.model(MODEL), c.models().get(NEWS));
  }

  private static ClaimConfidence load() {
    try (InputStream in = ClaimConfidence.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return untrained();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(ModelFiles.resource(ClaimConfidence.class, RESOURCE));
  }

  /** The confidence of a claim with these features, to three decimals; null without a model. */
  Double of(Map<String, Double> features) {
    if (model == null) {
      return null;
    }
    double p = model.probabilities(features)[1];
    if (news != null) {
      p = news.probabilities(calibration(p))[1];
    }
    return Math.round(p * 1000) / 1000.0;
  }

  /** What the news calibration reads: the base model's log-odds. */
  static Map<String, Double> calibration(double base) {
    double q = Math.min(0.999, Math.max(0.001, base));
    return Map.of("base_logit", Math.log(q / (1 - q)));
  }

  /** The base model's probability alone (what the news calibration starts from). */
  double base(Map<String, Double> features) {
    return model.probabilities(features)[1];
  }
}
