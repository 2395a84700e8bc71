package org.newsgraph.app.service;

import org.newsgraph.core.BoundedAnalysis;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.extract.ExtractionStages;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * The standard analysis for the CLI and the server: the NLP stage built from the configuration's {@code nlp}
 * section, then {@link ExtractionStages} (the Spark job builds the same), run within the configuration's {@code
 * limits} ({@link BoundedAnalysis}). One per JVM is enough.
 */
public final class AnalysisPipeline {
  private AnalysisPipeline() {}

  public static BoundedAnalysis standard(NewsgraphConfig config) {
    return new BoundedAnalysis(ExtractionStages.after(nlp(config)), config.limits());
  }

  public static CoreNlpStage nlp(NewsgraphConfig config) {
    return new CoreNlpStage(config.nlp(), config.limits());
  }
}
