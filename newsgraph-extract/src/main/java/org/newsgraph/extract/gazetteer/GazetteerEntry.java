package org.newsgraph.extract.gazetteer;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;

/**
 * One thing the gazetteer knows: a country, a capital, a region or city, or an organisation.
 *
 * @param id          canonical id: {@code country:PRK}, {@code place:seoul}, {@code place:kursk}, {@code org:nis-kor}
 * @param type        {@link EntityType#COUNTRY}, {@link EntityType#REGION}, {@link EntityType#PLACE} (cities and
 *                    capitals) or {@link EntityType#ORGANIZATION}
 * @param name        the preferred name
 * @param aliases     other names (for a country: official names and abbreviations, not demonyms or capitals)
 * @param country     ISO 3166-1 alpha-3 code of the country it belongs to (its own for a country), or null
 * @param kind        {@code "country"}, {@code "capital"}, {@code "region"}, {@code "city"} or the organisation kind
 *                    ({@code "intelligence"}, {@code "military"}, ...)
 * @param descriptors for an organisation, the lower-case descriptions it is referred to by with its country's
 *                    possessive or demonym ("spy agency"); empty otherwise
 */
public record GazetteerEntry(String id, EntityType type, String name, List<String> aliases, String country,
    String kind, List<String> descriptors) {

  public GazetteerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
    descriptors = List.copyOf(descriptors);
  }

  /** The canonical entity: {@code Entity(id, type, name, aliases, country)}. */
  public Entity toEntity() {
    return new Entity(id, type, name, aliases, country);
  }
}
