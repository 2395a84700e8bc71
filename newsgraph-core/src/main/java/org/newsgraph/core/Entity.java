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
}
