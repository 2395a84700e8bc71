package org.newsgraph.spark;

import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Pipeline;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;
import org.newsgraph.nlp.NlpSettings;

/**
 * The stages the Spark job runs: the same list as the app's {@code AnalysisPipeline.standard} (a test in this
 * module checks that the two lists of stage ids are equal, so they cannot drift apart). No Spark types here.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  public static Pipeline of(NewsgraphConfig config) {
    return Pipeline.of(new CoreNlpStage(new NlpSettings(config.nlp().dependencies())), new EntityLinkingStage(),
        new TimeTaggingStage(), new AttributionStage(), new EventStage());
  }
}
