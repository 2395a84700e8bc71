package org.newsgraph.core;

/** What kind of thing an entity is. Countries are places that can also act (governments, by metonymy). */
public enum EntityType {
  COUNTRY, REGION, PLACE, PERSON, ORGANIZATION, GROUP, MISC;

  /** The id prefix used for canonical ids of this type, e.g. {@code country:PRK}. */
  public String prefix() {
    return switch (this) {
      case COUNTRY -> "country";
      case REGION, PLACE -> "place";
      case PERSON -> "person";
      case ORGANIZATION -> "org";
      case GROUP -> "group";
      case MISC -> "misc";
    };
  }
}
