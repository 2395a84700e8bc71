package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** For tests of the store's tables: a statement's rows as text, and the row groups its scans read. */
final class SqlRows {
  private static final Pattern GROUPS = Pattern.compile(
      "\"row_groups_scanned\":\\s*(\\d+),.*?\"total_row_groups_to_scan\":\\s*(\\d+)", Pattern.DOTALL);

  private SqlRows() {}

  /** The rows of {@code sql} in its order, each as its columns' text followed by "|". */
  static List<String> rows(Database db, String sql, Object... args) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = db.connection().prepareStatement(sql)) {
      Database.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          StringBuilder row = new StringBuilder();
          for (int c = 1; c <= n; c++) {
            row.append(r.getString(c)).append('|');
          }
          out.add(row.toString());
        }
      }
    }
    return out;
  }

  /**
   * The scans of the tables {@code table} matches (its group 1 the table's name) in the executed plan of
   * {@code sql} ({@code EXPLAIN ANALYZE}), each as [row groups scanned, row groups of the table].
   */
  static List<long[]> scans(Database db, Pattern table, String sql, Object... args) throws SQLException {
    List<long[]> out = new ArrayList<>();
    try (PreparedStatement p = db.connection().prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)) {
      Database.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String plan = r.getString(2);
          Matcher t = table.matcher(plan);
          while (t.find()) {
            Matcher g = GROUPS.matcher(plan.substring(t.start()));
            assertTrue(g.find(), "row groups of the scan of " + t.group(1));
            out.add(new long[] {Long.parseLong(g.group(1)), Long.parseLong(g.group(2))});
          }
        }
      }
    }
    return out;
  }

  /** Each scan read at most half of its table's row groups, of four or more. */
  static void assertFewGroups(String what, List<long[]> scans) {
    assertFalse(scans.isEmpty(), what + ": no scan of the tables in the plan");
    for (long[] s : scans) {
      assertTrue(s[1] >= 4, what + ": the table has " + s[1] + " row groups");
      assertTrue(s[0] * 2 <= s[1], what + ": " + s[0] + " of " + s[1] + " row groups scanned");
    }
  }
}
