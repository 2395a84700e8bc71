package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rows of the cross-document layer kept in order of a numeric story key (schema version 18, issue 21), as
 * {@link EntityKeys} keeps the rows of an entity: each row of the story tables below carries {@code sk}, the
 * {@link KeyOrder} key of its {@code story_id}, and the tables are rewritten in {@code sk} order, so a read of one
 * story skips every row group but the one or two that hold it. Before, a story of more than 2,048 rows in a table
 * (DuckDB's limit for an index scan) scanned the whole table: at a million articles its claim reports and
 * instances took 70-430 ms each.
 *
 * <p>A save appends the rows it makes (and replaces an instance it changed by deleting the old row and appending the
 * new one), so the rows saved since the last rewrite lie unordered at the end, where every read scans them. They are
 * counted in {@code meta}; a table is rewritten in a save once they pass a quarter of its ordered rows and
 * {@link #MIN_TAIL} ({@link #clusterIfDue}). The indexes on {@code story_id} are dropped; those by article and by
 * instance id stay (a save finds the instances it replaces by id) and are made again after each rewrite.
 */
final class StoryKeys {
  /** The key of {@code story_id} in SQL, as {@link #of} computes it. */
  static final String SQL = KeyOrder.sql("story_id");
  static final List<String> TABLES = List.of("story_articles", "event_instances", "event_mentions",
      "claim_instances", "claim_reports");
  /** Schema version 13's indexes on {@code story_id} ({@link ReadIndexes}), which the ordered scans replace. */
  private static final List<String> OLD_INDEXES = List.of("story_articles_story", "event_instances_story",
      "event_mentions_story", "claim_instances_story", "claim_reports_story");
  /** The indexes kept: name, table, column. */
  private static final List<String[]> INDEXES = List.of(
      new String[] {"story_articles_article", "story_articles", "article_id"},
      new String[] {"event_instances_id", "event_instances", "id"},
      new String[] {"claim_instances_id", "claim_instances", "id"});
  /** Below this many unordered rows a table is not rewritten, whatever its size. */
  private static final long MIN_TAIL = 200_000;
  private static final String ORDERED = "ordered_rows_";
  private static final String UNORDERED = "unordered_rows_";

  private StoryKeys() {}

  /** The key of a story id. */
  static long of(String storyId) {
    return KeyOrder.of(storyId);
  }

  /** Schema step to version 18, in the caller's transaction: each table with its keys, in key order. */
  static void create(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      for (String index : OLD_INDEXES) {
        s.execute("DROP INDEX IF EXISTS " + index);
      }
    }
    for (String t : TABLES) {
      // a table that has its keys already (a store of this version marked older) is only put in order
      rewrite(db, t, hasKey(db, t) ? "SELECT * FROM " + t : "SELECT " + SQL + " AS sk, * FROM " + t);
    }
  }

  private static boolean hasKey(Database db, String table) throws SQLException {
    try (PreparedStatement p = db.connection().prepareStatement("SELECT count(*) FROM duckdb_columns()"
        + " WHERE schema_name = 'main' AND table_name = ? AND column_name = 'sk'")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        return r.next() && r.getLong(1) > 0;
      }
    }
  }

  /** The SELECT of a view over {@code rows} (a story table's rows read from Parquet) with each row's key. */
  static String view(String rows) {
    return "SELECT " + SQL + " AS sk, * EXCLUDE (sk) FROM (" + rows + ")";
  }

  /**
   * The condition that keeps the rows of {@code storyIds} ({@code prefix} names the table, "" or "sa."): the keys
   * as literal numbers, which DuckDB checks against each row group's minimum and maximum (a list bound as a parameter
   * is a join, which it does not), and the ids themselves, should two ids share a key.
   */
  static String rowsOf(String prefix, Collection<String> storyIds) {
    TreeSet<Long> keys = new TreeSet<>();
    storyIds.forEach(id -> keys.add(of(id)));
    List<String> k = new ArrayList<>();
    keys.forEach(v -> k.add(Long.toString(v)));
    return prefix + "sk IN (" + String.join(", ", k) + ") AND " + prefix + "story_id IN (SELECT unnest(?))";
  }

  /** Counts the rows a save appended to each table ({@code rows}: table to rows), in the caller's transaction. */
  static void appended(Database db, Map<String, Integer> rows) throws SQLException {
    for (Map.Entry<String, Integer> e : rows.entrySet()) {
      if (e.getValue() > 0) {
        KeyOrder.setMeta(db, UNORDERED + e.getKey(), KeyOrder.meta(db, UNORDERED + e.getKey()) + e.getValue());
      }
    }
  }

  /** After the tables were emptied for a rebuild: nothing ordered, nothing appended. */
  static void cleared(Database db) throws SQLException {
    for (String t : TABLES) {
      KeyOrder.setMeta(db, ORDERED + t, 0);
      KeyOrder.setMeta(db, UNORDERED + t, 0);
    }
  }

  /**
   * Rewrites in key order each table whose rows appended since its last rewrite number more than a quarter of its
   * ordered rows and more than {@link #MIN_TAIL}; in the caller's transaction. Returns the tables rewritten.
   */
  static List<String> clusterIfDue(Database db) throws SQLException {
    List<String> done = new ArrayList<>();
    for (String t : TABLES) {
      if (KeyOrder.due(KeyOrder.meta(db, ORDERED + t), KeyOrder.meta(db, UNORDERED + t), MIN_TAIL)) {
        rewrite(db, t, "SELECT * FROM " + t);
        done.add(t);
      }
    }
    return done;
  }

  private static void rewrite(Database db, String table, String rows) throws SQLException {
    KeyOrder.setMeta(db, ORDERED + table, KeyOrder.rewrite(db, table, rows, "sk"));
    KeyOrder.setMeta(db, UNORDERED + table, 0);
    try (Statement s = db.connection().createStatement()) {
      for (String[] i : INDEXES) {
        if (i[1].equals(table)) {
          s.execute("CREATE INDEX " + i[0] + " ON " + i[1] + " (" + i[2] + ")");
        }
      }
    }
  }
}
