package org.newsgraph.stories.cluster;

import java.util.Locale;
import java.util.Objects;

/**
 * Whether an entity names the outlet that published an article ("org:reuters" in every Reuters article). The outlet's
 * name is normalised once per outlet, not once per shared entity of every candidate story (two regular expressions
 * each time: a cost that grew with the candidates). Not thread-safe, like the clusterer that holds it.
 */
final class OutletNames {
  private String outlet;
  private String normalised;

  /** Whether {@code entity} (kind, ':', name) is {@code outlet} or one of its parts (false for no outlet). */
  boolean names(String entity, String outlet) {
    if (outlet == null || outlet.isBlank()) {
      return false;
    }
    if (!Objects.equals(outlet, this.outlet)) {
      normalised = outlet.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
      this.outlet = outlet;
    }
    String o = normalised;
    String name = entity.substring(entity.indexOf(':') + 1);
    return name.equals(o) || name.startsWith(o + "-") || o.startsWith(name + "-");
  }
}
