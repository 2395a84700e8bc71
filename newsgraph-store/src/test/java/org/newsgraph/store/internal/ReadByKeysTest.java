package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.StoreException;

/**
 * A read by many keys ({@link Database#readByKeys}): a semi-join by 120 ids is answered from the ART index (by
 * default DuckDB reads the whole table past 50 ids), with the same rows, and the connection's setting is restored
 * afterwards, also when the read fails.
 */
class ReadByKeysTest {
  private static final String SEMI_JOIN = "SELECT k, v FROM t WHERE k IN (SELECT unnest(?)) ORDER BY k, v";
  @TempDir Path dir;

  @Test
  void a_semi_join_by_120_ids_reads_the_index_and_the_same_rows_and_the_setting_comes_back() throws Exception {
    try (Database db = Database.open(dir.resolve(Database.FILE))) {
      try (Statement s = db.connection().createStatement()) {
        // 100,000 keys of two rows each: 120 of them are 240 rows, under DuckDB's index-scan limit of 2,048
        s.execute("CREATE TABLE t (k VARCHAR NOT NULL, v INTEGER NOT NULL)");
        s.execute("INSERT INTO t SELECT 'k' || (i // 2), i FROM range(200000) r(i)");
        s.execute("CREATE INDEX t_k ON t (k)");
      }
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        ids.add("k" + (i * 797 % 100_000));
      }
      List<String> plain = db.read(() -> rows(db, SEMI_JOIN, ids));
      assertEquals(240, plain.size());
      assertEquals("Sequential Scan", db.read(() -> scanType(db, ids)), "DuckDB's default past 50 ids");
      assertEquals(plain, db.readByKeys(500, () -> rows(db, SEMI_JOIN, ids)));
      assertEquals("Index Scan", db.readByKeys(500, () -> scanType(db, ids)));
      assertEquals("50", setting(db), "restored");
      assertThrows(StoreException.class, () -> db.readByKeys(500, () -> rows(db, "SELECT nope FROM t", ids)));
      assertEquals("50", setting(db), "restored after a failed read");
      assertEquals("Sequential Scan", db.read(() -> scanType(db, ids)));
    }
  }

  private static List<String> rows(Database db, String sql, List<String> ids) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = db.connection().prepareStatement(sql)) {
      p.setArray(1, db.varchars(ids));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1) + "/" + r.getInt(2));
        }
      }
    }
    return out;
  }

  /** The type of the scan of {@code t} in the executed plan (DuckDB chooses an index scan when it runs). */
  private static String scanType(Database db, List<String> ids) throws SQLException {
    try (PreparedStatement p = db.connection().prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + SEMI_JOIN)) {
      p.setArray(1, db.varchars(ids));
      try (ResultSet r = p.executeQuery()) {
        assertTrue(r.next());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
            "\"Table\":\\s*\"[^\"]*\\bt\",\\s*\"Type\":\\s*\"([^\"]+)\"").matcher(r.getString(2));
        assertTrue(m.find(), r.getString(2));
        return m.group(1);
      }
    }
  }

  private static String setting(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT current_setting('dynamic_or_filter_threshold')")) {
      r.next();
      return r.getString(1);
    }
  }
}
