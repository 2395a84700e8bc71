package org.newsgraph.extract.events;

import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Span;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;

/** Real CoreNLP, entity linking and times for the event tests: loaded once per test JVM. */
final class Analysis {
  private static final CoreNlpStage NLP = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
  private static final EntityLinkingStage ENTITIES = new EntityLinkingStage();
  private static final TimeTaggingStage TIMES = new TimeTaggingStage();

  private Analysis() {}

  /** NLP, entities and times: everything the event stage needs. */
  static AnalyzedArticle upToTimes(Article a) {
    return TIMES.apply(ENTITIES.apply(NLP.apply(AnalyzedArticle.of(a))));
  }

  static Article article(String text, java.time.LocalDate published) {
    return new Article(ArticleIds.of(text), "test", null, null, null, null, published, null, List.of(), List.of(),
        List.of(new Span(0, text.length())), "en", text);
  }
}
