package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read connection's kept statements answer as new ones would, with each request's own parameters. */
class StatementCacheTest {
  @TempDir
  Path dir;

  private static long one(PreparedStatement p, Object... args) throws Exception {
    Database.bind(p, args);
    try (ResultSet r = p.executeQuery()) {
      assertTrue(r.next());
      return r.getLong(1);
    }
  }

  @Test
  void a_kept_statement_takes_new_parameters_and_a_nested_one_is_its_own() throws Exception {
    Database main = Database.open(dir.resolve(Database.FILE));
    Database reader = main.duplicate();
    try {
      String sql = "SELECT count(*) FROM range(?) t(i) WHERE i % ? = 0";
      PreparedStatement first;
      try (PreparedStatement p = reader.prepare(sql)) {
        first = p;
        assertEquals(10, one(p, 100, 10));
        // the same SQL while the first is in use: a statement of its own, with its own parameters
        try (PreparedStatement q = reader.prepare(sql)) {
          assertEquals(50, one(q, 100, 2));
        }
        assertEquals(4, one(p, 100, 25));
      }
      assertTrue(first.isClosed());
      for (int n = 1; n <= 3; n++) {
        try (PreparedStatement p = reader.prepare(sql)) {
          assertFalse(p.isClosed());
          assertEquals(1000 / n + (1000 % n == 0 ? 0 : 1), one(p, 1000, n));
        }
      }
      // more distinct statements than are kept: the oldest are closed, every answer stays right
      for (int i = 0; i < StatementCache.MAX + 20; i++) {
        try (PreparedStatement p = reader.prepare("SELECT ? + " + i)) {
          assertEquals(i + 7, one(p, 7));
        }
      }
      try (PreparedStatement p = reader.prepare(sql)) {
        assertEquals(34, one(p, 100, 3));
      }
    } finally {
      reader.close();
      main.close();
    }
  }
}
