package org.newsgraph.app.service;

import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Pipeline;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;
import org.newsgraph.nlp.NlpSettings;

/**
 * The standard analysis: CoreNLP, entity linking, time normalisation, attribution (claims), then events (which
 * use the claims to mark what is only claimed). One per JVM is enough.
 */
public final class AnalysisPipeline {
  private AnalysisPipeline() {}

  public static Pipeline standard(NewsgraphConfig config) {
    return Pipeline.of(nlp(config), new EntityLinkingStage(), new TimeTaggingStage(), new AttributionStage(),
        new EventStage());
  }

  public static CoreNlpStage nlp(NewsgraphConfig config) {
    return new CoreNlpStage(new NlpSettings(config.nlp().dependencies()));
  }
}
