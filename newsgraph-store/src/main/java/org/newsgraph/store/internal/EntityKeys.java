package org.newsgraph.store.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The rows keyed by entity ({@link EntityRows}) kept in order of a numeric entity key (schema version 17, issue 21).
 * Each row carries {@code ek}, 60 bits of the MD5 of its {@code entity_id} (the same in Java, {@link #of}, and in SQL,
 * {@link #SQL}); the tables are rewritten in {@code ek} order, so DuckDB's per-row-group minimum and maximum of
 * {@code ek} let a read of one entity skip every row group but the few that hold it. Rows saved since the last
 * rewrite are appended unordered at the end, where every read scans them; the tables are rewritten again in a save
 * once those rows pass a quarter of the ordered ones ({@link #clusterIfDue}), so each row is rewritten a bounded
 * number of times on average. Measured at a million articles (10.9M rows of {@code claim_entities}): a page of one
 * country's claims chosen in 10-15 ms instead of 180-280 ms, and a tail of 10% unordered rows adds about 1 ms.
 * The indexes on {@code entity_id} are dropped: the ordered scan does what they did for rare entities.
 */
final class EntityKeys {
  /** The key of {@code entity_id} in SQL, as {@link #of} computes it. */
  static final String SQL = KeyOrder.sql("entity_id");
  private static final List<String> TABLES = List.of(EntityRows.CLAIMS, EntityRows.EVENTS, EntityRows.TIMES);
  private static final String[] OLD_INDEXES = {"claim_entities_entity", "event_entities_entity",
      "entity_times_entity"};
  /** Below this many unordered rows a table is not rewritten, whatever its size. */
  private static final long MIN_TAIL = 200_000;
  /** The meta key of the rows a table had when it was last rewritten (its rows appended since are not in order). */
  private static final String ORDERED = "ordered_rows_";

  private EntityKeys() {}

  /** The key of an entity id: the first 60 bits of the MD5 of its UTF-8 bytes. */
  static long of(String entityId) {
    return KeyOrder.of(entityId);
  }

  /** Schema step to version 17, in the caller's transaction: each table with its keys, in key order; no index. */
  static void create(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      for (String index : OLD_INDEXES) {
        s.execute("DROP INDEX IF EXISTS " + index);
      }
    }
    for (String t : TABLES) {
      rewrite(db, t, "SELECT " + SQL + " AS ek, * FROM " + t);
    }
  }

  /** The SELECT of a view that derives {@code table}'s rows with their keys from {@code rows} (Parquet stores). */
  static String view(String rows) {
    return "SELECT " + SQL + " AS ek, * FROM (" + rows + ")";
  }

  /**
   * Rewrites in key order each table whose unordered rows (saved since its last rewrite) number more than a
   * quarter of its ordered rows and more than {@link #MIN_TAIL}; in the caller's transaction. Returns the tables
   * rewritten.
   */
  static List<String> clusterIfDue(Database db) throws SQLException {
    List<String> done = new java.util.ArrayList<>();
    for (String t : TABLES) {
      long ordered = KeyOrder.meta(db, ORDERED + t);
      if (KeyOrder.due(ordered, KeyOrder.count(db, t) - ordered, MIN_TAIL)) {
        cluster(db, t);
        done.add(t);
      }
    }
    return done;
  }

  /** Rewrites {@code table} in key order (its rows unchanged), in the caller's transaction. */
  static void cluster(Database db, String table) throws SQLException {
    rewrite(db, table, "SELECT * FROM " + table);
  }

  /** Replaces {@code table} by the rows of {@code rows} in key order (a new table: no delete left behind). */
  private static void rewrite(Database db, String table, String rows) throws SQLException {
    KeyOrder.setMeta(db, ORDERED + table, KeyOrder.rewrite(db, table, rows, "ek"));
  }
}
