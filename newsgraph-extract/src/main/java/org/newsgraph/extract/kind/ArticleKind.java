package org.newsgraph.extract.kind;

import java.util.Locale;

/**
 * What kind of text an article is, as far as events go: news of politics (government, elections, conflict, crime,
 * diplomacy), where PLOVER's political events are reported, or one of the kinds a feed also carries where the same
 * words mean something else: business and markets, sport, technology and products, entertainment (films, music,
 * television, reviews).
 */
public enum ArticleKind {
  POLITICS, BUSINESS, SPORT, TECH, ENTERTAINMENT;

  /** The lower-case name used in files and output ("politics"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind of a lower-case name, or an error listing the names. */
  public static ArticleKind of(String key) {
    for (ArticleKind k : values()) {
      if (k.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException("'" + key + "' is not an article kind (politics, business, sport, tech, "
        + "entertainment)");
  }
}
