package org.newsgraph.store.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The indexes of schema version 13 (issue 21): the rows of one article (or of one story) by its id, and the mentions
 * and claims of one entity, without a scan of the whole table. DuckDB answers an equality or a semi-join on a small
 * set ({@code article_id IN (SELECT unnest(?))}) from an ART index when few rows match (at most 2,048 or 0.1% of the
 * table, its {@code index_scan_max_count} and {@code index_scan_percentage}); else it scans, as before. The reads of
 * an article, a story, a page of claims or events (their texts, headlines and reporting claims) and a rare entity's
 * timeline or claims take this path; a common entity's still scan. A save replaces the stories and instances it
 * changed by id, also from an index.
 *
 * <p>DuckDB refuses {@code ALTER TABLE ... ADD COLUMN} on a table that has an index: a later schema step that adds a
 * column to one of these tables drops its indexes first and makes them again ({@link #create}).
 */
final class ReadIndexes {
  /** Name, table and column of each index. */
  static final List<String[]> INDEXES = List.of(
      new String[] {"article_entities_article", "article_entities", "article_id"},
      new String[] {"article_entities_entity", "article_entities", "entity_id"},
      new String[] {"sentences_article", "sentences", "article_id"},
      new String[] {"mentions_article", "mentions", "article_id"},
      new String[] {"mentions_entity", "mentions", "entity_id"},
      new String[] {"times_article", "times", "article_id"},
      new String[] {"claims_article", "claims", "article_id"},
      new String[] {"claims_source", "claims", "source_entity"},
      new String[] {"events_article", "events", "article_id"},
      new String[] {"publications_article", "publications", "article_id"},
      new String[] {"places_article", "places", "article_id"},
      new String[] {"event_places_article", "event_places", "article_id"},
      new String[] {"event_quantities_article", "event_quantities", "article_id"},
      new String[] {"stories_id", "stories", "id"},
      new String[] {"story_articles_story", "story_articles", "story_id"},
      new String[] {"story_articles_article", "story_articles", "article_id"},
      new String[] {"event_instances_id", "event_instances", "id"},
      new String[] {"event_instances_story", "event_instances", "story_id"},
      new String[] {"event_mentions_story", "event_mentions", "story_id"},
      new String[] {"claim_instances_id", "claim_instances", "id"},
      new String[] {"claim_instances_story", "claim_instances", "story_id"},
      new String[] {"claim_reports_story", "claim_reports", "story_id"},
      new String[] {"entity_merges_story", "entity_merges", "story_id"});

  /**
   * Schema version 15's index: the ingest log's rows of an article, for the notes an article read shows (the log
   * gains rows with every run, so a scan of it grew with the store). DuckDB takes the index only when the statement
   * filters on {@code article_id} alone: the article read filters the rows' status and message itself.
   */
  static final String[] INGEST_LOG = {"ingest_log_article", "ingest_log", "article_id"};

  private ReadIndexes() {}

  /** Schema step to version 15, in the caller's transaction: the ingest log's index, over the rows already logged. */
  static void createIngestLog(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("CREATE INDEX IF NOT EXISTS " + INGEST_LOG[0] + " ON " + INGEST_LOG[1] + " (" + INGEST_LOG[2] + ")");
    }
  }

  /** Schema step to version 13, in the caller's transaction: every index, over the rows already stored. */
  static void create(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      for (String[] i : INDEXES) {
        s.execute("CREATE INDEX IF NOT EXISTS " + i[0] + " ON " + i[1] + " (" + i[2] + ")");
      }
    }
  }
}
