package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.EventFilter;

/**
 * The pages keyed by entity ({@link KeyedPages}) read only the row groups that hold their entity: the keyed tables
 * are in {@link EntityKeys} order, so in the executed plan ({@code EXPLAIN ANALYZE}) each scan of
 * {@code claim_entities}, {@code event_entities} and {@code entity_times} reads a small share of the row groups, and
 * the pages are those the same query gives without the key. Tables of 400,000 rows (four row groups and more)
 * over 2,000 entities, written out of order, then a tail of unordered rows saved after, and the rewrite that
 * {@link EntityKeys#clusterIfDue} makes of them.
 */
class KeyedPlansTest {
  private static final Pattern TABLE = Pattern.compile("\"Table\":\\s*\"[^\"]*\\.(claim_entities|event_entities"
      + "|entity_times)\"");
  private static final String NEWEST = " ORDER BY e.resolved_begin DESC NULLS LAST, e.resolved_end DESC NULLS LAST,"
      + " e.article_id, e.idx";
  @TempDir Path dir;

  /** {@code n} rows per table from row {@code from}, entity {@code e<i * 7919 mod 2000>}: out of entity order. */
  private static void fill(Database db, long from, long n) throws SQLException {
    String entity = "'org:e' || ((i * 7919) % 2000)";
    String range = " FROM range(" + from + ", " + (from + n) + ") r(i)";
    try (Statement s = db.connection().createStatement()) {
      s.execute("INSERT INTO claim_entities SELECT " + keyed(db, EntityRows.CLAIMS) + entity
          + ", CASE WHEN i % 3 = 0 THEN 'source' ELSE 'about' END, 'a' || (i // 10), CAST(i % 10 AS INT),"
          + " DATE '2015-01-01' + CAST(i % 3650 AS INT), NULL, (i % 100) / 100.0" + range);
      s.execute("INSERT INTO event_entities SELECT " + keyed(db, EntityRows.EVENTS) + entity
          + ", CASE WHEN i % 2 = 0 THEN 'actor' ELSE 'recipient' END, 'a' || (i // 10), CAST(i % 10 AS INT),"
          + " CASE WHEN i % 5 = 0 THEN 'MEET' ELSE 'ACCUSE' END, 'ASSERTED', (i % 100) / 100.0,"
          + " DATE '2015-01-01' + CAST(i % 3650 AS INT), NULL" + range);
      s.execute("INSERT INTO entity_times SELECT " + keyed(db, EntityRows.TIMES) + entity
          + ", 'a' || (i // 10), CAST(i % 10 AS INT), CAST(i % 500 AS INT), DATE '2015-01-01' + CAST(i % 3650 AS INT),"
          + " NULL, NULL, DATE '2015-01-01' + CAST(i % 3650 AS INT)" + range);
    }
  }

  /** The key column's value when the table has one (after version 17), else nothing. */
  private static String keyed(Database db, String table) throws SQLException {
    try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery(
        "SELECT count(*) FROM duckdb_columns() WHERE table_name = '" + table + "' AND column_name = 'ek'")) {
      r.next();
      return r.getLong(1) > 0 ? "('0x' || substr(md5(" + "'org:e' || ((i * 7919) % 2000)), 1, 15))::BIGINT, " : "";
    }
  }

  /** The scans of the keyed tables in the executed plan of the page CTEs {@code ctes}, as [scanned, of] groups. */
  private static List<long[]> scans(Database db, String ctes, List<Object> args) throws SQLException {
    return SqlRows.scans(db, TABLE, "WITH " + ctes + " SELECT * FROM page", args.toArray());
  }

  /** The page's rows (article, idx), in order. */
  private static List<String> rows(Database db, String ctes, List<Object> args) throws SQLException {
    return SqlRows.rows(db, "WITH " + ctes + " SELECT article_id || '#' || idx || ' of ' || total FROM page",
        args.toArray());
  }

  /** The page's rows as a query that does not use the key gives them: {@code sql} with its key filter made true. */
  private static List<String> plain(Database db, String sql, List<Object> args) throws SQLException {
    assertTrue(sql.contains("ek = ? AND "), sql);
    return rows(db, sql.replace("ek = ? AND ", "? IS NOT NULL AND "), args);
  }

  private static void checkPages(Database db) throws SQLException {
    for (String e : List.of("org:e0", "org:e1", "org:e977", "org:e1999")) {
      List<Object> args = new ArrayList<>();
      String sql = KeyedPages.claims(e, null, null, null, null, 0, 50, args);
      SqlRows.assertFewGroups("claims by " + e, scans(db, sql, args));
      List<String> page = rows(db, sql, args);
      assertEquals(50, page.size());
      assertEquals(plain(db, sql, args), page, "claims by " + e);
      args = new ArrayList<>();
      sql = KeyedPages.claims(e, "org:e5", LocalDate.of(2016, 1, 1), LocalDate.of(2020, 1, 1), 0.2, 0, 50, args);
      SqlRows.assertFewGroups("claims by " + e + " about org:e5", scans(db, sql, args));
      assertEquals(plain(db, sql, args), rows(db, sql, args));
      args = new ArrayList<>();
      sql = KeyedPages.events(new EventFilter("MEET", e, null, null, null, null, null), null, NEWEST, 10, 50, args);
      SqlRows.assertFewGroups("events by " + e, scans(db, sql, args));
      assertEquals(plain(db, sql, args), rows(db, sql, args));
      args = new ArrayList<>();
      sql = KeyedPages.timeline(e, null, null, " ORDER BY resolved_begin NULLS LAST, article_id, tb", 0, 50, args);
      SqlRows.assertFewGroups("timeline of " + e, scans(db, sql, args));
      assertEquals(plain(db, sql, args), rows(db, sql, args));
    }
  }

  @Test
  void a_keyed_page_reads_the_row_groups_of_its_entity_and_answers_as_a_scan_of_all_rows() throws SQLException {
    Path file = dir.resolve(Database.FILE);
    try (Database db = Database.open(file)) {
      try (Statement s = db.connection().createStatement()) {
        for (String t : List.of(EntityRows.CLAIMS, EntityRows.EVENTS, EntityRows.TIMES)) {
          s.execute("DROP TABLE " + t);
        }
        for (String ddl : EntityRows.DDL) {
          s.execute(ddl); // the tables as version 16 had them: no key
        }
      }
      fill(db, 0, 400_000);
      EntityKeys.create(db); // the step to version 17
      db.connection().createStatement().execute("CHECKPOINT");
    }
    try (Database db = Database.open(file)) {
      checkPages(db);
    }
    try (Database db = Database.open(file)) {
      fill(db, 400_000, 90_000); // saved since: a tail below a quarter, left unordered
      assertEquals(List.of(), EntityKeys.clusterIfDue(db));
      fill(db, 490_000, 150_000); // past a quarter of the ordered rows: rewritten
      assertEquals(List.of(EntityRows.CLAIMS, EntityRows.EVENTS, EntityRows.TIMES), EntityKeys.clusterIfDue(db));
      db.connection().createStatement().execute("CHECKPOINT");
    }
    try (Database db = Database.open(file)) {
      checkPages(db);
    }
  }
}
