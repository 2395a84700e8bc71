package org.newsgraph.app.service;

import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Pipeline;
import org.newsgraph.extract.ExtractionStages;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * The standard analysis for the CLI and the server: the NLP stage built from the configuration's {@code nlp}
 * section, then {@link ExtractionStages} (the Spark job builds the same). One per JVM is enough.
 */
public final class AnalysisPipeline {
  private AnalysisPipeline() {}

  public static Pipeline standard(NewsgraphConfig config) {
    return ExtractionStages.after(nlp(config));
  }

  public static CoreNlpStage nlp(NewsgraphConfig config) {
    return new CoreNlpStage(config.nlp());
  }
}
