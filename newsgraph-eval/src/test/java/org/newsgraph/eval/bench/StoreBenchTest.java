package org.newsgraph.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.store.NewsStore;

class StoreBenchTest {
  @Test
  void the_reads_sample_a_kept_store_as_it_was_built_even_with_another_article_count(@TempDir Path dir) {
    List<AnalyzedArticle> real = List.of(SyntheticArticlesTest.real());
    try (NewsStore store = NewsStore.open(dir)) {
      StoreBench.build(store, new SyntheticArticles(real, 5, 200), 200, done -> { });
      // the same store topped up by a run with another --articles: its generator makes another tail of variants
      SyntheticArticles other = new SyntheticArticles(real, 5, 1_000_000);
      List<AnalyzedArticle> sample = StoreBench.sample(store, other, 200, 60, 21);

      assertFalse(sample.isEmpty());
      Set<String> named = new HashSet<>();
      for (AnalyzedArticle a : sample) {
        a.entities().stream().map(Entity::id).forEach(named::add);
      }
      for (String id : named) {
        assertTrue(store.entity(id).isPresent(), "the sample names " + id + ", which the store lacks");
      }
      // and the generator alone would have named variants the store does not hold
      Set<String> made = new HashSet<>();
      for (AnalyzedArticle a : sample) {
        String i = a.article().source().substring(a.article().source().lastIndexOf('/') + 1);
        other.article(Long.parseLong(i)).entities().stream().map(Entity::id).forEach(made::add);
      }
      assertTrue(made.stream().anyMatch(id -> store.entity(id).isEmpty()));
      assertEquals(sample, StoreBench.sample(store, other, 200, 60, 21));
    }
  }
}
