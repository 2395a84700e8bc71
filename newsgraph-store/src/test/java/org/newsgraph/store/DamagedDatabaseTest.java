package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedDatabaseTest {
  @TempDir
  Path dir;

  @Test
  void a_file_that_is_not_a_database_gives_a_message_naming_it() throws IOException {
    Path file = dir.resolve("newsgraph.duckdb");
    Files.writeString(file, "these are not the bytes of a DuckDB database\n".repeat(200));
    StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
    System.out.println("damaged database: " + e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertEquals(StoreException.Kind.FAILED, e.kind(), "damaged data: waiting does not help");
    // the lock was released: the same message again, not "in use"
    StoreException again = assertThrows(StoreException.class, () -> NewsStore.open(dir));
    assertEquals(e.getMessage(), again.getMessage());
  }

  @Test
  void a_database_damaged_after_writing_gives_a_message_naming_it() throws IOException {
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-1");
    }
    Path file = dir.resolve("newsgraph.duckdb");
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < bytes.length; i += 7) {
      bytes[i] = (byte) (bytes[i] ^ 0x5a);
    }
    Files.write(file, bytes);
    StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
    System.out.println("damaged database: " + e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void a_duckdb_file_of_another_program_is_not_taken_for_a_store() throws Exception {
    Path file = dir.resolve("newsgraph.duckdb");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file); var s = c.createStatement()) {
      s.execute("CREATE TABLE other(x INTEGER)");
    }
    StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
    assertTrue(e.getMessage().contains("is not a newsgraph store"), e.getMessage());
    assertEquals(StoreException.Kind.FAILED, e.kind());
  }
}
