package org.newsgraph.store.internal;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The bounds of each event's sentence, kept on its row (schema version 21): a page of events cuts each event's
 * sentence from its article's text, and reading the bounds from {@code sentences} fetched every sentence of the
 * page's articles through the index (about 14 for each event shown, a third of an events page at a million
 * articles). Null for rows that do not have them (a store over another writer's Parquet files): those read
 * {@code sentences} as before.
 */
final class EventSentences {
  static final String BEGIN = "sentence_begin";
  static final String END = "sentence_end";

  private EventSentences() {}

  /** Version 20 to 21, inside the caller's transaction: the columns, filled from the stored sentences. */
  static void add(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS " + BEGIN + " INTEGER");
      s.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS " + END + " INTEGER");
      s.execute("UPDATE events SET " + BEGIN + " = s.\"begin\", " + END + " = s.\"end\" FROM sentences s"
          + " WHERE s.article_id = events.article_id AND s.idx = events.sentence");
    }
  }
}
