package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.DocumentError;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Facet;
import org.newsgraph.testkit.ArticleBuilder;

class SaveAndReadTest {
  @TempDir
  Path dir;

  @Test
  void an_article_comes_back_with_its_entities_mentions_and_times() {
    AnalyzedArticle saved = Samples.kursk();
    try (NewsStore store = NewsStore.open(dir)) {
      SaveResult r = store.save(List.of(saved), List.of(), "run-1");
      assertEquals(List.of(saved.article().id()), r.stored());
      assertEquals(List.of(), r.skippedDuplicates());
    }
    try (NewsStore store = NewsStore.open(dir)) {
      AnalyzedArticle back = store.article(saved.article().id()).orElseThrow();
      assertEquals(saved.article(), back.article());
      assertEquals(saved.entities(), back.entities());
      assertEquals(saved.mentions(), back.mentions());
      assertEquals(saved.times(), back.times());
      assertEquals(saved.stageIds(), back.stageIds());
      assertEquals(List.of(), back.sentences());
      assertEquals(Set.of(Facet.TEXT, Facet.ENTITIES, Facet.TIMES, Facet.CLAIMS, Facet.EVENTS), back.facets());
      assertTrue(store.contains(saved.article().id()));
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void an_unknown_article_is_empty_not_an_error() {
    try (NewsStore store = NewsStore.open(dir)) {
      assertTrue(store.article("0000000000000000").isEmpty());
      assertFalse(store.contains("0000000000000000"));
    }
  }

  @Test
  void saving_the_same_article_again_stores_nothing_and_logs_a_duplicate() {
    AnalyzedArticle a = Samples.kursk();
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(a), List.of(), "run-1");
      int entities = store.topEntities(100).size();
      SaveResult again = store.save(List.of(a, Samples.factory()), List.of(), "run-2");
      assertEquals(List.of(Samples.factory().article().id()), again.stored());
      assertEquals(List.of(a.article().id()), again.skippedDuplicates());
      SaveResult third = store.save(List.of(a), List.of(), "run-3");
      assertEquals(List.of(), third.stored());
      assertEquals(2, store.articleCount());
      assertEquals(entities + 1, store.topEntities(100).size()); // the factory article adds Kim only
      assertEquals(3, store.entity(Samples.RUS).orElseThrow().mentionCount()); // not 5: the repeat added nothing

      IngestLogEntry last = store.ingestLog(1).get(0);
      assertEquals("run-3", last.runId());
      assertEquals(IngestLogEntry.DUPLICATE, last.status());
      assertEquals(a.article().id(), last.articleId());
      assertEquals("samples/kursk.txt", last.source());
      assertEquals("already stored", last.message());
    }
  }

  @Test
  void an_article_repeated_within_a_batch_is_stored_once() {
    AnalyzedArticle a = Samples.kursk();
    try (NewsStore store = NewsStore.open(dir)) {
      SaveResult r = store.save(List.of(a, a), List.of(), "run-1");
      assertEquals(List.of(a.article().id()), r.stored());
      assertEquals(List.of(a.article().id()), r.skippedDuplicates());
      assertEquals(1, store.articleCount());
      assertEquals("repeated in the same batch", store.ingestLog(1).get(0).message());
    }
  }

