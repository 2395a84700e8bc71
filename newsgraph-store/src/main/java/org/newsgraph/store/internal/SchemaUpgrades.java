package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The steps from one schema version to the next, each inside the caller's transaction. A new store is made at
 * version 1 and takes every step, so old and new stores end with the same tables and the same column order.
 */
final class SchemaUpgrades {
  private SchemaUpgrades() {}

  /** Takes {@code db} from schema version {@code old} to {@link Database#SCHEMA_VERSION}. */
  static void from(Database db, int old) throws SQLException {
    for (int v = old + 1; v <= Database.SCHEMA_VERSION; v++) {
      switch (v) {
        case 2 -> upgradeToVersion2(db);
        case 3 -> upgradeToVersion3(db);
        case 4 -> upgradeToVersion4(db);
        case 5 -> upgradeToVersion5(db);
        case 6 -> upgradeToVersion6(db);
        case 7 -> upgradeToVersion7(db);
        case 8 -> upgradeToVersion8(db);
        case 9 -> upgradeToVersion9(db);
        case 10 -> upgradeToVersion10(db);
        case 11 -> upgradeToVersion11(db);
        case 12 -> upgradeToVersion12(db);
        case 13 -> upgradeToVersion13(db);
        case 14 -> upgradeToVersion14(db);
        case 15 -> upgradeToVersion15(db);
        case 16 -> upgradeToVersion16(db);
        case 17 -> upgradeToVersion17(db);
        case 18 -> upgradeToVersion18(db);
        case 19 -> upgradeToVersion19(db);
        case 20 -> upgradeToVersion20(db);
        case 21 -> upgradeToVersion21(db);
        case 22 -> upgradeToVersion22(db);
        default -> throw new IllegalStateException("no step to schema version " + v);
      }
    }
  }

