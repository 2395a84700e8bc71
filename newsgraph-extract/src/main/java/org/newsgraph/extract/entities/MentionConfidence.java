package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Mention;
import org.newsgraph.extract.claims.ClaimConfidence;
import org.newsgraph.extract.learn.ModelFiles;

/**
 * How sure the entity stage is of a mention: the probability that it is a real name with those bounds and its
 * entity's type, from the claims' two-step model ({@link ClaimConfidence}, fitted by the same trainer; written by
 * {@code newsgraph train mention-confidence}): a logistic regression over {@link MentionFeatures} fitted on the
 * stage's mentions on CoNLL-2003 eng.train, then calibrated on eng.testa. The calibration step is needed because the
 * CRF under the recogniser was trained on eng.train: there its tags are right 99% of the time, and a model fitted
 * there alone is too sure of itself on any other text. Without the shipped model file, mentions have no confidence
 * (null).
 */
public final class MentionConfidence {
  static final String RESOURCE = "mention-confidence-model.tsv.gz";

  private static final class Holder {
    static final ClaimConfidence SHIPPED = ClaimConfidence.resource(MentionConfidence.class, RESOURCE);
  }

  /** A mention and the features its confidence comes from. */
  public record Scored(Mention mention, Map<String, Double> features) {
    public Scored {
      features = Map.copyOf(features);
    }
  }

  private MentionConfidence() {}

  static List<Scored> scored(MentionFeatures features, List<Mention> mentions) {
    List<Scored> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(new Scored(m, features.of(m)));
    }
    return out;
  }

  /** The shipped model file's contents, or null when it is missing (what {@code eval ner} measures). */
  public static ModelFiles.Contents shippedModel() {
    return MentionConfidence.class.getResource(RESOURCE) == null ? null : ModelFiles.resource(MentionConfidence.class, RESOURCE);
  }

  /** The mention with the shipped model's confidence (null without the model). */
  static Mention apply(Scored s) {
    return s.mention().withConfidence(Holder.SHIPPED.of(s.features()));
  }
}