  @Test
  void a_batch_with_one_bad_article_stores_nothing_and_names_that_article() {
    AnalyzedArticle good = Samples.kursk();
    AnalyzedArticle bad = ArticleBuilder.text("Short text about Russia.")
        .id("badbadbadbadbad0")
        .source("samples/bad.txt")
        .entity(Samples.RUS, EntityType.COUNTRY, "Russia")
        .mentionAt(0, 900, Samples.RUS)
        .build();
    try (NewsStore store = NewsStore.open(dir)) {
      StoreException e = assertThrows(StoreException.class,
          () -> store.save(List.of(good, bad), List.of(), "run-1"));
      assertTrue(e.getMessage().contains("badbadbadbadbad0"), e.getMessage());
      assertTrue(e.getMessage().contains("samples/bad.txt"), e.getMessage());
      assertTrue(e.getMessage().contains("[0, 900) is outside the text"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
      assertEquals(0, store.articleCount());
      assertFalse(store.contains(good.article().id()));
      assertEquals(List.of(), store.topEntities(10));
      assertEquals(List.of(), store.ingestLog(10));
      assertEquals(0, store.search("Kursk", 10).total());

      // the connection is still good: the good article alone goes in
      assertEquals(1, store.save(List.of(good), List.of(), "run-2").stored().size());
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void a_mention_of_an_entity_the_article_does_not_list_is_refused() {
    AnalyzedArticle bad = ArticleBuilder.text("Russia said so.")
        .mention("Russia", Samples.RUS)
        .build();
    try (NewsStore store = NewsStore.open(dir)) {
      StoreException e = assertThrows(StoreException.class, () -> store.save(List.of(bad), List.of(), "r"));
      assertTrue(e.getMessage().contains("points to entity country:RUS, which the article does not list"),
          e.getMessage());
    }
  }

  @Test
  void document_errors_are_logged_as_failed() {
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(Samples.kursk()), List.of(new DocumentError("in/broken.html", null, "read",
          "no article text found")), "run-7");
      List<IngestLogEntry> log = store.ingestLog(10);
      assertEquals(2, log.size());
      IngestLogEntry failed = log.get(0);
      assertEquals(IngestLogEntry.FAILED, failed.status());
      assertEquals("in/broken.html", failed.source());
      assertNull(failed.articleId());
      assertEquals("read: no article text found", failed.message());
      IngestLogEntry stored = log.get(1);
      assertEquals(IngestLogEntry.STORED, stored.status());
      assertEquals("run-7", stored.runId());
      assertTrue(Math.abs(stored.at().toEpochMilli() - System.currentTimeMillis()) < 60_000, stored.at()::toString);
    }
  }

  @Test
  void articles_are_listed_newest_first_and_undated_last() {
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(Samples.undated(), Samples.kursk(), Samples.factory()), List.of(), "run-1");
      List<ArticleSummary> all = store.articles(0, 10);
      assertEquals(List.of("Kim visits missile factory", "North Korean troops pulled back from Kursk front, Seoul says",
          "Talks resume"), all.stream().map(ArticleSummary::headline).toList());
      ArticleSummary first = all.get(0);
      assertEquals(LocalDate.of(2025, 3, 8), first.published());
      assertNull(first.updated());
      assertEquals("SEOUL", first.dateline());
      assertEquals("samples/factory.txt", first.source());
      assertEquals(List.of("North Korean troops pulled back from Kursk front, Seoul says"),
          store.articles(1, 1).stream().map(ArticleSummary::headline).toList());
      assertEquals(List.of(), store.articles(3, 10));
    }
  }

  @Test
  void a_closed_store_says_so_and_closing_twice_is_harmless() {
    NewsStore store = NewsStore.open(dir);
    store.close();
    store.close();
    StoreException e = assertThrows(StoreException.class, () -> store.articleCount());
    assertEquals("store " + dir + " is closed", e.getMessage());
    assertThrows(StoreException.class, () -> store.search("Kursk", 10));
  }

  @Test
  void articles_read_together_are_the_articles_read_one_by_one() {
    try (NewsStore s = NewsStore.open(dir.resolve("together"))) {
      s.save(List.of(Samples.kursk(), Samples.factory(), Samples.undated()), List.of(), "run");
      List<String> ids = List.of(Samples.factory().article().id(), Samples.kursk().article().id(), "0000000000000000");
      java.util.Map<String, org.newsgraph.core.AnalyzedArticle> together = s.articles(ids);
      assertEquals(2, together.size());
      for (String id : ids.subList(0, 2)) {
        assertEquals(s.article(id).orElseThrow(), together.get(id));
      }
      assertEquals(Samples.kursk().mentions(), together.get(Samples.kursk().article().id()).mentions());
      assertEquals(Samples.factory().times(), together.get(Samples.factory().article().id()).times());
    }
  }
}
