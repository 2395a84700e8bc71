package org.newsgraph.extract;

import java.time.LocalDate;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.testkit.Nlp;

/**
 * The extract tests' analysis: real CoreNLP (the test kit's, loaded once per JVM), then entity linking and time
 * tagging, which is what the claim and event stages need. Tests that use it are model tests ({@code @Tag("models")}).
 */
public final class Analysis {
  private static final EntityLinkingStage ENTITIES = new EntityLinkingStage();
  private static final TimeTaggingStage TIMES = new TimeTaggingStage();

  private Analysis() {}

  /** NLP, entities and times of {@code a}. */
  public static AnalyzedArticle upToTimes(Article a) {
    return TIMES.apply(ENTITIES.apply(Nlp.parse(a)));
  }

  /** NLP, entities and times of {@code text} as a plain article dated {@code published}. */
  public static AnalyzedArticle upToTimes(String text, LocalDate published) {
    return upToTimes(Article.ofText("test", text, published));
  }
}
