package org.newsgraph.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** SQL straight on a closed store's database file, for tests that check its tables or make it look older. */
final class StoreSql {
  private StoreSql() {}

  private static Connection connect(Path store) throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + store.resolve("newsgraph.duckdb"));
  }

  /** Runs {@code statements} in order. */
  static void run(Path store, String... statements) throws SQLException {
    try (Connection c = connect(store); Statement s = c.createStatement()) {
      for (String q : statements) {
        s.execute(q);
      }
    }
  }

  /** The first column of each row of {@code sql} mapped to its second, both as text, sorted by the first. */
  static Map<String, String> pairs(Path store, String sql) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Connection c = connect(store); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }
}
