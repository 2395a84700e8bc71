package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log DuckDB keeps before a checkpoint grows with the database file, between DuckDB's default and a cap. */
class CheckpointSizeTest {
  @TempDir
  Path dir;

  @Test
  void the_threshold_is_a_share_of_the_file_between_the_default_and_the_cap() {
    assertEquals(16, CheckpointSize.thresholdMib(0));
    assertEquals(16, CheckpointSize.thresholdMib(10L << 20));
    assertEquals(100, CheckpointSize.thresholdMib(100L << 20));
    assertEquals(717, CheckpointSize.thresholdMib(752_365_568L));
    assertEquals(1024, CheckpointSize.thresholdMib(1L << 30));
    assertEquals(1024, CheckpointSize.thresholdMib(4L << 30));
    assertEquals(1024, CheckpointSize.thresholdMib(40L << 30));
    assertEquals(16, CheckpointSize.thresholdMib(dir.resolve("none.duckdb")));
  }

  @Test
  void a_transaction_sets_it_for_the_file_as_it_is() throws Exception {
    Path file = dir.resolve(Database.FILE);
    Database db = Database.open(file);
    try {
      try (Statement s = db.connection().createStatement()) {
        // a file well over DuckDB's default threshold: random text, which does not compress away
        s.execute("CREATE TABLE pad AS SELECT md5(i::VARCHAR) || md5((i + 7)::VARCHAR) AS t FROM range(1500000) r(i)");
        s.execute("CHECKPOINT");
      }
      long mib = CheckpointSize.thresholdMib(file);
      assertTrue(mib > 16, "file of " + java.nio.file.Files.size(file) + " bytes");
      db.begin();
      db.commit();
      try (Statement s = db.connection().createStatement()) {
        String set = setting(s);
        // DuckDB's own rendering of that many MiB, to compare with what begin() left set
        s.execute("SET checkpoint_threshold = '" + mib + "MiB'");
        assertEquals(setting(s), set);
        s.execute("SET checkpoint_threshold = '16MiB'");
        assertNotEquals(setting(s), set);
      }
    } finally {
      db.close();
    }
  }

  private static String setting(Statement s) throws Exception {
    try (ResultSet r = s.executeQuery("SELECT current_setting('checkpoint_threshold')")) {
      r.next();
      return r.getString(1);
    }
  }
}
