package org.newsgraph.extract.claims;

import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.extract.NlpCache;
import java.nio.file.Path;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.nlp.CoreNlpStage;

/** Development aid: {@code CacheMain SPLIT_DIR CACHE_DIR} runs CoreNLP over a PolNeAR split into the cache. */
public final class CacheMain {
  private CacheMain() {}

  public static void main(String[] args) throws Exception {
    CoreNlpStage stage = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
    NlpCache cache = new NlpCache(a -> stage.apply(AnalyzedArticle.of(a)), Path.of(args[1]));
    int n = 0;
    for (Path p : PolnearCorpus.texts(Path.of(args[0]))) {
      cache.apply(PolnearCorpus.article(p));
      System.err.println(++n + " " + p.getFileName());
    }
  }
}
