package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.EntityType;
import org.newsgraph.testkit.ArticleBuilder;

/**
 * Stores of schema versions 1 (before the sentence columns), 2 (before the group source countries), 3 (before the
 * interval a claim was said in), 4 (before places), 5 (before stories), 6 (before the claims' confidence) and 7
 * (before nested claims), 9 (before watchlists), 10 (before the offsets of undated articles) and 19 (before the
 * mentions' and times' confidence) are upgraded when opened; newer ones are refused.
 */
class SchemaUpgradeTest {
  private static final String CURRENT = String.valueOf(org.newsgraph.store.internal.Database.SCHEMA_VERSION);
  /** What a store made before the stories looks like: none of their tables. */
  private static final String[] NO_STORIES = {"DROP TABLE stories", "DROP TABLE story_articles",
      "DROP TABLE story_keys", "DROP TABLE story_keys_batch", "DROP TABLE event_instances", "DROP TABLE event_mentions",
      "DROP TABLE claim_instances", "DROP TABLE claim_reports", "DROP TABLE entity_merges",
      "DELETE FROM meta WHERE key LIKE 'stories_%'"};

  /** What a store made before version 7 lacks: the claims' confidence. */
  private static final String DROP_CONFIDENCE = "ALTER TABLE claims DROP COLUMN confidence";
  /** What a store made before version 20 lacks: the mentions' and the times' confidence. */
  private static final String[] DROP_V22 = {"ALTER TABLE mentions DROP COLUMN confidence",
      "ALTER TABLE times DROP COLUMN confidence"};
  /** What a store made before version 9 lacks: the claim that reports a nested one. */
  private static final String DROP_REPORTED_BY = "ALTER TABLE claims DROP COLUMN reported_by";

  /** What a store made before version 8 lacks: the events' amounts and the claims' cited sources. */
  private static final String[] DROP_V8 = {"DROP TABLE event_quantities", "ALTER TABLE claims DROP COLUMN cited_begin",
      "ALTER TABLE claims DROP COLUMN cited_end", "ALTER TABLE claims DROP COLUMN cited_entity"};

  @TempDir Path dir;

