package org.newsgraph.app.service;

import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Pipeline;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;
import org.newsgraph.nlp.NlpSettings;

/** The standard analysis: CoreNLP, then entity linking, then time normalisation. One per JVM is enough. */
public final class AnalysisPipeline {
  private AnalysisPipeline() {}

  public static Pipeline standard(NewsgraphConfig config) {
    return Pipeline.of(nlp(config), new EntityLinkingStage(), new TimeTaggingStage());
  }

  public static CoreNlpStage nlp(NewsgraphConfig config) {
    return new CoreNlpStage(new NlpSettings(config.nlp().dependencies()));
  }
}
