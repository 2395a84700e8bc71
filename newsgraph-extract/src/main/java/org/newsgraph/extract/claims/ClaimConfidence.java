package org.newsgraph.extract.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Softmax;

/**
 * How sure the stage is of a claim: the probability that it is fully right (a real attribution, with the right
 * cue, content, and source as shown), fitted by {@link ClaimConfidenceTrainer} in two steps:
 * <ul>
 * <li>the <b>base</b> model: a logistic regression over {@link ClaimFeatures}, fitted on the stage's claims on
 * PolNeAR's train split (many claims, judged against its gold);</li>
 * <li>the <b>news</b> calibration: a logistic regression over the base log-odds (Platt scaling) and a few of the
 * claim's own indicators where real news and PolNeAR disagree on what is right (PolNeAR's annotators mark "wants
 * to", "attacked X" as attributions, the real-news labels do not), fitted on the labelled real news of the dev
 * split, so that on real news of the claims given 0.8 about 80% are right. The trainer chooses those indicators
 * itself from the news examples (their number by cross-validation by article); the news model's weights name them.
 * A fixed hand-picked set (source kind, cue kind and class, quotation) calibrated worse (docs/BENCHMARKS.md).</li>
 * </ul>
 * Without the shipped model file, claims have no confidence (null). The same two-step model, fitted by the same
 * trainer, gives entity mentions and time expressions theirs ({@link #resource}).
 */
public final class ClaimConfidence {
  static final String RESOURCE = "claim-confidence-model.tsv.gz";
  static final String MODEL = "confidence";
  static final String NEWS = "news";

  private final Softmax model;
  private final Softmax news;
  private final Set<String> shifts;

  /** A claim and the features its confidence comes from ({@link ClaimFeatures}). */
  public record Scored(org.newsgraph.core.Claim claim, Map<String, Double> features) {
    public Scored {
      features = Map.copyOf(features);
    }
  }

  ClaimConfidence(Softmax model, Softmax news) {
    this.model = model;
    this.news = news;
    Set<String> s = new TreeSet<>();
    if (news != null) {
      s.addAll(news.weights().keySet());
      s.remove(Softmax.BIAS);
      s.remove(BASE_LOGIT);
    }
    this.shifts = Set.copyOf(s);
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
    return resource(ClaimConfidence.class, RESOURCE);
  }

  /** The model in the resource {@code name} beside {@code owner} (written by the trainer); none when it is missing. */
  public static ClaimConfidence resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        return untrained();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(ModelFiles.resource(owner, name));
  }

  /** The confidence of an item with these features, to three decimals; null without a model. */
  public Double of(Map<String, Double> features) {
    if (model == null) {
      return null;
    }
    double p = model.probabilities(features)[1];
    if (news != null) {
      p = news.probabilities(calibration(p, features, shifts))[1];
    }
    return Math.round(p * 1000) / 1000.0;
  }

  static final String BASE_LOGIT = "base_logit";

  /**
   * What the news calibration reads: the base model's log-odds, and those of the claim's features that are among
   * {@code shifts} (the indicators the calibration was fitted with).
   */
  static Map<String, Double> calibration(double base, Map<String, Double> features, Set<String> shifts) {
    double q = Math.min(0.999, Math.max(0.001, base));
    Map<String, Double> f = new TreeMap<>();
    f.put(BASE_LOGIT, Math.log(q / (1 - q)));
    for (String s : shifts) {
      Double v = features.get(s);
      if (v != null) {
        f.put(s, v);
      }
    }
    return f;
  }

  /** The base model's probability alone (what the news calibration starts from). */
  double base(Map<String, Double> features) {
    return model.probabilities(features)[1];
  }
}
