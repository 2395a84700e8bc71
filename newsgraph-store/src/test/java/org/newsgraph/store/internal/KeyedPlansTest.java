package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.EventFilter;
import org.newsgraph.store.NarrowedReadsTest;
import org.newsgraph.store.NewsStore;

/**
 * The pages keyed by entity ({@link KeyedPages}) are read from the {@code entity_id} indexes: in the executed plan
 * (DuckDB decides on an index scan at execution, so {@code EXPLAIN ANALYZE}), every scan of {@code claim_entities},
 * {@code event_entities} and {@code entity_times} is an index scan, for each entity of a small store (where every
 * entity is under DuckDB's limit of 2,048 rows), with and without the other filters. A filter on {@code role} or a
 * date beside {@code entity_id} in the same scan made DuckDB 2.0 read the whole table.
 */
class KeyedPlansTest {
  private static final Pattern SCAN = Pattern.compile(
      "\"Table\":\\s*\"[^\"]*\\.(claim_entities|event_entities|entity_times)\",\\s*\"Type\":\\s*\"([^\"]+)\"");
  private static final LocalDate FROM = LocalDate.of(2024, 3, 1);
  private static final LocalDate TO = LocalDate.of(2025, 8, 1);
  @TempDir Path dir;

  private Database saved() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(NarrowedReadsTest.articles(), List.of(), "run");
    }
    return Database.open(dir.resolve(Database.FILE));
  }

  private static List<String> ids(Database db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** The scan types of the keyed tables in the executed plan of the page CTEs {@code ctes}, as "table: type". */
  private static List<String> scans(Database db, String ctes, List<Object> args) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = db.connection().prepareStatement(
        "EXPLAIN (ANALYZE, FORMAT JSON) WITH " + ctes + " SELECT * FROM page")) {
      Database.bind(p, args.toArray());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Matcher m = SCAN.matcher(r.getString(2));
          while (m.find()) {
            out.add(m.group(1) + ": " + m.group(2));
          }
        }
      }
    }
    return out;
  }

  private static void assertIndexScans(String what, List<String> scans) {
    assertFalse(scans.isEmpty(), what + ": no scan of a keyed table in the plan");
    for (String s : scans) {
      assertEquals(s.substring(0, s.indexOf(':')) + ": Index Scan", s, what);
    }
  }

  @Test
  void every_keyed_page_reads_its_entity_rows_from_the_index() throws SQLException {
    try (Database db = saved()) {
      List<String> sources = ids(db, "SELECT DISTINCT entity_id FROM claim_entities WHERE role = 'source' ORDER BY 1");
      List<String> abouts = ids(db, "SELECT DISTINCT entity_id FROM claim_entities WHERE role = 'about' ORDER BY 1");
      List<String> actors = ids(db, "SELECT DISTINCT entity_id FROM event_entities WHERE role = 'actor' ORDER BY 1");
      List<String> recipients = ids(db,
          "SELECT DISTINCT entity_id FROM event_entities WHERE role = 'recipient' ORDER BY 1");
      List<String> timed = ids(db, "SELECT DISTINCT entity_id FROM entity_times ORDER BY 1");
      assertFalse(sources.isEmpty() || abouts.isEmpty() || actors.isEmpty() || recipients.isEmpty()
          || timed.isEmpty(), "the store has keyed rows of every kind");
      for (String s : sources) {
        List<Object> args = new ArrayList<>();
        assertIndexScans("claims by " + s, scans(db, KeyedPages.claims(s, null, null, null, null, 0, 50, args),
            args));
        args = new ArrayList<>();
        assertIndexScans("claims by " + s + " in a period, sure", scans(db,
            KeyedPages.claims(s, null, FROM, TO, 0.5, 10, 50, args), args));
        args = new ArrayList<>();
        assertIndexScans("claims by " + s + " about " + abouts.get(0), scans(db,
            KeyedPages.claims(s, abouts.get(0), null, null, null, 0, 50, args), args));
      }
      for (String a : abouts) {
        List<Object> args = new ArrayList<>();
        assertIndexScans("claims about " + a, scans(db, KeyedPages.claims(null, a, null, null, null, 0, 50, args),
            args));
      }
      String newest = " ORDER BY e.resolved_begin DESC NULLS LAST, e.resolved_end DESC NULLS LAST, e.article_id,"
          + " e.idx";
      for (String a : actors) {
        List<Object> args = new ArrayList<>();
        assertIndexScans("events by " + a, scans(db, KeyedPages.events(new EventFilter(null, a, null, null, null,
            null, null), null, newest, 0, 50, args), args));
        args = new ArrayList<>();
        assertIndexScans("events by " + a + " to " + recipients.get(0) + ", typed, dated", scans(db,
            KeyedPages.events(new EventFilter("MEET", a, recipients.get(0), "asserted", FROM, TO, 0.5), null,
                newest, 0, 50, args), args));
        args = new ArrayList<>();
        assertIndexScans("events involving " + a, scans(db, KeyedPages.events(new EventFilter(null, null, null,
            null, null, null, null), a, newest, 0, 50, args), args));
      }
      for (String t : timed) {
        List<Object> args = new ArrayList<>();
        assertIndexScans("timeline of " + t, scans(db, KeyedPages.timeline(t, null, null,
            " ORDER BY resolved_begin NULLS LAST, article_id, tb", 0, 50, args), args));
        args = new ArrayList<>();
        assertIndexScans("timeline of " + t + " in a period", scans(db, KeyedPages.timeline(t, FROM, TO,
            " ORDER BY resolved_begin NULLS LAST, article_id, tb", 0, 50, args), args));
      }
    }
  }
}
