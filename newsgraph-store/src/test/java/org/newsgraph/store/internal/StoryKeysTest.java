package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
  private static final Pattern GROUPS = Pattern.compile(
      "\"row_groups_scanned\":\\s*(\\d+),.*?\"total_row_groups_to_scan\":\\s*(\\d+)", Pattern.DOTALL);
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

  /** The scans of the story tables in the executed plan of {@code sql}, as [scanned, of] row groups. */
  private static List<long[]> scans(Database db, String sql, Object... args) throws SQLException {
    List<long[]> out = new ArrayList<>();
    try (PreparedStatement p = db.connection().prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)) {
      Database.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String plan = r.getString(2);
          Matcher t = TABLE.matcher(plan);
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

  private static List<String> rows(Database db, String sql, Object... args) throws SQLException {
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

  private static void assertFewGroups(String what, List<long[]> scans) {
    assertFalse(scans.isEmpty(), what + ": no scan of a story table in the plan");
    for (long[] s : scans) {
      assertTrue(s[1] >= 4, what + ": the table has " + s[1] + " row groups");
      assertTrue(s[0] * 2 <= s[1], what + ": " + s[0] + " of " + s[1] + " row groups scanned");
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
        assertFewGroups(story + ": " + sql, scans(db, sql, sk, story));
        List<String> rows = rows(db, sql, sk, story);
        assertTrue(rows.size() >= 80, story + ": " + rows.size() + " rows of " + sql);
        assertEquals(rows(db, sql.replace("sk = ? AND ", "? IS NOT NULL AND "), sk, story), rows, sql);
      }
      for (String sql : List.of(StoryQueries.EVENT_INSTANCES, StoryQueries.CLAIM_INSTANCES)) {
        assertFewGroups(story + ": " + sql, scans(db, sql, sk, story, 300));
        List<String> rows = rows(db, sql, sk, story, 300);
        assertTrue(rows.size() >= 80, story + ": " + rows.size() + " rows of " + sql);
        assertEquals(rows(db, sql.replace("sk = ? AND ", "? IS NOT NULL AND "), sk, story, 300), rows, sql);
      }
      String members = StoryQueries.membersStatement(List.of(story));
      java.sql.Array ids = db.varchars(List.of(story));
      assertFewGroups(story + ": members", scans(db, members, ids));
      List<String> rows = rows(db, members, ids);
      assertFalse(rows.isEmpty(), story + ": no member");
      assertEquals(rows(db, members.replaceAll("sa\\.sk IN \\([0-9, ]+\\) AND ", ""), ids), rows, members);
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
