package org.newsgraph.testkit;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Stage;

/** Stages that stand in for the models in tests of what is around the analysis (ingest, the store, the server). */
public final class TestStages {
  private TestStages() {}

  /** A stage {@code id} that needs the text, adds nothing of its own and answers {@code apply} of each article. */
  public static Stage onText(String id, UnaryOperator<AnalyzedArticle> apply) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(apply, "apply");
    return new Stage() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Set<Facet> requires() {
        return EnumSet.of(Facet.TEXT);
      }

      @Override
      public Set<Facet> provides() {
        return EnumSet.noneOf(Facet.class);
      }

      @Override
      public AnalyzedArticle apply(AnalyzedArticle in) {
        return apply.apply(in);
      }
    };
  }

  /** A stage that keeps every article as it is. */
  public static Stage nothing() {
    return onText("test.nothing.v1", UnaryOperator.identity());
  }
}
