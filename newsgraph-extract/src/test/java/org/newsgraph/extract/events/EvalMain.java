package org.newsgraph.extract.events;

import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.extract.NlpCache;
import java.nio.file.Path;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;

/** Development aid: {@code EvalMain GOLD CACHE_DIR [OUT]} runs the evaluation with the parse cache. */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) throws Exception {
    CoreNlpStage[] nlp = new CoreNlpStage[1];
    NlpCache cache = new NlpCache(a -> {
      if (nlp[0] == null) {
        nlp[0] = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
      }
      return nlp[0].apply(AnalyzedArticle.of(a));
    }, Path.of(args[1]));
    EntityLinkingStage ents = new EntityLinkingStage();
    TimeTaggingStage times = new TimeTaggingStage();
    EventEvaluation eval = new EventEvaluation(a -> times.apply(ents.apply(cache.apply(a))));
    System.out.print(eval.run(Path.of(args[0]), args.length > 2 ? Path.of(args[2]) : null).summary());
  }
}
