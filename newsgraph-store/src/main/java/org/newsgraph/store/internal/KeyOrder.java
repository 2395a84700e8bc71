package org.newsgraph.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the tables kept in order of a numeric key share ({@link EntityKeys}, {@link StoryKeys}): the key, 60 bits of
 * the MD5 of a VARCHAR column, the same in Java ({@link #of}) and in SQL ({@link #sql}); a table rewritten in key
 * order; and the counts in {@code meta} that say when a table is due to be rewritten again. DuckDB keeps the minimum
 * and maximum of each column per row group (about 122,880 rows), so a filter on one key value skips every row group
 * of the ordered part but the one or two that hold it.
 */
final class KeyOrder {
  private KeyOrder() {}

  /** The key of {@code value}: the first 60 bits of the MD5 of its UTF-8 bytes. */
  static long of(String value) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (d[i] & 0xFF);
      }
      return v >>> 4;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java platform", e);
    }
  }

  /** The key of {@code column} in SQL, as {@link #of} computes it. */
  static String sql(String column) {
    return "('0x' || substr(md5(" + column + "), 1, 15))::BIGINT";
  }

  /**
   * Replaces {@code table} by the rows of {@code rows} ordered by {@code key} (a new table: no deleted row left
   * behind, and no index: the caller makes the ones it needs), in the caller's transaction. Returns its rows.
   */
  static long rewrite(Database db, String table, String rows, String key) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table + "_keyed");
      s.execute("CREATE TABLE " + table + "_keyed AS " + rows + " ORDER BY " + key);
      s.execute("DROP TABLE " + table);
      s.execute("ALTER TABLE " + table + "_keyed RENAME TO " + table);
    }
    return count(db, table);
  }

  static long count(Database db, String table) throws SQLException {
    try (Statement s = db.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** A count kept in {@code meta} (0 when none is). */
  static long meta(Database db, String key) throws SQLException {
    try (PreparedStatement p = db.connection().prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Long.parseLong(r.getString(1)) : 0;
      }
    }
  }

  static void setMeta(Database db, String key, long value) throws SQLException {
    try (PreparedStatement d = db.connection().prepareStatement("DELETE FROM meta WHERE key = ?");
        PreparedStatement p = db.connection().prepareStatement("INSERT INTO meta VALUES (?, ?)")) {
      d.setString(1, key);
      d.executeUpdate();
      p.setString(1, key);
      p.setString(2, Long.toString(value));
      p.executeUpdate();
    }
  }

  /** Whether a table of {@code ordered} rows in key order and {@code tail} rows after them is due a rewrite. */
  static boolean due(long ordered, long tail, long minTail) {
    return tail > Math.max(minTail, ordered / 4);
  }
}
