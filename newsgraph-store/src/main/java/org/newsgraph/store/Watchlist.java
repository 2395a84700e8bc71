package org.newsgraph.store;

import java.time.Instant;
import java.util.List;

/**
 * A saved query whose new matching claims and events a reader wants to be told about (issue 20): its feed lists
 * them, {@code newsgraph alerts} prints them. Stored in the store's {@code watchlists} table.
 *
 * @param id       its id ({@code w} and twelve hex digits)
 * @param name     what the reader called it
 * @param query    what it matches
 * @param created  when it was saved (UTC)
 */
public record Watchlist(String id, String name, Query query, Instant created) {

  /** The PLOVER event types a watchlist may name (the types the event extractor gives). */
  public static final List<String> EVENT_TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
      "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
      "ASSAULT");

  /**
   * What a watchlist matches. Each part that is given must hold; within a list, any one item will do.
   *
   * <ul>
   *   <li>{@code entities}: events the entity does, undergoes or that happen at it; claims it makes or whose words
   *       name it (entity ids);</li>
   *   <li>{@code eventTypes}: only events of these PLOVER types (claims are then left out);</li>
   *   <li>{@code sources}: claims of these sources (a country also gives its unnamed groups, "Ukrainian officials"),
   *       and events reported through such a claim (entity ids);</li>
   *   <li>{@code words}: only claims and events of the articles this search finds ({@link NewsStore#search});</li>
   *   <li>{@code minLevel}: only facts at least this well corroborated on their story's board: {@code SINGLE_SOURCE}
   *       (one named source asserts it, none denies it, or more assert it) or {@code CORROBORATED} (two or more
   *       independent named sources assert it, none denies it); null: any;</li>
   *   <li>{@code minConfidence}: only claims and events at least this sure (0 to 1; unknown confidence is left
   *       out); null: any.</li>
   * </ul>
   */
  public record Query(List<String> entities, List<String> eventTypes, List<String> sources, String words,
      StoryBoard.Level minLevel, Double minConfidence) {
    public Query {
      entities = entities == null ? List.of() : List.copyOf(entities);
      eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
      sources = sources == null ? List.of() : List.copyOf(sources);
      words = words == null || words.isBlank() ? null : words.strip();
    }

    /** Whether it names nothing to watch (a level or a confidence alone would match nearly everything). */
    public boolean isEmpty() {
      return entities.isEmpty() && eventTypes.isEmpty() && sources.isEmpty() && words == null;
    }
  }
}
