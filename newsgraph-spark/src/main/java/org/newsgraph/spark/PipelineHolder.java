package org.newsgraph.spark;

import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.core.BoundedAnalysis;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.extract.ExtractionStages;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * One pipeline per JVM (per executor), built on first use from the configuration the driver shipped (its
 * {@link NewsgraphConfig#settings()}): the NLP stage from its {@code nlp} section, then the same
 * {@link ExtractionStages} as the CLI and the server. Tasks of the same executor share it, so the models load once
 * per executor, not once per task or per partition.
 */
final class PipelineHolder {
  private static Map<String, String> builtFor;
  private static BoundedAnalysis pipeline;
  private static int builds;

  private PipelineHolder() {}

  /** The pipeline for {@code settings} (configuration keys as in the config file). */
  static synchronized BoundedAnalysis get(Map<String, String> settings) {
    Map<String, String> key = new TreeMap<>(settings);
    if (pipeline == null || !key.equals(builtFor)) {
      NewsgraphConfig config = NewsgraphConfig.of(key, "newsgraph spark configuration");
      pipeline = new BoundedAnalysis(ExtractionStages.after(new CoreNlpStage(config.nlp(), config.limits())),
          config.limits());
      builtFor = key;
      builds++;
    }
    return pipeline;
  }

  /** How many pipelines this JVM has built (tests: one per executor). */
  static synchronized int builds() {
    return builds;
  }
}
