package org.newsgraph.extract.coref;

import java.util.List;
import org.newsgraph.core.Span;

/**
 * What a pronoun or description refers to: one entity, or honestly no one in particular (an unnamed source or
 * group: "analysts … they", "both sides" of two countries, "I" in an opinion column).
 *
 * @param entityId    the entity referred to, or null when the reference is to no single named entity
 * @param members     for a group of named entities ("both sides" after "Russia and Ukraine"), those entities in
 *                    text order; else empty
 * @param antecedent  the words referred back to ("Ukrainian officials" for "they"; "Putin" for "he"), or null when
 *                    none was found
 * @param confidence  0..1, how often a resolution of this kind was right where checked by hand
 * @param reason      how it was resolved, for people reading the output ("pronoun he → last male person subject")
 */
public record Resolution(String entityId, List<String> members, Span antecedent, double confidence,
    String reason) {

  public Resolution {
    members = List.copyOf(members);
  }

  static Resolution entity(String entityId, Span antecedent, double confidence, String reason) {
    return new Resolution(entityId, List.of(), antecedent, confidence, reason);
  }

  static Resolution unnamed(List<String> members, Span antecedent, double confidence, String reason) {
    return new Resolution(null, members, antecedent, confidence, reason);
  }

  /** Whether it names one entity. */
  public boolean named() {
    return entityId != null;
  }

  /** The same resolution, reached through another step ("relative who → " + this reason). */
  Resolution via(String step, double factor) {
    return new Resolution(entityId, members, antecedent, confidence * factor, step + " → " + reason);
  }
}
