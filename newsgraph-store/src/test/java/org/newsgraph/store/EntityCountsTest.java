package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-computed entity counts (schema version 12) agree with a count of the rows they summarise: after a save,
 * after saving the same articles again, after more articles naming the same entities, and in a store upgraded from
 * version 11. (Articles are never deleted, so there is no delete to check.)
 */
class EntityCountsTest {
  @TempDir Path dir;

  /** entity id → "articles/mentions", from the table. */
  private static Map<String, String> table(Path store) throws SQLException {
    return StoreSql.pairs(store, "SELECT entity_id, n_articles || '/' || n_mentions FROM entity_counts");
  }

  /** The same, counted now from article_entities and mentions. */
  private static Map<String, String> recount(Path store) throws SQLException {
    return StoreSql.pairs(store, "SELECT entity_id, sum(a) || '/' || sum(m) FROM ("
        + " SELECT entity_id, count(DISTINCT article_id) AS a, 0 AS m FROM article_entities GROUP BY 1"
        + " UNION ALL SELECT entity_id, 0, count(*) FROM mentions GROUP BY 1) GROUP BY 1");
  }

  @Test
  void the_counts_agree_with_a_recount_after_saves_and_repeated_saves() throws Exception {
    EntityRecord prk;
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk()), List.of(), "run-1");
    }
    Map<String, String> first = table(dir);
    assertTrue(first.containsKey(Samples.PRK), first::toString);
    assertEquals(recount(dir), first);
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-2"); // kursk again: skipped
      s.save(List.of(Samples.factory()), List.of(), "run-3");
      prk = s.entity(Samples.PRK).orElseThrow();
    }
    Map<String, String> after = table(dir);
    assertEquals(recount(dir), after);
    assertEquals(after.get(Samples.PRK), prk.articleCount() + "/" + prk.mentionCount());
    assertEquals(2, prk.articleCount(), "both articles name North Korea");
  }

  @Test
  void a_version_11_store_gets_its_counts_on_open() throws Exception {
    EntityRecord before;
    List<EntityRecord> topBefore;
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-1");
      before = s.entity(Samples.KIM).orElseThrow();
      topBefore = s.topEntities(5);
    }
    StoreSql.run(dir, "DROP TABLE entity_counts", "UPDATE meta SET value = '11' WHERE key = 'schema_version'");
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(before, s.entity(Samples.KIM).orElseThrow());
      assertEquals(topBefore, s.topEntities(5));
      s.save(List.of(Samples.undated()), List.of(), "run-2");
    }
    assertEquals(recount(dir), table(dir));
  }
}
