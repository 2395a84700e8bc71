package org.newsgraph.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.extract.claims.ClaimConfidence;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.time.engine.RuleEngine;

/**
 * How sure the tagger is of a time expression: the probability that a gold TIMEX3 overlaps it and has its value,
 * from a logistic regression over {@link TimeFeatures} fitted on the tagger's output on TempEval-3 train (the same
 * model and trainer as the claims' confidence, {@link ClaimConfidence}; written by {@code newsgraph train
 * time-confidence}). Without the shipped model file, times have no confidence (null).
 */
public final class TimeConfidence {
  static final String RESOURCE = "time-confidence-model.tsv.gz";

  private static final class Holder {
    static final ClaimConfidence SHIPPED = ClaimConfidence.resource(TimeConfidence.class, RESOURCE);
  }

  /** A time expression and the features its confidence comes from. */
  public record Scored(TimeExpression time, Map<String, Double> features) {
    public Scored {
      features = Map.copyOf(features);
    }
  }

  private TimeConfidence() {}

  /** The tagger's expressions with their features, the confidence not yet set. */
  static List<Scored> scored(String text, List<RuleEngine.Tagged> tagged) {
    List<Scored> out = new ArrayList<>(tagged.size());
    for (RuleEngine.Tagged t : tagged) {
      out.add(new Scored(t.time(), TimeFeatures.of(text, t)));
    }
    return out;
  }

  /** The shipped model file's contents, or null when it is missing (what {@code eval temporal} measures). */
  public static ModelFiles.Contents shippedModel() {
    return TimeConfidence.class.getResource(RESOURCE) == null ? null : ModelFiles.resource(TimeConfidence.class, RESOURCE);
  }

  /** The expression with the shipped model's confidence (null without the model). */
  static TimeExpression apply(Scored s) {
    return s.time().withConfidence(Holder.SHIPPED.of(s.features()));
  }
}
