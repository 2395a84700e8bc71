package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.DocumentError;

/** Parquet out and in with the store's schema; a store over Parquet tables answers in place and refuses writes. */
class ParquetExchangeTest {
  @TempDir Path dir;

  private List<AnalyzedArticle> samples() {
    return List.of(ClaimEventStoreTest.withClaimAndEvent(), ClaimEventStoreTest.withGroupClaim(),
        Samples.undated());
  }

  private Path exported() {
    Path out = dir.resolve("parquet");
    try (NewsStore store = NewsStore.open(dir.resolve("a"))) {
      store.save(samples(), List.of(), "run");
      StoreFiles.exportParquet(store, out);
    }
    return out;
  }

  @Test
  void exported_tables_import_into_a_fresh_store_unchanged() {
    Path out = exported();
    try (NewsStore a = NewsStore.open(dir.resolve("b"))) {
      SaveResult r = StoreFiles.importParquet(a, out, 2);
      assertEquals(3, r.stored().size());
      for (AnalyzedArticle s : samples()) {
        AnalyzedArticle back = a.article(s.article().id()).orElseThrow();
        assertEquals(s.article(), back.article());
        assertEquals(s.mentions(), back.mentions());
        assertEquals(s.times(), back.times());
        assertEquals(s.claims(), back.claims());
        assertEquals(s.events(), back.events());
        assertEquals(s.entities().stream().map(e -> e.id()).toList(),
            back.entities().stream().map(e -> e.id()).toList());
      }
      assertTrue(a.search("Kursk", 5).hits().size() > 0, "the index caught up with the import");
      SaveResult again = StoreFiles.importParquet(a, out, 2);
      assertEquals(0, again.stored().size());
      assertEquals(3, again.skippedDuplicates().size());
    }
  }

  @Test
  void a_store_over_parquet_answers_in_place_and_refuses_writes() {
    Path out = exported();
    try (NewsStore p = StoreFiles.openParquet(out)) {
      assertEquals(3, p.articleCount());
      AnalyzedArticle k = ClaimEventStoreTest.withClaimAndEvent();
      assertEquals(k.claims(), p.article(k.article().id()).orElseThrow().claims());
      assertEquals(3, p.claims(null, null, null, null, 10).size());
      assertEquals(1, p.claims(Samples.PRK, null, null, null, 10).size(), "the group of North Korea");
      assertTrue(p.search("Kursk", 5).hits().size() > 0);
      StoreException e = assertThrows(StoreException.class,
          () -> p.save(List.of(Samples.factory()), List.<DocumentError>of(), "run"));
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
      assertEquals(StoreException.Kind.INVALID_REQUEST, e.kind());
      StoreException w = assertThrows(StoreException.class, () -> Watchlists.add(p, "Kursk",
          new Watchlist.Query(List.of(), List.of(), List.of(), "Kursk", null, null)));
      assertTrue(w.getMessage().contains("read-only"), w.getMessage());
      assertEquals(StoreException.Kind.INVALID_REQUEST, w.kind());
      assertThrows(StoreException.class, () -> Watchlists.remove(p, "w000000000000"));
      assertEquals(List.of(), Watchlists.list(p));
    }
  }

  /** Claims written before the group source countries (an older export or Spark run) read with none. */
  @Test
  void claims_without_the_source_countries_column_import_with_none() throws Exception {
    Path out = exported();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement()) {
      Path file = out.resolve("claims").resolve("data.parquet");
      Path without = out.resolve("claims").resolve("without.parquet");
      s.execute("COPY (SELECT * EXCLUDE (source_countries) FROM read_parquet('" + file + "')) TO '" + without
          + "' (FORMAT PARQUET)");
      Files.delete(file);
    }
    AnalyzedArticle group = ClaimEventStoreTest.withGroupClaim();
    List<org.newsgraph.core.Claim> none = group.claims().stream().map(x -> x.withSourceCountries(List.of()))
        .toList();
    try (NewsStore p = StoreFiles.openParquet(out)) {
      assertEquals(none, p.article(group.article().id()).orElseThrow().claims());
    }
    try (NewsStore b = NewsStore.open(dir.resolve("b"))) {
      StoreFiles.importParquet(b, out, 2);
      assertEquals(none, b.article(group.article().id()).orElseThrow().claims());
      assertEquals(3, b.claims(null, null, null, null, 10).size());
    }
  }

  @Test
  void a_folder_without_an_articles_table_is_a_clear_error() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    try (NewsStore s = NewsStore.open(dir.resolve("c"))) {
      StoreException e = assertThrows(StoreException.class, () -> StoreFiles.importParquet(s, dir.resolve("empty"), 10));
      assertTrue(e.getMessage().contains("no articles table"), e.getMessage());
      assertEquals(StoreException.Kind.INVALID_REQUEST, e.kind());
    }
  }

  /**
   * Files without the sentence columns (the Spark job does not write them, they are derived): a store imported from
   * them, and a store over them, give the timeline of the store they came from.
   */
  @Test
  void tables_without_the_sentence_columns_give_the_same_timeline() throws Exception {
    Path out = dir.resolve("parquet");
    List<TimelineEntry> expected;
    List<Related> related;
    try (NewsStore store = NewsStore.open(dir.resolve("a"))) {
      store.save(samples(), List.of(), "run");
      StoreFiles.exportParquet(store, out);
      expected = store.timeline(Samples.PRK, null, null);
      related = store.related(Samples.PRK, 10);
    }
    assertTrue(expected.size() > 1, expected.toString());
    withoutColumn(out, "sentence", "mentions", "times");
    try (NewsStore p = StoreFiles.openParquet(out)) {
      assertEquals(expected, p.timeline(Samples.PRK, null, null));
      assertEquals(related, p.related(Samples.PRK, 10));
    }
    try (NewsStore b = NewsStore.open(dir.resolve("b"))) {
      StoreFiles.importParquet(b, out, 2);
      assertEquals(expected, b.timeline(Samples.PRK, null, null));
    }
  }

  /** A store over Parquet reads a story as the store did, also from story tables exported before their keys. */
  @Test
  void a_story_reads_the_same_over_parquet_with_or_without_its_keys() throws Exception {
    Path out = dir.resolve("parquet");
    Optional<StoryDetail> expected;
    String id;
    try (NewsStore store = NewsStore.open(dir.resolve("a"))) {
      store.save(samples(), List.of(), "run");
      StoreFiles.exportParquet(store, out);
      id = store.storyOf(List.of(Samples.kursk().article().id())).get(Samples.kursk().article().id());
      expected = store.story(id);
    }
    assertTrue(expected.isPresent() && !expected.get().articles().isEmpty(), String.valueOf(expected));
    try (NewsStore p = StoreFiles.openParquet(out)) {
      assertEquals(expected, p.story(id));
    }
    withoutColumn(out, "sk", "story_articles", "event_instances", "event_mentions", "claim_instances",
        "claim_reports");
    try (NewsStore p = StoreFiles.openParquet(out)) {
      assertEquals(expected, p.story(id));
    }
  }

  /** Rewrites the exported {@code tables} of {@code out} without {@code column}: what an older export wrote. */
  private static void withoutColumn(Path out, String column, String... tables) throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement()) {
      for (String t : tables) {
        Path file = out.resolve(t).resolve("data.parquet");
        Path without = out.resolve(t).resolve("without.parquet");
        s.execute("COPY (SELECT * EXCLUDE (" + column + ") FROM read_parquet('" + file + "')) TO '" + without
            + "' (FORMAT PARQUET)");
        Files.delete(file);
      }
    }
  }
}
