package org.newsgraph.extract.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.extract.NlpCache;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * Development aid behind {@code newsgraph train attribution} (the documented way to rebuild the shipped model):
 * {@code TrainMain SPLIT_DIR CACHE_DIR OUT_FILE [cached-only]} trains the {@link AttributionModel} with the extract
 * module's classes only, the NLP output (CoreNLP at its default settings) cached in CACHE_DIR. Train split only.
 * {@code cached-only} skips articles not in the cache (quick experiments, not the shipped model).
 */
public final class TrainMain {
  private TrainMain() {}

  public static void main(String[] args) throws Exception {
    CoreNlpStage stage = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
    NlpCache cache = new NlpCache(a -> stage.apply(AnalyzedArticle.of(a)), Path.of(args[1]));
    boolean cachedOnly = args.length > 3 && args[3].equals("cached-only");
    Function<Article, AnalyzedArticle> analysis = !cachedOnly ? cache : a -> {
      if (!Files.exists(Path.of(args[1]).resolve(a.id() + ".tsv"))) {
        throw new IllegalStateException("not cached");
      }
      return cache.apply(a);
    };
    new AttributionModelTrainer(analysis).train(Path.of(args[0]), Path.of(args[2]), System.err::println);
  }
}
