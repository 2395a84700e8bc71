package org.newsgraph.core;

import java.util.List;

/**
 * Where an article's places are: each place mention resolved to a point, the dateline's place, and the place each
 * event is located at.
 *
 * @param mentions  one per place mention (names of places, regions and countries), in text order
 * @param dateline  the dateline's place, or null when the article has none or it is unknown
 * @param events    the place of each event that has one
 */
public record Geography(List<PlacePoint> mentions, PlacePoint dateline, List<EventPlace> events) {
  public static final Geography NONE = new Geography(List.of(), null, List.of());

  public Geography {
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
  }

  /**
   * Where an event happens on the map, and where that was read from.
   *
   * @param eventId  the {@link Event#id()}
   * @param place    the point (always resolved)
   * @param from     {@link From#SENTENCE} when the event's own sentence names the place, {@link From#DATELINE} when
   *                 the text gives none and the dateline stands in
   */
  public record EventPlace(String eventId, PlacePoint place, From from) {}

  /** Where an event's place was read from. */
  public enum From { SENTENCE, DATELINE }
}
