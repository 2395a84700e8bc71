package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The texts read by id: each stored id once, unknown ids left out, across chunks and from a kept statement. */
class TextsTest {
  @TempDir
  Path dir;

  @Test
  void the_texts_of_stored_ids_come_back_once_each_and_unknown_ids_are_left_out() throws Exception {
    Database db = Database.open(dir.resolve(Database.FILE));
    try {
      try (Statement s = db.connection().createStatement()) {
        // 2,500 articles: more than one chunk of 1,000 ids; one text has a quote and a line break
        s.execute("INSERT INTO articles (id, text, ingested_at) SELECT 'a' || i, 'text of ' || i"
            + " || CASE WHEN i = 7 THEN ' it''s' || chr(10) || 'two lines' ELSE '' END, TIMESTAMP '2025-01-01'"
            + " FROM range(2500) t(i)");
      }
      for (int round = 0; round < 3; round++) {
        List<String> ids = new ArrayList<>();
        Map<String, String> expected = new HashMap<>();
        for (int i = round; i < 2500; i += 1 + round) {
          ids.add("a" + i);
          ids.add("a" + i); // each id asked twice
          expected.put("a" + i, "text of " + i + (i == 7 ? " it's\ntwo lines" : ""));
        }
        ids.add("missing");
        ids.add("a2500");
        assertEquals(expected, Texts.of(db, ids));
      }
      assertEquals(Map.of("a3", "text of 3"), Texts.of(db, List.of("a3")));
      assertEquals(Map.of(), Texts.of(db, List.of("x", "y")));
      assertEquals(Map.of(), Texts.of(db, List.of()));
    } finally {
      db.close();
    }
  }
}
