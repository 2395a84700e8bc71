package org.newsgraph.core;

/**
 * A stretch of text that names an entity.
 *
 * @param span      where it is in the article text
 * @param entityId  the canonical entity it refers to
 * @param role      how it refers: {@link Role#NAME} literally, {@link Role#METONYM} a capital or seat standing for
 *                  its country or government ("Pyongyang said"), {@link Role#DEMONYM} an adjective or people
 *                  ("North Korean troops"), {@link Role#DESCRIPTION} a description ("South Korea's spy agency")
 */
public record Mention(Span span, String entityId, Role role) {
  public enum Role { NAME, METONYM, DEMONYM, DESCRIPTION }
}
