package org.newsgraph.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;

/** What the {@code eval} commands share: checking the gold path, the analysis they run, and the exit code. */
final class Evaluations {
  private Evaluations() {}

  static void requireFolder(Path gold) {
    if (!Files.isDirectory(gold)) {
      throw new IllegalArgumentException(gold + ": no such folder");
    }
  }

  static void requireFile(Path gold) {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException(gold + ": no such file");
    }
  }

  /** CoreNLP alone, for the stages that need nothing else. */
  static Function<Article, AnalyzedArticle> nlp(CommonOptions common) {
    CoreNlpStage nlp = AnalysisPipeline.nlp(common.config());
    return a -> nlp.apply(AnalyzedArticle.of(a));
  }

  /** CoreNLP, entities and times: what ingest runs before the claim and event stages. */
  static Function<Article, AnalyzedArticle> nlpEntitiesTimes(CommonOptions common) {
    Function<Article, AnalyzedArticle> nlp = nlp(common);
    EntityLinkingStage entities = new EntityLinkingStage();
    TimeTaggingStage times = new TimeTaggingStage();
    return a -> times.apply(entities.apply(nlp.apply(a)));
  }

  /** Some input could not be scored: the figures stand, but scripts should notice. */
  static int exitCode(int skipped) {
    return skipped > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
  }
}
