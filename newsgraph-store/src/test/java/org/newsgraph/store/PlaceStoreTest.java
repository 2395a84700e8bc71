package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Geography;
import org.newsgraph.core.PlacePoint;
import org.newsgraph.core.Span;

/** Place points are stored with their article, come back unchanged, and gather events by place for the map. */
class PlaceStoreTest {
  @TempDir Path dir;

  /** The kursk sample with its event, Kursk resolved, "Russia" unresolved (for the test), and a dateline. */
  static AnalyzedArticle withPlaces() {
    AnalyzedArticle a = ClaimEventStoreTest.withClaimAndEvent();
    String t = a.text();
    int k = t.indexOf("Kursk");
    PlacePoint kursk = new PlacePoint(new Span(k, k + 5), Samples.KURSK, "554234", "Kursk", "RUS", 51.73733,
        36.18735, 0.9, "linked");
    int r = t.indexOf("Russia has");
    PlacePoint russia = new PlacePoint(new Span(r, r + 6), Samples.RUS, null, "Russia", null, null, null, 0,
        "unknown");
    PlacePoint seoul = new PlacePoint(null, null, "1835848", "Seoul", "KOR", 37.566, 126.9784, 0.8, "dateline");
    Geography g = new Geography(List.of(kursk, russia), seoul,
        List.of(new Geography.EventPlace("e1", kursk, Geography.From.SENTENCE)));
    return a.withGeography(g, "places.test.v1");
  }

  @Test
  void place_points_come_back_as_saved_and_a_place_without_a_match_has_no_point() {
    AnalyzedArticle a = withPlaces();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(a), List.of(), "run-1");
      Geography back = s.article(a.article().id()).orElseThrow().geography();
      assertEquals(a.geography(), back);
      assertEquals(null, back.mentions().get(1).lat(), "never (0, 0)");
      assertEquals("Kursk", s.placeOf(Samples.KURSK).orElseThrow().name());
      assertTrue(s.placeOf(Samples.RUS).isEmpty());
    }
  }

  @Test
  void the_map_gathers_events_by_place_with_reports_and_modalities() {
    AnalyzedArticle a = withPlaces();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(a, Samples.factory()), List.of(), "run-1");
      List<MapPoint> all = s.eventMap(null, null, 10);
      assertEquals(1, all.size());
      MapPoint kursk = all.get(0);
      assertEquals("554234", kursk.placeId());
      assertEquals(1, kursk.events());
      assertEquals(1, kursk.reports());
      assertEquals(1, kursk.modalities().get("CLAIMED"));
      assertEquals("SENTENCE", kursk.examples().get(0).placeFrom());
      assertEquals(1, s.eventMap(null, Samples.PRK, 10).size(), "North Korea is the actor");
      assertEquals(1, s.eventMap(null, Samples.KURSK, 10).size(), "it happened at Kursk");
      assertEquals(0, s.eventMap(null, Samples.KIM, 10).size());
      assertEquals(0, s.eventMap(List.of(Samples.factory().article().id()), null, 10).size());
    }
  }

  @Test
  void a_version_4_store_gets_the_place_tables_on_open() throws Exception {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.factory()), List.of(), "run-1");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("newsgraph.duckdb"));
        Statement st = c.createStatement()) {
      st.execute("DROP INDEX claims_article"); // version 13 added the indexes; DuckDB alters no indexed table
      st.execute("DROP INDEX claims_source");
      st.execute("DROP TABLE places");
      st.execute("DROP TABLE event_places");
      st.execute("ALTER TABLE claims DROP COLUMN confidence"); // version 7 added it
      st.execute("ALTER TABLE claims DROP COLUMN reported_by"); // version 9 added it
      st.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'");
    }
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(Geography.NONE, s.article(Samples.factory().article().id()).orElseThrow().geography());
      AnalyzedArticle a = withPlaces();
      s.save(List.of(a), List.of(), "run-2");
      assertEquals(a.geography(), s.article(a.article().id()).orElseThrow().geography());
    }
  }
}