  /**
   * Runs {@code statements} on the store's database, after dropping its indexes: a store made before version 13 has
   * none (and DuckDB alters no table that has one).
   */
  private static void sql(Path store, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("newsgraph.duckdb"));
        Statement s = c.createStatement()) {
      List<String> indexes = new java.util.ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT index_name FROM duckdb_indexes() WHERE schema_name = 'main'")) {
        while (r.next()) {
          indexes.add(r.getString(1));
        }
      }
      for (String i : indexes) {
        s.execute("DROP INDEX " + i);
      }
      for (String q : statements) {
        s.execute(q);
      }
    }
  }

  private static String version(Path store) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("newsgraph.duckdb"));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      r.next();
      return r.getString(1);
    }
  }

  @Test
  void a_version_1_store_is_upgraded_on_open_and_answers_as_before() throws Exception {
    List<TimelineEntry> before;
    List<Related> relatedBefore;
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-1");
      before = s.timeline(Samples.PRK, null, null);
      relatedBefore = s.related(Samples.PRK, 10);
    }
    assertFalse(before.isEmpty());
    // what a store made before version 2 looks like: no sentence columns, no publications table, no group countries
    sql(dir, NO_STORIES);
    sql(dir, DROP_V8);
    sql(dir, DROP_V22);
    sql(dir, "ALTER TABLE mentions DROP COLUMN sentence", "ALTER TABLE times DROP COLUMN sentence",
        "DROP TABLE publications", "ALTER TABLE claims DROP COLUMN source_countries",
        "ALTER TABLE claims DROP COLUMN said_until", DROP_REPORTED_BY, DROP_CONFIDENCE,
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    assertEquals("1", version(dir));
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(before, s.timeline(Samples.PRK, null, null));
      assertEquals(relatedBefore, s.related(Samples.PRK, 10));
      assertEquals(List.of(), s.publications(Samples.kursk().article().id()));
      // and it still takes new articles
      s.save(List.of(Samples.undated()), List.of(), "run-2");
      assertEquals(3, s.articleCount());
    }
    assertEquals(CURRENT, version(dir));
  }

  @Test
  void a_version_2_store_is_upgraded_on_open_and_reads_its_claims() throws Exception {
    AnalyzedArticle kursk = ClaimEventStoreTest.withClaimAndEvent();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(kursk), List.of(), "run-1");
    }
    // what a store made before version 3 looks like: claims without the group source countries
    sql(dir, NO_STORIES);
    sql(dir, DROP_V8);
    sql(dir, "ALTER TABLE claims DROP COLUMN source_countries", "ALTER TABLE claims DROP COLUMN said_until",
        DROP_REPORTED_BY, DROP_CONFIDENCE, "UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    assertEquals("2", version(dir));
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(kursk.claims(), s.article(kursk.article().id()).orElseThrow().claims());
      assertEquals(1, s.claims(Samples.NIS, null, null, null, 10).size());
      // and it takes new claims with countries
      AnalyzedArticle group = ClaimEventStoreTest.withGroupClaim();
      s.save(List.of(group), List.of(), "run-2");
      assertEquals(group.claims(), s.article(group.article().id()).orElseThrow().claims());
      assertEquals(1, s.claims(Samples.PRK, null, null, null, 10).size());
    }
    assertEquals(CURRENT, version(dir));
  }

  @Test
  void a_version_3_store_is_upgraded_on_open_and_its_claims_span_their_day() throws Exception {
    AnalyzedArticle kursk = ClaimEventStoreTest.withClaimAndEvent();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(kursk), List.of(), "run-1");
    }
    // what a store made before version 4 looks like: claims said on a day, with no end column
    sql(dir, NO_STORIES);
    sql(dir, DROP_V8);
    sql(dir, "ALTER TABLE claims DROP COLUMN said_until", DROP_REPORTED_BY, DROP_CONFIDENCE,
        "UPDATE meta SET value = '3' WHERE key = 'schema_version'");
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(kursk.claims(), s.article(kursk.article().id()).orElseThrow().claims());
      assertEquals(1, s.claims(null, null, java.time.LocalDate.of(2025, 2, 12), java.time.LocalDate.of(2025, 2, 13),
          10).size());
      AnalyzedArticle month = ClaimEventStoreTest.withMonthClaim();
      s.save(List.of(month), List.of(), "run-2");
      assertEquals(month.claims(), s.article(month.article().id()).orElseThrow().claims());
    }
    assertEquals(CURRENT, version(dir));
  }

  @Test
  void version_4_and_5_stores_are_upgraded_on_open_and_their_articles_are_placed_in_stories() throws Exception {
    for (String old : List.of("4", "5")) {
      Path store = dir.resolve("v" + old);
      try (NewsStore s = NewsStore.open(store)) {
        s.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-1");
      }
      sql(store, NO_STORIES);
      sql(store, DROP_V8);
      sql(store, DROP_REPORTED_BY, DROP_CONFIDENCE);
      if (old.equals("4")) {
        sql(store, "DROP TABLE event_places", "DROP TABLE places"); // version 5 added them
      }
      sql(store, "UPDATE meta SET value = '" + old + "' WHERE key = 'schema_version'");
      try (NewsStore s = NewsStore.open(store)) {
        java.util.Map<String, String> stories = s.storyOf(List.of(Samples.kursk().article().id(),
            Samples.factory().article().id()));
        assertEquals(2, stories.size(), "every stored article has its story after the upgrade from " + old);
        assertEquals(stories.size(), s.stories(null, null, null, 0, 10).total());
        s.save(List.of(Samples.undated()), List.of(), "run-2");
        assertEquals(3, s.stories(null, null, null, 0, 10).total());
      }
      assertEquals(CURRENT, version(store));
    }
  }

  @Test
  void a_version_6_store_is_upgraded_on_open_and_its_claims_have_no_confidence_until_analysed_again()
      throws Exception {
    AnalyzedArticle kursk = ClaimEventStoreTest.withClaimAndEvent();
    AnalyzedArticle sure = ClaimEventStoreTest.withConfidentClaim(0.8);
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(sure), List.of(), "run-1");
    }
    sql(dir, DROP_V8);
    sql(dir, DROP_REPORTED_BY, DROP_CONFIDENCE, "UPDATE meta SET value = '6' WHERE key = 'schema_version'");
    try (NewsStore s = NewsStore.open(dir)) {
      Claim old = s.article(sure.article().id()).orElseThrow().claims().get(0);
      assertEquals(null, old.confidence());
      assertEquals(sure.claims().get(0).withConfidence(null), old);
      assertEquals(2, s.claims(null, null, null, null, 10).size());
      assertEquals(0, s.claims(null, null, null, null, 0.1, 10).size(), "an unknown confidence is not at least 0.1");
      s.save(List.of(kursk.withClaims(List.of(kursk.claims().get(0).withConfidence(0.3)), "test")), List.of(),
          "run-2");
      assertEquals(0.3, s.article(kursk.article().id()).orElseThrow().claims().get(0).confidence());
      assertEquals(1, s.claims(null, null, null, null, 0.2, 10).size());
      assertEquals(0, s.claims(null, null, null, null, 0.5, 10).size());
    }
    assertEquals(CURRENT, version(dir));
  }

  private static List<String> indexes(Path store) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("newsgraph.duckdb"));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT index_name FROM duckdb_indexes() WHERE schema_name = 'main'"
            + " ORDER BY 1")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  @Test
  void a_version_12_store_gets_its_indexes_on_open_and_answers_as_before() throws Exception {
    AnalyzedArticle kursk = ClaimEventStoreTest.withClaimAndEvent();
    List<String> made;
    Object[] before;
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(kursk, Samples.factory()), List.of(), "run-1");
    }
    made = indexes(dir);
    assertFalse(made.isEmpty());
    try (NewsStore s = NewsStore.open(dir)) {
      before = new Object[] {s.article(kursk.article().id()), s.timeline(Samples.PRK, null, null),
          s.claims(null, Samples.PRK, null, null, 50), s.events(null, null, null, null, null, null, 50),
          s.related(Samples.PRK, 10), s.entity(Samples.PRK)};
    }
    sql(dir, "UPDATE meta SET value = '12' WHERE key = 'schema_version'");
    assertEquals(List.of(), indexes(dir));
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(java.util.Arrays.asList(before), List.of(s.article(kursk.article().id()),
          s.timeline(Samples.PRK, null, null),
          s.claims(null, Samples.PRK, null, null, 50), s.events(null, null, null, null, null, null, 50),
          s.related(Samples.PRK, 10), s.entity(Samples.PRK)));
    }
    assertEquals(made, indexes(dir));
    assertEquals(CURRENT, version(dir));
  }

  /** The rows of the tables keyed by entity, sorted, as text. */
  private static List<String> keyedRows(Path store) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("newsgraph.duckdb"));
        Statement s = c.createStatement()) {
      for (String t : new String[] {"claim_entities", "event_entities", "entity_times"}) {
        try (ResultSet r = s.executeQuery("SELECT CAST(columns(*) AS VARCHAR) FROM " + t + " ORDER BY ALL")) {
          int n = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder(t);
            for (int i = 1; i <= n; i++) {
              row.append('|').append(r.getString(i));
            }
            out.add(row.toString());
          }
        }
      }
    }
    return out;
  }

  @Test
  void a_version_13_store_gets_its_rows_keyed_by_entity_on_open_and_answers_as_before() throws Exception {
    List<AnalyzedArticle> articles = new ArrayList<>(NarrowedReadsTest.articles());
    articles.add(ClaimEventStoreTest.withClaimAndEvent());
    String someone = NarrowedReadsTest.articles().get(0).mentions().get(0).entityId();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(articles, List.of(), "run-1");
    }
    List<String> saved = keyedRows(dir);
    assertFalse(saved.isEmpty());
    List<String> made = indexes(dir);
    Object[] before;
    try (NewsStore s = NewsStore.open(dir)) {
      before = new Object[] {s.timeline(someone, null, null), s.claimsPage(someone, null, null, null, null, 0, 50),
          s.claimsPage(null, someone, null, null, null, 0, 50), s.events(EventFilter.ALL, someone, true, 0, 50),
          s.timeline(Samples.PRK, null, null), s.claims(null, Samples.PRK, null, null, 50)};
    }
    // what a store of version 13 looks like: its indexes, none of the keyed tables
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("newsgraph.duckdb"));
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE claim_entities");
      st.execute("DROP TABLE event_entities");
      st.execute("DROP TABLE entity_times");
      st.execute("UPDATE meta SET value = '13' WHERE key = 'schema_version'");
    }
    assertEquals("13", version(dir));
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(java.util.Arrays.asList(before), List.of(s.timeline(someone, null, null),
          s.claimsPage(someone, null, null, null, null, 0, 50), s.claimsPage(null, someone, null, null, null, 0, 50),
          s.events(EventFilter.ALL, someone, true, 0, 50), s.timeline(Samples.PRK, null, null),
          s.claims(null, Samples.PRK, null, null, 50)));
    }
    assertEquals(CURRENT, version(dir));
    assertEquals(saved, keyedRows(dir));
    assertEquals(made, indexes(dir));
  }

  @Test
  void a_version_14_store_gets_the_ingest_log_index_on_open_and_reads_an_articles_notes_as_before() throws Exception {
    AnalyzedArticle noted = Samples.factory().withNote("the text was cut at 100,000 characters");
    AnalyzedArticle kursk = ClaimEventStoreTest.withClaimAndEvent();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(noted, kursk), List.of(), "run-1");
      s.save(List.of(noted), List.of(), "run-2"); // a duplicate row in the log, not a note
    }
    List<String> made = indexes(dir);
    assertTrue(made.contains("ingest_log_article"), made.toString());
    Object[] before;
    try (NewsStore s = NewsStore.open(dir)) {
      before = new Object[] {s.article(noted.article().id()), s.article(kursk.article().id())};
    }
    assertEquals(List.of("the text was cut at 100,000 characters"),
        ((java.util.Optional<AnalyzedArticle>) before[0]).orElseThrow().notes());
    // what a store of version 14 looks like: every index but the ingest log's
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("newsgraph.duckdb"));
        Statement st = c.createStatement()) {
      st.execute("DROP INDEX ingest_log_article");
      st.execute("UPDATE meta SET value = '14' WHERE key = 'schema_version'");
    }
    assertEquals("14", version(dir));
    assertFalse(indexes(dir).contains("ingest_log_article"));
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(java.util.Arrays.asList(before), List.of(s.article(noted.article().id()),
          s.article(kursk.article().id())));
    }
    assertEquals(CURRENT, version(dir));
    assertEquals(made, indexes(dir));
  }

  @Test
  void a_version_10_store_is_upgraded_on_open_and_keeps_the_offsets_of_undated_articles_saved_after()
      throws Exception {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk()), List.of(), "run-1");
    }
    List<TimelineEntry> before;
    try (NewsStore s = NewsStore.open(dir)) {
      before = s.timeline(Samples.PRK, null, null);
    }
    sql(dir, DROP_V22);
    sql(dir, "ALTER TABLE times DROP COLUMN relative", "UPDATE meta SET value = '10' WHERE key = 'schema_version'");
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(before, s.timeline(Samples.PRK, null, null));
      String text = "North Korea said exports fell last year.";
      s.save(List.of(ArticleBuilder.text(text).entity(Samples.PRK, EntityType.COUNTRY, "North Korea")
          .mention("North Korea", Samples.PRK).relativeTime("last year", "XXXX", "-P1Y").build()), List.of(), "run-2");
      List<TimelineEntry> after = s.timeline(Samples.PRK, null, null);
      assertEquals(before.size() + 1, after.size());
      assertEquals("-P1Y", after.get(after.size() - 1).relative());
    }
    assertEquals(CURRENT, version(dir));
  }

  @Test
  void a_version_9_store_is_upgraded_on_open_and_keeps_watchlists() throws Exception {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk()), List.of(), "run-1");
    }
    sql(dir, "DROP TABLE watchlists", "UPDATE meta SET value = '9' WHERE key = 'schema_version'");
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(List.of(), Watchlists.list(s));
      Watchlist w = Watchlists.add(s, "Korea", new Watchlist.Query(List.of(Samples.PRK), List.of(), List.of(), null,
          null, null));
      assertEquals(List.of(w), Watchlists.list(s));
    }
    assertEquals(CURRENT, version(dir));
  }

  @Test
  void a_version_7_store_is_upgraded_on_open_and_gets_amounts_and_cited_sources_for_what_is_saved_after()
      throws Exception {
    AnalyzedArticle kursk = ClaimEventStoreTest.withClaimAndEvent();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.factory()), List.of(), "run-1");
    }
    sql(dir, DROP_V8);
    sql(dir, DROP_REPORTED_BY, "UPDATE meta SET value = '7' WHERE key = 'schema_version'");
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(Samples.factory().events(), s.article(Samples.factory().article().id()).orElseThrow().events());
      org.newsgraph.core.Event e = kursk.events().get(0);
      org.newsgraph.core.Quantity q = new org.newsgraph.core.Quantity(e.trigger(),
          org.newsgraph.core.Quantity.Qualifier.OVER, 10_000, null, null, "troop");
      Claim c = kursk.claims().get(0);
      Claim cited = c.withCited(new Claim.Cited(c.source(), "org:nis"));
      s.save(List.of(kursk.withClaims(List.of(cited), "test").withEvents(List.of(e.withQuantities(List.of(q))),
          "test")), List.of(), "run-2");
      AnalyzedArticle back = s.article(kursk.article().id()).orElseThrow();
      assertEquals(List.of(q), back.events().get(0).quantities());
      assertEquals(cited.cited(), back.claims().get(0).cited());
    }
    assertEquals(CURRENT, version(dir));
  }

  @Test
  void a_version_8_store_is_upgraded_on_open_and_its_claims_are_reported_by_none_until_analysed_again()
      throws Exception {
    AnalyzedArticle sure = ClaimEventStoreTest.withConfidentClaim(0.8);
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(sure), List.of(), "run-1");
    }
    sql(dir, DROP_REPORTED_BY, "UPDATE meta SET value = '8' WHERE key = 'schema_version'");
    AnalyzedArticle kursk = ClaimEventStoreTest.withClaimAndEvent();
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(sure.claims().get(0), s.article(sure.article().id()).orElseThrow().claims().get(0));
      Claim nested = kursk.claims().get(0).withReportedBy("c7");
      s.save(List.of(kursk.withClaims(List.of(nested), "test")), List.of(), "run-2");
      assertEquals("c7", s.article(kursk.article().id()).orElseThrow().claims().get(0).reportedBy());
    }
    assertEquals(CURRENT, version(dir));
  }

  @Test
  void a_version_18_store_gets_the_keys_its_stories_are_listed_under_and_the_next_report_joins_its_story()
      throws Exception {
    AnalyzedArticle first = Samples.kursk();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(first), List.of(), "run-1");
    }
    sql(dir, "ALTER TABLE stories DROP COLUMN index_keys", "UPDATE meta SET value = '18' WHERE key = 'schema_version'");
    org.newsgraph.core.Article a = first.article();
    AnalyzedArticle again = new AnalyzedArticle(new org.newsgraph.core.Article("kursk-again",
        "samples/kursk-again.txt", a.outlet(), a.headline(), a.dateline(), a.agency(), a.published().plusDays(1),
        a.updated(), a.bullets(), a.captions(), a.paragraphs(), a.language(), a.text()), first.sentences(),
        first.entities(), first.mentions(), first.times(), first.claims(), first.events(), first.facets(),
        first.stageIds());
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(again), List.of(), "run-2");
      java.util.Map<String, String> story = s.storyOf(List.of(first.article().id(), again.article().id()));
      assertEquals(story.get(first.article().id()), story.get(again.article().id()), story.toString());
    }
    assertEquals(CURRENT, version(dir));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("newsgraph.duckdb"));
        Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT count(*), count(index_keys), min(len(index_keys)) FROM stories")) {
      r.next();
      assertEquals(1, r.getInt(1));
      assertEquals(1, r.getInt(2), "every story has its keys");
      assertTrue(r.getInt(3) > 0);
    }
  }

  /** The Kursk sample with an event in each of three of its sentences. */
  private static AnalyzedArticle eventsInThreeSentences() {
    AnalyzedArticle a = Samples.kursk();
    String t = a.text();
    List<org.newsgraph.core.Event> events = new ArrayList<>();
    String[] triggers = {" withdrawn ", " left ", " sent "};
    for (int i = 0; i < triggers.length; i++) {
      int b = t.indexOf(triggers[i]) + 1;
      org.newsgraph.core.Span trigger = new org.newsgraph.core.Span(b, b + triggers[i].strip().length());
      int sentence = a.sentences().stream().filter(x -> x.span().contains(trigger)).findFirst().orElseThrow()
          .index();
      events.add(new org.newsgraph.core.Event("e" + (i + 1), "RETREAT", null, trigger, List.of(), List.of(), null,
          null, null, null, false, org.newsgraph.core.Event.Modality.ASSERTED, null, 0.8, sentence));
    }
    return a.withEvents(events, "events.test.v1");
  }

  /** The sentence of each event on a page of events, in text order: what the reader sees of each. */
  private static List<String> eventSentences(NewsStore s) {
    List<String> out = new ArrayList<>();
    for (EventRecord e : s.events(EventFilter.ALL, null, false, 0, 100).items()) {
      out.add(e.event().id() + ": " + e.sentence());
    }
    return out;
  }

  /**
   * A version 20 store gets the bounds of each event's sentence on the event's row, filled from its sentences; an
   * events page shows the same sentences whether it reads them from the row or, where the row has none (a store over
   * another writer's files), from the sentences.
   */
  @Test
  void a_version_20_store_gets_its_events_sentence_bounds_and_a_page_shows_the_same_sentences() throws Exception {
    List<String> fresh;
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(eventsInThreeSentences()), List.of(), "run-1");
      fresh = eventSentences(s);
    }
    assertEquals(3, fresh.size(), fresh.toString());
    assertEquals(3, fresh.stream().map(x -> x.substring(4)).distinct().count(), "three sentences: " + fresh);
    assertTrue(fresh.stream().allMatch(x -> x.length() > 40), fresh.toString());
    sql(dir, "UPDATE events SET sentence_begin = NULL, sentence_end = NULL");
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(fresh, eventSentences(s), "read from the sentences where the rows have no bounds");
    }
    sql(dir, "ALTER TABLE events DROP COLUMN sentence_end", "ALTER TABLE events DROP COLUMN sentence_begin",
        "UPDATE meta SET value = '20' WHERE key = 'schema_version'");
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(fresh, eventSentences(s));
    }
    assertEquals(CURRENT, version(dir));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("newsgraph.duckdb"));
        Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT count(*), count(e.sentence_begin),"
            + " count(*) FILTER (WHERE e.sentence_begin = s.\"begin\" AND e.sentence_end = s.\"end\")"
            + " FROM events e JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence")) {
      r.next();
      assertEquals(r.getInt(1), r.getInt(2), "every event's bounds filled");
      assertEquals(r.getInt(1), r.getInt(3), "and they are its sentence's");
    }
  }

  @Test
  void a_version_21_store_is_upgraded_on_open_and_its_mentions_and_times_have_no_confidence_until_analysed_again()
      throws Exception {
    AnalyzedArticle k = Samples.kursk();
    AnalyzedArticle sure = k.withEntities(k.entities(), k.mentions().stream().map(m -> m.withConfidence(0.9))
        .toList(), "test").withTimes(k.times().stream().map(t -> t.withConfidence(0.7)).toList(), "test");
    AnalyzedArticle f = Samples.factory();
    AnalyzedArticle later = f.withEntities(f.entities(), f.mentions().stream().map(m -> m.withConfidence(0.4))
        .toList(), "test").withTimes(f.times().stream().map(t -> t.withConfidence(0.6)).toList(), "test");
    assertFalse(sure.mentions().isEmpty() || sure.times().isEmpty() || later.times().isEmpty());
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(sure), List.of(), "run-1");
      AnalyzedArticle read = s.article(sure.article().id()).orElseThrow();
      assertEquals(sure.mentions(), read.mentions(), "a mention's confidence is kept");
      assertEquals(sure.times(), read.times(), "a time's confidence is kept");
    }
    sql(dir, DROP_V22);
    sql(dir, "UPDATE meta SET value = '21' WHERE key = 'schema_version'");
    try (NewsStore s = NewsStore.open(dir)) {
      AnalyzedArticle old = s.article(sure.article().id()).orElseThrow();
      assertEquals(k.mentions(), old.mentions(), "stored before: no confidence");
      assertEquals(k.times(), old.times(), "stored before: no confidence");
      s.save(List.of(later), List.of(), "run-2");
      AnalyzedArticle after = s.article(later.article().id()).orElseThrow();
      assertEquals(later.mentions(), after.mentions());
      assertEquals(later.times(), after.times());
    }
    assertEquals(CURRENT, version(dir));
  }

  @Test
  void a_store_of_a_newer_version_is_refused_with_a_clear_message() throws Exception {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk()), List.of(), "run-1");
    }
    String newer = String.valueOf(org.newsgraph.store.internal.Database.SCHEMA_VERSION + 1);
    sql(dir, "UPDATE meta SET value = '" + newer + "' WHERE key = 'schema_version'");
    StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
    assertTrue(e.getMessage().contains("schema version " + newer), e.getMessage());
    assertTrue(e.getMessage().contains("newer newsgraph"), e.getMessage());
  }

  @Test
  void reads_from_many_threads_at_once_answer_as_one_thread_does() throws Exception {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-1");
      String kursk = Samples.kursk().article().id();
      Object expected = List.of(s.timeline(Samples.PRK, null, null), s.article(kursk), s.related(Samples.PRK, 5),
          s.entity(Samples.PRK));
      ExecutorService pool = Executors.newFixedThreadPool(12);
      try {
        List<Future<Object>> answers = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
          Callable<Object> read = () -> List.of(s.timeline(Samples.PRK, null, null), s.article(kursk),
              s.related(Samples.PRK, 5), s.entity(Samples.PRK));
          answers.add(pool.submit(read));
        }
        for (Future<Object> f : answers) {
          assertEquals(expected, f.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
