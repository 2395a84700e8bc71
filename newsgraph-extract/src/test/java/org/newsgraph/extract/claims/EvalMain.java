package org.newsgraph.extract.claims;

import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.extract.NlpCache;
import java.nio.file.Path;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * Development aid for tuning: {@code EvalMain SPLIT_DIR CACHE_DIR [OUT_DIR]} scores a PolNeAR split with the NLP
 * output cached between runs (the CLI's {@code eval attribution} is the reference run).
 */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) throws Exception {
    CoreNlpStage stage = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
    NlpCache cache = new NlpCache(a -> stage.apply(AnalyzedArticle.of(a)), Path.of(args[1]));
    EntityLinkingStage entities = new EntityLinkingStage();
    TimeTaggingStage times = new TimeTaggingStage();
    Function<Article, AnalyzedArticle> analysis = a -> times.apply(entities.apply(cache.apply(a)));
    AttributionEvaluation.Report r = new AttributionEvaluation(analysis)
        .run(Path.of(args[0]), args.length > 2 ? Path.of(args[2]) : null, 0, null, System.err::println);
    System.out.print(r.summary());
  }
}
