package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's rows are read from the row groups that hold its story ({@link StoryKeys}): in the executed plan
 * ({@code EXPLAIN ANALYZE}) of each statement {@link StoryQueries} reads one story with, every scan of a story table
 * reads at most half of its row groups, and the rows are those the same statement gives without the key. Tables of
 * 400,000 rows (four row groups and more) over 5,000 stories, written out of story order before the step to
 * version 18; then a tail of unordered rows saved after it, and the rewrite {@link StoryKeys#clusterIfDue} makes.
 */
class StoryKeysTest {
  private static final Pattern TABLE = Pattern.compile("\"Table\":\\s*\"[^\"]*\\.(story_articles|event_instances"
      + "|event_mentions|claim_instances|claim_reports)\"");
  private static final String STORY = "'s' || ((i * 7919) % 5000)";
  @TempDir Path dir;

  /** {@code n} rows per story table from row {@code from}, story {@code s<i * 7919 mod 5000>}: out of story order. */
  private static void fill(Database db, long from, long n, boolean keyed) throws SQLException {
    String sk = keyed ? KeyOrder.sql(STORY) + ", " : "";
    String range = " FROM range(" + from + ", " + (from + n) + ") r(i)";
    try (Statement s = db.connection().createStatement()) {
      s.execute("INSERT INTO story_articles SELECT " + sk + "'a' || i, " + STORY
          + ", i, i % 80 = 0, (i % 100) / 100.0, true, 'joined'" + range);
      s.execute("INSERT INTO event_instances SELECT " + sk + "'v' || i, " + STORY + ", i, 'MEET', 'met', ['meet'],"
          + " [1], ['org:a'], [CAST(i % 7 AS INT)], [], [], NULL, NULL, NULL, [], [], CAST(i % 9 AS INT),"
          + " CAST(i % 5 AS INT), 'a' || i" + range);
      s.execute("INSERT INTO event_mentions SELECT " + sk + "'v' || (i // 2), " + STORY + ", 'a' || i, 'e' || (i % 3),"
          + " i, false, 0.5, 'same'" + range);
      s.execute("INSERT INTO claim_instances SELECT " + sk + "'c' || i, " + STORY + ", i, 'org:b', 'B', 'said so',"
          + " ['agree'], [1], ['so'], [1.0], CAST(i % 11 AS INT), CAST(i % 4 AS INT), 'a' || i" + range);
      s.execute("INSERT INTO claim_reports SELECT " + sk + "'c' || (i // 2), " + STORY + ", 'a' || i, 'c' || (i % 3),"
          + " 'agree', i, false, 0.5" + range);
    }
  }

  private static void checkStories(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("INSERT INTO articles (id, source, text, ingested_at) SELECT 'a' || i, 'test', 'text',"
          + " TIMESTAMP '2020-01-01 00:00:00' FROM range(0, 640000) r(i) WHERE (i * 7919) % 5000 IN (0, 1, 2499, 4999)"
          + " AND 'a' || i NOT IN (SELECT id FROM articles)");
    }
    for (String story : List.of("s0", "s1", "s2499", "s4999")) {
      long sk = StoryKeys.of(story);
      for (String sql : List.of(StoryQueries.EVENT_MENTIONS, StoryQueries.CLAIM_REPORTS)) {
        SqlRows.assertFewGroups(story + ": " + sql, SqlRows.scans(db, TABLE, sql, sk, story));
        List<String> rows = SqlRows.rows(db, sql, sk, story);
        assertTrue(rows.size() >= 80, story + ": " + rows.size() + " rows of " + sql);
        assertEquals(SqlRows.rows(db, sql.replace("sk = ? AND ", "? IS NOT NULL AND "), sk, story), rows, sql);
      }
      for (String sql : List.of(StoryQueries.EVENT_INSTANCES, StoryQueries.CLAIM_INSTANCES)) {
        SqlRows.assertFewGroups(story + ": " + sql, SqlRows.scans(db, TABLE, sql, sk, story, 300));
        List<String> rows = SqlRows.rows(db, sql, sk, story, 300);
        assertTrue(rows.size() >= 80, story + ": " + rows.size() + " rows of " + sql);
        assertEquals(SqlRows.rows(db, sql.replace("sk = ? AND ", "? IS NOT NULL AND "), sk, story, 300), rows, sql);
      }
      String members = StoryQueries.membersStatement(List.of(story));
      java.sql.Array ids = db.varchars(List.of(story));
      SqlRows.assertFewGroups(story + ": members", SqlRows.scans(db, TABLE, members, ids));
      List<String> rows = SqlRows.rows(db, members, ids);
      assertFalse(rows.isEmpty(), story + ": no member");
      assertEquals(SqlRows.rows(db, members.replaceAll("sa\\.sk IN \\([0-9, ]+\\) AND ", ""), ids), rows, members);
    }
  }

  private static java.util.Map<String, Integer> counts(int rows) {
    java.util.Map<String, Integer> out = new java.util.HashMap<>();
    StoryKeys.TABLES.forEach(t -> out.put(t, rows));
    return out;
  }

  @Test
  void a_story_is_read_from_its_row_groups_and_as_a_scan_of_all_rows_reads_it() throws SQLException {
    Path file = dir.resolve(Database.FILE);
    try (Database db = Database.open(file)) {
      try (Statement s = db.connection().createStatement()) {
        for (String t : StoryKeys.TABLES) {
          s.execute("DROP TABLE " + t);
        }
      }
      StoryTables.create(db); // the tables as version 17 had them: no key
      fill(db, 0, 400_000, false);
      StoryKeys.create(db); // the step to version 18
      db.connection().createStatement().execute("CHECKPOINT");
    }
    try (Database db = Database.open(file)) {
      checkStories(db);
    }
    try (Database db = Database.open(file)) {
      fill(db, 400_000, 90_000, true); // saved since: a tail below a quarter, left unordered
      StoryKeys.appended(db, counts(90_000));
      assertEquals(List.of(), StoryKeys.clusterIfDue(db));
      fill(db, 490_000, 150_000, true); // past a quarter of the ordered rows: rewritten
      StoryKeys.appended(db, counts(150_000));
      assertEquals(StoryKeys.TABLES, StoryKeys.clusterIfDue(db));
      db.connection().createStatement().execute("CHECKPOINT");
    }
    try (Database db = Database.open(file)) {
      checkStories(db);
    }
  }
}
