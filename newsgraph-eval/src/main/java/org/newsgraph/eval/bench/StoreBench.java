package org.newsgraph.eval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoreFiles;

/**
 * The store at scale ({@code bench store}): a store of N synthetic articles ({@link SyntheticArticles}) written
 * through the store's ordinary save (one DuckDB transaction per batch, appenders for the rows, then the search
 * index), the reads of {@link StoreReads} over it, the time to save 1,000 more articles into it against into an
 * empty store, and its bytes on disk per article.
 */
public final class StoreBench {
  /** Articles per save while building: the batch the ingest command saves at most. */
  public static final int BATCH = 1000;
  public static final int MORE = 1000;

  private StoreBench() {}

  /** The real articles to re-combine: every article of {@code source}, with its sentence spans. */
  public static List<AnalyzedArticle> real(Path source, NewsgraphConfig.Stories stories) {
    try (NewsStore s = NewsStore.open(source, stories)) {
      List<String> ids = new ArrayList<>();
      for (int off = 0; ; off += 500) {
        List<ArticleSummary> page = s.articles(off, 500);
        page.forEach(a -> ids.add(a.id()));
        if (page.size() < 500) {
          break;
        }
      }
      ids.sort(null); // the same order whatever the store's, so that a seed gives the same articles
      return StoreFiles.analysed(s, ids);
    }
  }

  /**
   * Saves synthetic articles into {@code store} until it holds {@code n} of them (a store kept from an earlier run
   * is only topped up): batch after batch from the article after the last one saved. Answers the seconds taken.
   */
  public static double build(NewsStore store, SyntheticArticles gen, long n, LongConsumer progress) {
    long have = store.articleCount();
    long t0 = System.nanoTime();
    for (long i = have; i < n; i += BATCH) {
      store.save(gen.articles(i, Math.min(n, i + BATCH)), List.of(), "bench-store");
      progress.accept(Math.min(n, i + BATCH));
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The seconds to save {@code more} into {@code store}, in batches of {@link #BATCH}. */
  public static double ingest(NewsStore store, List<AnalyzedArticle> more) {
    long t0 = System.nanoTime();
    for (int i = 0; i < more.size(); i += BATCH) {
      store.save(more.subList(i, Math.min(more.size(), i + BATCH)), List.of(), "bench-store-more");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The seconds to save {@code more} into a new, empty store in a temporary folder (deleted after). */
  public static double ingestIntoEmpty(List<AnalyzedArticle> more, NewsgraphConfig.Stories stories) {
    Path dir;
    try {
      dir = Files.createTempDirectory("newsgraph-bench-empty-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (NewsStore s = NewsStore.open(dir, stories)) {
      return ingest(s, more);
    } finally {
      delete(dir);
    }
  }

  /**
   * A sample of the store's articles ({@code size} of the first {@code n}, at random), where the reads take their
   * arguments: read back from {@code store} as stored, not made again by {@code gen}, since a store built with another
   * {@code --articles} holds another tail of entity variants than {@code gen} would make now.
   */
  public static List<AnalyzedArticle> sample(NewsStore store, SyntheticArticles gen, long n, int size, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ids.add(gen.article(rnd.nextLong(n)).article().id());
    }
    return StoreFiles.analysed(store, ids);
  }

  /** The stories of the sampled articles, by article id. */
  public static Map<String, String> stories(NewsStore store, List<AnalyzedArticle> sample) {
    return store.storyOf(sample.stream().map(a -> a.article().id()).toList());
  }

  /** The bytes of every file under {@code dir}. */
  public static long bytes(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a file that went away while walking (a Lucene merge)
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
