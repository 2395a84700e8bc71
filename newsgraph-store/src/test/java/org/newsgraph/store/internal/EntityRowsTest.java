package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.store.EventFilter;
import org.newsgraph.store.NarrowedReadsTest;
import org.newsgraph.store.NewsStore;

/**
 * The rows keyed by entity (schema version 14, issue 21): what a save appends is what the stored rows derive, and the
 * reads that pick their page from them answer as the scans of {@code claims}, {@code events} and {@code times} did,
 * for every entity, filter and page of a store of articles that name overlapping entities.
 *
 * <p>Tagged slow: it compares every entity's pages of two read paths (about a minute on a loaded box).
 */
@Tag("slow")
class EntityRowsTest {
  private static final LocalDate[][] PERIODS = {{null, null}, {LocalDate.of(2024, 3, 1), null},
      {null, LocalDate.of(2024, 7, 1)}, {LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1)}};
  @TempDir Path dir;

  /** The articles of {@link NarrowedReadsTest}, with group sources of a country and confidences on some claims. */
  private static List<AnalyzedArticle> articles() {
    List<AnalyzedArticle> out = new ArrayList<>();
    int i = 0;
    for (AnalyzedArticle a : NarrowedReadsTest.articles()) {
      List<Claim> claims = new ArrayList<>();
      for (Claim c : a.claims()) {
        List<String> countries = i % 3 == 0 ? List.of("country:UKR") : i % 3 == 1 ? List.of("country:UKR",
            "country:POL") : List.of();
        claims.add(new Claim(c.id(), c.source(), c.sourceEntityId(), countries, c.cue(), c.content(), c.kind(),
            c.channel(), c.said(), c.saidUntil(), c.saidFromText(), c.stance(), c.sentence(),
            i % 4 == 0 ? null : 0.2 * (i % 5), c.cited(), c.reportedBy()));
        i++;
      }
      out.add(a.withClaims(claims, "claims.test.v2"));
    }
    return out;
  }

  private static List<String> entities(Database db) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = db.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM entities ORDER BY id")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    out.add("country:UKR");
    out.add("org:nobody");
    return out;
  }

  /** The rows of {@code table} (or a query), sorted, as text. */
  private static List<String> rows(Database db, String from) throws SQLException {
    return SqlRows.rows(db, "SELECT CAST(columns(*) AS VARCHAR) FROM (" + from + ") ORDER BY ALL");
  }

  private Database saved() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(articles(), List.of(), "run");
    }
    return Database.open(dir.resolve(Database.FILE));
  }

  @Test
  void the_rows_a_save_appends_are_the_rows_the_stored_claims_events_and_times_derive() throws SQLException {
    try (Database db = saved()) {
      for (String[] d : EntityRows.DERIVED) {
        List<String> appended = rows(db, "SELECT * EXCLUDE (ek) FROM " + d[0]);
        assertFalse(appended.isEmpty(), d[0]);
        assertEquals(rows(db, d[1]), appended, d[0]);
        // each row's key is its entity's, as Java computes it for the reads (EntityKeys)
        try (Statement s = db.connection().createStatement();
            ResultSet r = s.executeQuery("SELECT DISTINCT entity_id, ek FROM " + d[0])) {
          while (r.next()) {
            assertEquals(EntityKeys.of(r.getString(1)), r.getLong(2), d[0] + " " + r.getString(1));
          }
        }
      }
    }
  }

  @Test
  void claims_by_source_and_about_each_entity_are_those_the_scan_of_claims_finds_by_pages() throws SQLException {
    try (Database db = saved()) {
      ClaimEventQueries keyed = new ClaimEventQueries(db, true);
      ClaimEventQueries scanned = new ClaimEventQueries(db, false);
      List<String> ids = entities(db);
      int nonEmpty = 0;
      for (String e : ids) {
        for (int k = 0; k < PERIODS.length; k++) {
          LocalDate[] p = PERIODS[k];
          Double min = k % 2 == 0 ? null : 0.3;
          String[] sa = new String[][] {{e, null}, {null, e}, {ids.get(0), e}, {e, ids.get(1)}}[k];
          var expected = scanned.claims(sa[0], sa[1], p[0], p[1], min, 0, 1000);
          assertEquals(expected, keyed.claims(sa[0], sa[1], p[0], p[1], min, 0, 1000), e);
          assertEquals(scanned.claims(sa[0], sa[1], p[0], p[1], min, 2, 3),
              keyed.claims(sa[0], sa[1], p[0], p[1], min, 2, 3), e);
          nonEmpty += expected.items().isEmpty() ? 0 : 1;
        }
        // every claim from or about it, whatever its date and confidence
        for (String[] sa : new String[][] {{e, null}, {null, e}}) {
          assertEquals(scanned.claims(sa[0], sa[1], null, null, null, 0, 1000),
              keyed.claims(sa[0], sa[1], null, null, null, 0, 1000), e);
        }
      }
      assertTrue(nonEmpty > 10, "claims found " + nonEmpty);
    }
  }

  @Test
  void events_by_actor_recipient_and_involving_each_entity_are_those_the_scan_of_events_finds() throws SQLException {
    try (Database db = saved()) {
      ClaimEventQueries keyed = new ClaimEventQueries(db, true);
      ClaimEventQueries scanned = new ClaimEventQueries(db, false);
      List<String> ids = entities(db);
      int nonEmpty = 0;
      for (String e : ids) {
        String other = ids.get(ids.indexOf(e) % 6);
        for (int k = 0; k < PERIODS.length; k++) {
          LocalDate[] p = PERIODS[k];
          EventFilter f = List.of(new EventFilter(null, e, null, null, p[0], p[1], null),
              new EventFilter(null, null, e, null, p[0], p[1], null),
              new EventFilter("consult", e, other, "claimed", p[0], p[1], 0.5),
              new EventFilter(null, other, e, null, p[0], p[1], 0.9)).get(k);
          String involving = new String[] {null, e, other, null}[k];
          boolean newest = k % 2 == 0;
          var expected = scanned.events(f, involving, newest, 0, 1000);
          assertEquals(expected, keyed.events(f, involving, newest, 0, 1000), e + " " + f);
          assertEquals(scanned.events(f, involving, newest, 1, 2), keyed.events(f, involving, newest, 1, 2));
          nonEmpty += expected.items().isEmpty() ? 0 : 1;
        }
        assertEquals(scanned.events(EventFilter.ALL, e, false, 0, 1000),
            keyed.events(EventFilter.ALL, e, false, 0, 1000), e);
      }
      assertTrue(nonEmpty > 10, "event pages found " + nonEmpty);
    }
  }

  @Test
  void the_timeline_of_each_entity_is_the_one_the_join_of_mentions_and_times_gives() throws SQLException {
    try (Database db = saved()) {
      EntityQueries keyed = new EntityQueries(db, true);
      EntityQueries scanned = new EntityQueries(db, false);
      int nonEmpty = 0;
      for (String e : entities(db)) {
        for (int k = 0; k < PERIODS.length; k++) {
          LocalDate[] p = PERIODS[k];
          boolean newest = k % 2 == 0;
          var expected = scanned.timeline(e, p[0], p[1], newest, 0, 1000);
          assertEquals(expected, keyed.timeline(e, p[0], p[1], newest, 0, 1000), e);
          assertEquals(scanned.timeline(e, p[0], p[1], newest, 3, 4), keyed.timeline(e, p[0], p[1], newest, 3, 4));
          nonEmpty += expected.items().isEmpty() ? 0 : 1;
        }
      }
      assertTrue(nonEmpty > 10, "timelines found " + nonEmpty);
    }
  }
}
