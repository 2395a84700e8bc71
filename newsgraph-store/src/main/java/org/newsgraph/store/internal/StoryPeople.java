package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.stories.entities.EntityMerger;

/**
 * What entity merging knows of the people named in full, derived from the tables: the entities named in the same
 * articles (the most frequent), and the stories that name them. Read by surname, for the surnames a batch's
 * articles name and not read before in the session ({@link StoryLayer}): merging reads a person only through the
 * surname, so this gives it what reading every person on open gave (at a million articles that read took most of
 * the first batch's time: 5.7M co-occurrence rows for 350k people), for the people a batch can meet.
 */
final class StoryPeople {
  private static final int CO_ENTITIES = 40;
  /**
   * People named in full whose name's last word, folded as {@link org.newsgraph.stories.text.Terms#fold} folds it
   * (DuckDB's {@code strip_accents} strips the marks Java's decomposition strips: checked on Latin, Cyrillic and CJK
   * names), is one of a list; and any whose name holds whitespace other than spaces, which Java splits otherwise.
   * {@link EntityMerger#surnameOfFull} decides for each row read.
   */
  private static final String PEOPLE = "SELECT id, type, name, aliases, country FROM entities"
      + " WHERE type = 'PERSON' AND strpos(trim(name), ' ') > 0"
      + " AND (regexp_matches(name, '[\\t\\n\\x0B\\f\\r]')"
      + " OR replace(strip_accents(lower(regexp_extract(trim(name), '([^ ]+)$', 1))), '\u2019', '''')"
      + " IN (SELECT unnest(?)))"
      + " ORDER BY id";
  private static final String ALL_PEOPLE = "SELECT id, type, name, aliases, country FROM entities"
      + " WHERE type = 'PERSON' AND strpos(trim(name), ' ') > 0 ORDER BY id";
  private static final String CO = "WITH pa AS (SELECT entity_id AS person, article_id FROM article_entities"
      + " WHERE entity_id IN (SELECT unnest(?)) AND article_id NOT IN (SELECT unnest(?))),"
      + " co AS (SELECT pa.person, ae.entity_id AS other, count(*) AS n FROM pa JOIN article_entities ae"
      + " ON ae.article_id = pa.article_id AND ae.entity_id <> pa.person GROUP BY 1, 2)"
      + " SELECT person, other, n FROM co QUALIFY row_number() OVER (PARTITION BY person ORDER BY n DESC, other)"
      + " <= ? ORDER BY person, n DESC, other";
  private static final String STORIES = "SELECT DISTINCT ae.entity_id, sa.story_id FROM article_entities ae"
      + " JOIN story_articles sa ON sa.article_id = ae.article_id WHERE ae.entity_id IN (SELECT unnest(?))"
      + " AND ae.article_id NOT IN (SELECT unnest(?))"
      + " ORDER BY 1, 2";

  private StoryPeople() {}

  /**
   * Gives {@code merger} what the tables know of the people named in full whose surname is one of {@code surnames},
   * leaving out the articles {@code linking}: the batch being linked, whose rows its transaction has written
   * already and which linking counts in itself (read with them, a batch's people counted its articles twice).
   */
  static void load(Database db, EntityMerger merger, Collection<String> surnames, Collection<String> linking)
      throws SQLException {
    if (surnames.isEmpty()) {
      return;
    }
    Set<String> wanted = Set.copyOf(surnames);
    Map<String, Entity> people = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepare(PEOPLE)) {
      p.setArray(1, db.varchars(wanted));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Entity e = EntityQueries.entity(r);
          String surname = EntityMerger.surnameOfFull(e);
          if (surname != null && wanted.contains(surname)) {
            people.put(e.id(), e);
          }
        }
      }
    }
    restore(db, merger, people, linking);
  }

  /**
   * {@link #load} for every surname but {@code except} (whose people {@code merger} knows already, perhaps with
   * more than the tables): the whole read, once, for a session that has read people batch by batch.
   */
  static void loadAllBut(Database db, EntityMerger merger, Set<String> except, Collection<String> linking)
      throws SQLException {
    Map<String, Entity> people = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepare(ALL_PEOPLE); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        Entity e = EntityQueries.entity(r);
        String surname = EntityMerger.surnameOfFull(e);
        if (surname != null && !except.contains(surname)) {
          people.put(e.id(), e);
        }
      }
    }
    restore(db, merger, people, linking);
  }

  private static void restore(Database db, EntityMerger merger, Map<String, Entity> people,
      Collection<String> linking) throws SQLException {
    if (people.isEmpty()) {
      return;
    }
    Map<String, Map<String, Integer>> co = new HashMap<>();
    try (PreparedStatement p = db.prepare(CO)) {
      p.setArray(1, db.varchars(people.keySet()));
      p.setArray(2, db.varchars(linking));
      p.setInt(3, CO_ENTITIES);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          co.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getInt(3));
        }
      }
    }
    Map<String, Set<String>> stories = new HashMap<>();
    try (PreparedStatement p = db.prepare(STORIES)) {
      p.setArray(1, db.varchars(people.keySet()));
      p.setArray(2, db.varchars(linking));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          stories.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>()).add(r.getString(2));
        }
      }
    }
    for (Entity e : people.values()) {
      merger.restorePerson(e, co.getOrDefault(e.id(), Map.of()), stories.getOrDefault(e.id(), Set.of()));
    }
  }
}
