package org.newsgraph.testkit;

import java.time.LocalDate;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * Real CoreNLP at the settings ingest uses, loaded once per test JVM (the models take seconds and a gigabyte). Tests
 * that use it are model tests: tag them {@code @Tag("models")} so that {@code mvn test} leaves them to {@code verify}.
 */
public final class Nlp {
  private static CoreNlpStage stage;

  private Nlp() {}

  /** Sentences, tokens, POS, lemmas, NER and dependencies of {@code article}. */
  public static AnalyzedArticle parse(Article article) {
    return stage().apply(AnalyzedArticle.of(article));
  }

  /** {@code text} as a plain article (paragraphs between blank lines) dated {@code published}, parsed. */
  public static AnalyzedArticle parse(String text, LocalDate published) {
    return parse(Article.ofText("test", text, published));
  }

  private static synchronized CoreNlpStage stage() {
    if (stage == null) {
      stage = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
    }
    return stage;
  }
}
