package org.newsgraph.core;

import java.util.List;

/**
 * A canonical entity: one real-world thing many mentions point to.
 *
 * @param id       canonical id: {@code country:PRK}, {@code person:vladimir-putin}, {@code org:nis-kor},
 *                 {@code place:kursk}
 * @param type     what it is
 * @param name     its preferred name ("North Korea")
 * @param aliases  other names it goes by, as known to the gazetteer or seen in the text
 * @param country  ISO 3166 alpha-3 code of the country it belongs to (its own code for a country), or null
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, String country) {
  public Entity {
    aliases = List.copyOf(aliases);
  }

  /**
   * This entity as first written, with what a later sighting adds: its name (if different) and aliases not seen
   * yet, compared ignoring case and surrounding space; a missing type, name or country filled in. The one rule the
   * store and the Spark job both apply, so both give the same entities table.
   */
  public Entity mergedWith(Entity later) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    seen.add(key(name));
    java.util.List<String> merged = new java.util.ArrayList<>();
    for (String alias : aliases) {
      if (alias != null && seen.add(key(alias))) {
        merged.add(alias);
      }
    }
    if (later.name() != null && seen.add(key(later.name()))) {
      merged.add(later.name());
    }
    for (String alias : later.aliases()) {
      if (alias != null && seen.add(key(alias))) {
        merged.add(alias);
      }
    }
    return new Entity(id, type != null ? type : later.type(), name != null ? name : later.name(), merged,
        country != null ? country : later.country());
  }

  private static String key(String s) {
    return s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
