package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.stories.entities.EntityMerger;

/**
 * What entity merging knows of the people named in full, derived from the tables when the layer is loaded: the
 * entities named in the same articles (the most frequent), and the stories that name them.
 */
final class StoryPeople {
  private static final int CO_ENTITIES = 40;

  private StoryPeople() {}

  static void load(Database db, EntityMerger merger) throws SQLException {
    Map<String, Entity> people = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepare("SELECT id, type, name, aliases, country FROM entities"
        + " WHERE type = 'PERSON' AND strpos(trim(name), ' ') > 0 ORDER BY id"); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        Entity e = EntityQueries.entity(r);
        if (EntityMerger.fullName(e)) {
          people.put(e.id(), e);
        }
      }
    }
    if (people.isEmpty()) {
      return;
    }
    Map<String, Map<String, Integer>> co = new HashMap<>();
    try (PreparedStatement p = db.prepare("WITH pa AS (SELECT ae.entity_id AS person, ae.article_id"
        + " FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
        + " WHERE e.type = 'PERSON' AND strpos(trim(e.name), ' ') > 0),"
        + " co AS (SELECT pa.person, ae.entity_id AS other, count(*) AS n FROM pa JOIN article_entities ae"
        + " ON ae.article_id = pa.article_id AND ae.entity_id <> pa.person GROUP BY 1, 2)"
        + " SELECT person, other, n FROM co QUALIFY row_number() OVER (PARTITION BY person ORDER BY n DESC, other)"
        + " <= ? ORDER BY person, n DESC, other")) {
      p.setInt(1, CO_ENTITIES);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          co.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getInt(3));
        }
      }
    }
    Map<String, Set<String>> stories = new HashMap<>();
    try (PreparedStatement p = db.prepare("SELECT DISTINCT ae.entity_id, sa.story_id FROM article_entities ae"
        + " JOIN entities e ON e.id = ae.entity_id JOIN story_articles sa ON sa.article_id = ae.article_id"
        + " WHERE e.type = 'PERSON' AND strpos(trim(e.name), ' ') > 0 ORDER BY 1, 2");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        stories.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>()).add(r.getString(2));
      }
    }
    for (Entity e : people.values()) {
      merger.restorePerson(e, co.getOrDefault(e.id(), Map.of()), stories.getOrDefault(e.id(), Set.of()));
    }
  }
}
