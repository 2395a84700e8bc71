package org.newsgraph.eval.harness;

import java.nio.file.Path;
import java.util.function.Function;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * The analysis a task runs before the stage it measures, built from the same configuration as ingest, with the NLP
 * output kept in a folder between runs when one is given (the models then load only for articles not in it).
 */
public final class Analyses {
  private Analyses() {}

  /** CoreNLP alone, for the stages that need nothing else. */
  public static Function<Article, AnalyzedArticle> nlp(NewsgraphConfig config, Path cacheDir) {
    CoreNlpStage nlp = AnalysisPipeline.nlp(config);
    Function<Article, AnalyzedArticle> f = a -> nlp.apply(AnalyzedArticle.of(a));
    return cacheDir == null ? f : new NlpCache(f, cacheDir);
  }

  /** CoreNLP, entities and times: what ingest runs before the claim and event stages. */
  public static Function<Article, AnalyzedArticle> upToTimes(NewsgraphConfig config, Path cacheDir) {
    Function<Article, AnalyzedArticle> nlp = nlp(config, cacheDir);
    EntityLinkingStage entities = new EntityLinkingStage();
    TimeTaggingStage times = new TimeTaggingStage();
    return a -> times.apply(entities.apply(nlp.apply(a)));
  }

  /** CoreNLP, entities, times and claims: what ingest runs before the event stage. */
  public static Function<Article, AnalyzedArticle> upToClaims(NewsgraphConfig config, Path cacheDir) {
    Function<Article, AnalyzedArticle> upToTimes = upToTimes(config, cacheDir);
    AttributionStage claims = new AttributionStage();
    return a -> claims.apply(upToTimes.apply(a));
  }

  /** The whole standard analysis (what ingest stores): CoreNLP, entities, times, claims, events. */
  public static Function<Article, AnalyzedArticle> full(NewsgraphConfig config, Path cacheDir) {
    Function<Article, AnalyzedArticle> upToClaims = upToClaims(config, cacheDir);
    EventStage events = new EventStage();
    return a -> events.apply(upToClaims.apply(a));
  }
}