  /** Version 1 to 2, inside the caller's transaction. */
  private static void upgradeToVersion2(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute(PublicationsTable.DDL);
      for (String table : SentenceColumns.TABLES) {
        s.execute("ALTER TABLE " + table + " ADD COLUMN " + SentenceColumns.COLUMN + " INTEGER");
        s.execute(SentenceColumns.fill(table));
      }
    }
    setVersion(db, 2);
  }

  /** Version 2 to 3, inside the caller's transaction: old claims have no group countries (an empty list). */
  private static void upgradeToVersion3(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("ALTER TABLE claims ADD COLUMN " + Database.SOURCE_COUNTRIES + " VARCHAR[]");
      s.execute("UPDATE claims SET " + Database.SOURCE_COUNTRIES + " = []");
    }
    setVersion(db, 3);
  }

  /** Version 3 to 4, inside the caller's transaction: an old claim was said on its one day. */
  private static void upgradeToVersion4(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("ALTER TABLE claims ADD COLUMN " + Database.SAID_UNTIL + " DATE");
      s.execute("UPDATE claims SET " + Database.SAID_UNTIL + " = said + 1 WHERE said IS NOT NULL");
    }
    setVersion(db, 4);
  }

  /** Version 4 to 5, inside the caller's transaction: the place tables, empty. */
  private static void upgradeToVersion5(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      for (String ddl : PlaceRows.DDL) {
        s.execute(ddl);
      }
    }
    setVersion(db, 5);
  }

  /** Version 5 to 6, inside the caller's transaction: the cross-document tables, empty until the store is opened. */
  private static void upgradeToVersion6(Database db) throws SQLException {
    StoryTables.create(db);
    setVersion(db, 6);
  }

  /** Version 6 to 7, inside the caller's transaction: old claims have no confidence (null). */
  private static void upgradeToVersion7(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("ALTER TABLE claims ADD COLUMN " + Database.CLAIM_CONFIDENCE + " DOUBLE");
    }
    setVersion(db, 7);
  }

  /** Version 7 to 8, inside the caller's transaction: no amounts and no cited sources for what is stored. */
  private static void upgradeToVersion8(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute(QuantityRows.DDL);
      s.execute("ALTER TABLE claims ADD COLUMN IF NOT EXISTS " + Database.CITED_BEGIN + " INTEGER");
      s.execute("ALTER TABLE claims ADD COLUMN IF NOT EXISTS " + Database.CITED_END + " INTEGER");
      s.execute("ALTER TABLE claims ADD COLUMN IF NOT EXISTS " + Database.CITED_ENTITY + " VARCHAR");
    }
    setVersion(db, 8);
  }

  /** Version 8 to 9, inside the caller's transaction: claims stored before are reported by none (null). */
  private static void upgradeToVersion9(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("ALTER TABLE claims ADD COLUMN IF NOT EXISTS " + Database.REPORTED_BY + " VARCHAR");
    }
    setVersion(db, 9);
  }

  /** Version 9 to 10, inside the caller's transaction: the watchlists table, empty. */
  private static void upgradeToVersion10(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute(WatchlistTable.DDL);
    }
    setVersion(db, 10);
  }

  /** Version 10 to 11, inside the caller's transaction: times stored before have no offset (null). */
  private static void upgradeToVersion11(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("ALTER TABLE times ADD COLUMN IF NOT EXISTS " + Database.TIME_RELATIVE + " VARCHAR");
    }
    setVersion(db, 11);
  }

  /** Version 11 to 12, inside the caller's transaction: the entity counts, counted from the stored rows once. */
  private static void upgradeToVersion12(Database db) throws SQLException {
    EntityCounts.create(db);
    setVersion(db, 12);
  }

  /** Version 12 to 13, inside the caller's transaction: the indexes of {@link ReadIndexes}, over the stored rows. */
  private static void upgradeToVersion13(Database db) throws SQLException {
    ReadIndexes.create(db);
    setVersion(db, 13);
  }

  /**
   * Version 13 to 14, inside the caller's transaction: the rows keyed by entity of {@link EntityRows}, made from the
   * stored rows (new tables only: no ALTER of an indexed table).
   */
  private static void upgradeToVersion14(Database db) throws SQLException {
    EntityRows.create(db);
    setVersion(db, 14);
  }

  /** Version 14 to 15, inside the caller's transaction: the ingest log's index by article ({@link ReadIndexes}). */
  private static void upgradeToVersion15(Database db) throws SQLException {
    ReadIndexes.createIngestLog(db);
    setVersion(db, 15);
  }

  /** Version 15 to 16, inside the caller's transaction: the place counts per entity, from the stored rows. */
  private static void upgradeToVersion16(Database db) throws SQLException {
    EntityPlaces.create(db);
    setVersion(db, 16);
  }

  /**
   * Version 16 to 17, inside the caller's transaction: the rows keyed by entity with their numeric keys, in key
   * order ({@link EntityKeys}); their indexes on {@code entity_id} dropped.
   */
  private static void upgradeToVersion17(Database db) throws SQLException {
    EntityKeys.create(db);
    setVersion(db, 17);
  }

  /**
   * Version 17 to 18, inside the caller's transaction: the story tables' rows with their story keys, in key order
   * ({@link StoryKeys}); their indexes on {@code story_id} dropped.
   */
  private static void upgradeToVersion18(Database db) throws SQLException {
    StoryKeys.create(db);
    setVersion(db, 18);
  }

  /**
   * Version 18 to 19, inside the caller's transaction: each story with the index keys it is listed under ({@link
   * StoryTables#addListingKeys}).
   */
  private static void upgradeToVersion19(Database db) throws SQLException {
    StoryTables.addListingKeys(db);
    setVersion(db, 19);
  }

  /**
   * Version 19 to 20, inside the caller's transaction: what entity merging knows of each person named in full, kept
   * in a table of its own ({@link StoryPeople#create}).
   */
  private static void upgradeToVersion20(Database db) throws SQLException {
    StoryPeople.create(db);
    setVersion(db, 20);
  }

  /** Version 20 to 21, inside the caller's transaction: each event's sentence bounds on its row ({@link EventSentences}). */
  private static void upgradeToVersion21(Database db) throws SQLException {
    EventSentences.add(db);
    setVersion(db, 21);
  }

  /** Version 21 to 22, inside the caller's transaction: mentions and times stored before have no confidence (null). */
  private static void upgradeToVersion22(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("ALTER TABLE mentions ADD COLUMN IF NOT EXISTS " + Database.CONFIDENCE + " DOUBLE");
      s.execute("ALTER TABLE times ADD COLUMN IF NOT EXISTS " + Database.CONFIDENCE + " DOUBLE");
    }
    setVersion(db, 22);
  }

  private static void setVersion(Database db, int version) throws SQLException {
    try (PreparedStatement p = db.connection().prepareStatement("UPDATE meta SET value = ? WHERE key = 'schema_version'")) {
      p.setString(1, String.valueOf(version));
      p.executeUpdate();
    }
  }
}
