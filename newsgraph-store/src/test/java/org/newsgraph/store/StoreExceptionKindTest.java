package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.internal.Failures;

/** Every store failure says whose fault it is, so callers map it to a status or an exit code without reading it. */
class StoreExceptionKindTest {
  @TempDir
  Path dir;

  @Test
  void a_closed_store_is_unavailable() {
    NewsStore store = NewsStore.open(dir);
    store.close();
    assertEquals(StoreException.Kind.UNAVAILABLE, assertThrows(StoreException.class, store::articleCount).kind());
    assertEquals(StoreException.Kind.UNAVAILABLE,
        assertThrows(StoreException.class, () -> store.search("Kursk", 5)).kind());
    assertEquals(StoreException.Kind.UNAVAILABLE, assertThrows(StoreException.class,
        () -> store.save(List.of(Samples.kursk()), List.of(), "run")).kind());
  }

  @Test
  void a_search_query_that_does_not_parse_is_an_invalid_request() {
    try (NewsStore store = NewsStore.open(dir)) {
      StoreException e = assertThrows(StoreException.class, () -> store.search("\"unclosed", 5));
      assertEquals(StoreException.Kind.INVALID_REQUEST, e.kind(), e.getMessage());
      assertEquals(StoreException.Kind.INVALID_REQUEST,
          assertThrows(StoreException.class, () -> store.search("(north AND", 5)).kind());
    }
  }

  @Test
  void duckdb_io_errors_and_closed_connections_are_unavailable_and_bad_sql_is_a_failure() throws Exception {
    SQLException io;
    SQLException parser;
    SQLException closed;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("x.duckdb"))) {
      io = assertThrows(SQLException.class, () -> c.createStatement().execute("COPY (SELECT 1) TO '"
          + dir.resolve("no/such/dir/x.csv") + "'"));
      parser = assertThrows(SQLException.class, () -> c.createStatement().execute("SELEC 1"));
      c.close();
      closed = assertThrows(SQLException.class, () -> c.createStatement().execute("SELECT 1"));
    }
    assertEquals(StoreException.Kind.UNAVAILABLE, Failures.kindOf(io), io.getMessage());
    assertEquals(StoreException.Kind.FAILED, Failures.kindOf(parser), parser.getMessage());
    assertEquals(StoreException.Kind.UNAVAILABLE, Failures.kindOf(closed), closed.getMessage());
    // what DuckDB says when the disk is full, and once a write failed it that way
    assertEquals(StoreException.Kind.UNAVAILABLE, Failures.kindOf(new SQLException(
        "IO Error: Could not write file \"x.duckdb.wal\": No space left on device")));
    assertEquals(StoreException.Kind.UNAVAILABLE, Failures.kindOf(new SQLException(
        "FATAL Error: Failed: database has been invalidated because of a previous fatal error")));
  }

  @Test
  void file_errors_are_unavailable_but_damaged_index_files_are_a_failure() {
    assertEquals(StoreException.Kind.UNAVAILABLE, Failures.kindOf(new FileSystemException("x", null,
        "No space left on device")));
    assertEquals(StoreException.Kind.UNAVAILABLE, Failures.kindOf(new UncheckedIOException(new IOException("x"))));
    assertEquals(StoreException.Kind.FAILED, Failures.kindOf(new CorruptIndexException("bad checksum", "segments_1")));
    assertEquals(StoreException.Kind.FAILED, Failures.kindOf(new IllegalStateException("a bug")));
    // the kind follows the cause through wrappers, and a message-only failure is a plain failure
    assertEquals(StoreException.Kind.UNAVAILABLE, Failures.wrap("cannot read x",
        new RuntimeException(new IOException("disk"))).kind());
    assertEquals(StoreException.Kind.FAILED, new StoreException("something odd").kind());
  }
}
