package org.newsgraph.extract.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.extract.NlpCache;
import org.newsgraph.nlp.CoreNlpStage;
import org.newsgraph.nlp.NlpSettings;

/**
 * Trains the shipped cue model: {@code TrainMain SPLIT_DIR CACHE_DIR OUT_FILE}, e.g. {@code TrainMain
 * ../shared/data/polnear/train /tmp/claims-nlp-cache/train
 * newsgraph-extract/src/main/resources/org/newsgraph/extract/claims/cue-model.tsv.gz}. The NLP output (CoreNLP at
 * our default settings) is cached in CACHE_DIR and computed for any article not there yet. Train split only. A
 * fourth argument {@code cached-only} skips articles not in the cache (for quick experiments, not the shipped model).
 */
public final class TrainMain {
  private TrainMain() {}

  public static void main(String[] args) throws Exception {
    CoreNlpStage stage = new CoreNlpStage(NlpSettings.defaults());
    NlpCache cache = new NlpCache(a -> stage.apply(AnalyzedArticle.of(a)), Path.of(args[1]));
    boolean cachedOnly = args.length > 3 && args[3].equals("cached-only");
    Function<Article, AnalyzedArticle> analysis = !cachedOnly ? cache : a -> {
      if (!Files.exists(Path.of(args[1]).resolve(a.id() + ".tsv"))) {
        throw new IllegalStateException("not cached");
      }
      return cache.apply(a);
    };
    new CueModelTrainer(analysis).train(Path.of(args[0]), Path.of(args[2]), System.err::println);
  }
}
