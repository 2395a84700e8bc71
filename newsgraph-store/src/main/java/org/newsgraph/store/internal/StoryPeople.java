package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.newsgraph.core.Entity;
import org.newsgraph.stories.entities.EntityMerger;
import org.newsgraph.stories.entities.PersonContext;

/**
 * What entity merging knows of the people named in full (schema version 20, {@code person_context}): one row per
 * person, as the merger held it after the last batch that named them ({@link EntityMerger#drainChanged}), written in
 * that batch's transaction and read back by surname when a batch first names it. So a linker reopened between two
 * batches goes on exactly as one that stayed open: the same merges, with the same evidence. (Before, the context was
 * derived from the article tables on each open, which gave the exact most frequent co-entities where the open linker
 * held the ones it had kept as it went, and no courtesy titles; and reading it cost a join over every article naming
 * the people of a batch's surnames.)
 */
final class StoryPeople {
  static final String TABLE = "person_context";
  static final String DDL = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
      + "surname VARCHAR NOT NULL, person_id VARCHAR NOT NULL, co_entities VARCHAR[] NOT NULL,"
      + " co_counts INTEGER[] NOT NULL, stories VARCHAR[] NOT NULL, titles VARCHAR[] NOT NULL)";
  /** How many co-entities the upgrade keeps per person: what a linker opened on the tables kept. */
  private static final int CO_ENTITIES = 40;
  private static final String READ = "SELECT * FROM " + TABLE + " WHERE surname IN (SELECT unnest(?))"
      + " ORDER BY person_id";

  private StoryPeople() {}

  /** Gives {@code merger} what the store keeps of the people named in full whose surname is one of {@code surnames}. */
  static void load(Database db, EntityMerger merger, Collection<String> surnames) throws SQLException {
    if (surnames.isEmpty()) {
      return;
    }
    try (PreparedStatement p = db.prepare(READ)) {
      p.setArray(1, db.varchars(Set.copyOf(surnames)));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          int[] n = Database.ints(r, "co_counts");
          merger.restore(new PersonContext(r.getString("person_id"), r.getString("surname"),
              Database.strings(r, "co_entities"), java.util.Arrays.stream(n).boxed().toList(),
              Database.strings(r, "stories"), Database.strings(r, "titles")));
        }
      }
    }
  }

  /** Replaces the rows of the people a batch changed, inside the batch's transaction. */
  static void write(Database db, List<PersonContext> changed) throws SQLException {
    if (changed.isEmpty()) {
      return;
    }
    try (PreparedStatement p = db.prepare("DELETE FROM " + TABLE + " WHERE person_id IN (SELECT unnest(?))")) {
      p.setArray(1, db.varchars(changed.stream().map(PersonContext::id).toList()));
      p.executeUpdate();
    }
    try (DuckDBAppender a = db.appender(TABLE)) {
      for (PersonContext c : changed) {
        a.beginRow().append(c.surname()).append(c.id()).append(c.coEntities())
            .append(c.counts().stream().mapToInt(Integer::intValue).toArray()).append(c.stories())
            .append(c.titles()).endRow();
      }
      a.flush();
    }
  }

  /**
   * Version 19 to 20, inside the caller's transaction: the table, filled from the article tables as a linker opened
   * on them derived it before (the {@value #CO_ENTITIES} entities named most often beside each person, and the stories
   * naming them; no titles, which only the text gives).
   */
  static void create(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + TABLE); // a test's store set back to an older version has it already
      s.execute(DDL);
      s.execute("CREATE TEMP TABLE people_upgrade (person_id VARCHAR, surname VARCHAR)");
    }
    // the surname is Java's fold (EntityMerger.surnameOfFull), not SQL's
    try (PreparedStatement p = db.prepare("SELECT id, type, name, aliases, country FROM entities"
        + " WHERE type = 'PERSON' AND strpos(trim(name), ' ') > 0 ORDER BY id"); ResultSet r = p.executeQuery();
        DuckDBAppender a = db.appender("people_upgrade")) {
      while (r.next()) {
        Entity e = EntityQueries.entity(r);
        String surname = EntityMerger.surnameOfFull(e);
        if (surname != null) {
          a.beginRow().append(e.id()).append(surname).endRow();
        }
      }
      a.flush();
    }
    try (Statement s = db.connection().createStatement()) {
      s.execute("INSERT INTO " + TABLE + " WITH pa AS (SELECT ae.entity_id AS person, ae.article_id"
          + " FROM article_entities ae SEMI JOIN people_upgrade u ON u.person_id = ae.entity_id"
          // an article not placed yet is counted when the catch-up links it
          + " SEMI JOIN story_articles sp ON sp.article_id = ae.article_id),"
          + " co AS (SELECT pa.person, ae.entity_id AS other, count(*) AS n FROM pa JOIN article_entities ae"
          + " ON ae.article_id = pa.article_id AND ae.entity_id <> pa.person GROUP BY 1, 2"
          + " QUALIFY row_number() OVER (PARTITION BY person ORDER BY n DESC, other) <= " + CO_ENTITIES + "),"
          + " col AS (SELECT person, list(other ORDER BY n DESC, other) AS others,"
          + " list(n::INTEGER ORDER BY n DESC, other) AS counts FROM co GROUP BY 1),"
          + " st AS (SELECT pa.person, list(DISTINCT sa.story_id ORDER BY sa.story_id) AS stories FROM pa"
          + " JOIN story_articles sa ON sa.article_id = pa.article_id GROUP BY 1)"
          + " SELECT u.surname, u.person_id, coalesce(col.others, []::VARCHAR[]),"
          + " coalesce(col.counts, []::INTEGER[]), coalesce(st.stories, []::VARCHAR[]), []::VARCHAR[]"
          + " FROM people_upgrade u LEFT JOIN col ON col.person = u.person_id LEFT JOIN st ON st.person = u.person_id"
          + " WHERE u.person_id IN (SELECT person FROM pa) ORDER BY u.surname, u.person_id");
      s.execute("DROP TABLE people_upgrade");
    }
  }
}
