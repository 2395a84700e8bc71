package org.newsgraph.core;

/**
 * A stretch of text that names an entity.
 *
 * @param span      where it is in the article text
 * @param entityId  the canonical entity it refers to
 * @param role      how it refers: {@link Role#NAME} literally, {@link Role#METONYM} a capital or seat standing for
 *                  its country or government ("Pyongyang said"), {@link Role#DEMONYM} an adjective or people
 *                  ("North Korean troops"), {@link Role#DESCRIPTION} a description ("South Korea's spy agency")
 * @param confidence the probability, 0..1, that the mention is a real name with these bounds and its entity's type,
 *                   calibrated on labelled data; null when no model gave one
 */
public record Mention(Span span, String entityId, Role role, Double confidence) {
  public enum Role { NAME, METONYM, DEMONYM, DESCRIPTION }

  public Mention {
    if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("a confidence is between 0 and 1: " + confidence);
    }
  }

  /** A mention with no confidence given. */
  public Mention(Span span, String entityId, Role role) {
    this(span, entityId, role, null);
  }

  /** This mention with {@code confidence} set (null for none). */
  public Mention withConfidence(Double c) {
    return new Mention(span, entityId, role, c);
  }
}
