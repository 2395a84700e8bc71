package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;

/**
 * The store's upsert rule for a canonical entity seen in many articles, as a fold over the articles in input
 * order: the first writer's name, type and country win (a missing one is filled in by a later writer); a later
 * writer's name and aliases not seen yet, ignoring case, are appended as aliases. The proof test checks that the
 * job's entities table equals the one the store builds article by article.
 */
final class Entities {
  private Entities() {}

  static Entity merge(Entity first, Entity later) {
    Set<String> seen = new HashSet<>();
    seen.add(key(first.name()));
    List<String> aliases = new ArrayList<>();
    for (String alias : first.aliases()) {
      if (alias != null && seen.add(key(alias))) {
        aliases.add(alias);
      }
    }
    if (later.name() != null && seen.add(key(later.name()))) {
      aliases.add(later.name());
    }
    for (String alias : later.aliases()) {
      if (alias != null && seen.add(key(alias))) {
        aliases.add(alias);
      }
    }
    EntityType type = first.type() != null ? first.type() : later.type();
    String name = first.name() != null ? first.name() : later.name();
    String country = first.country() != null ? first.country() : later.country();
    return new Entity(first.id(), type, name, aliases, country);
  }

  private static String key(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }
}
