package org.newsgraph.core;

import java.util.Set;

/**
 * One step of analysis. A stage declares what it needs and what it gives; {@link Pipeline} checks that once, when
 * it is built. {@link #apply} returns a new value and never mutates its input. Expensive models load once per JVM,
 * not per call.
 */
public interface Stage {
  /** Versioned id, stored with everything the stage produced: {@code "nlp.corenlp.v1"}. */
  String id();

  Set<Facet> requires();

  Set<Facet> provides();

  AnalyzedArticle apply(AnalyzedArticle in);

  /**
   * Loads what the stage needs (models, tables) if it is not loaded yet; {@link BoundedAnalysis} calls it before a
   * stage's time starts, so that loading once per JVM never counts against one document's budget.
   */
  default void load() {}
}
