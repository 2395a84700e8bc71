package org.newsgraph.store.internal;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two steps of a table a save keeps up to date from other rows ({@link EntityCounts}, {@link EntityPlaces}): made
 * from the stored rows when a store is upgraded to it, and a view of the same SELECT for a store over Parquet tables,
 * which has no saves to keep it.
 */
final class KeptTables {
  private KeptTables() {}

  /** Schema step, in the caller's transaction: {@code table} made by {@code ddl}, filled afresh by {@code rows}. */
  static void create(Database db, String table, String ddl, String rows) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute(ddl);
      s.execute("DELETE FROM " + table); // filled afresh, whatever an interrupted step left
      s.execute("INSERT INTO " + table + " " + rows);
    }
  }

  /** For a store over Parquet tables: {@code table} replaced by a view of {@code rows}. */
  static void attachView(Database db, String table, String rows) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
      s.execute("CREATE VIEW " + table + " AS " + rows);
    }
  }
}
