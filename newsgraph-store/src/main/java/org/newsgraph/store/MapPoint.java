package org.newsgraph.store;

import java.util.List;
import java.util.Map;

/**
 * The events located at one place, for the map.
 *
 * @param placeId     the place table's id
 * @param name        the place's name
 * @param country     ISO alpha-3, or null
 * @param lat         latitude
 * @param lon         longitude
 * @param events      events located there
 * @param reports     articles reporting them
 * @param modalities  events by modality name (ASSERTED, CLAIMED, ...)
 * @param examples    some of the events, newest first
 */
public record MapPoint(String placeId, String name, String country, double lat, double lon, int events,
    int reports, Map<String, Integer> modalities, List<MapEvent> examples) {
  public MapPoint {
    modalities = Map.copyOf(modalities);
    examples = List.copyOf(examples);
  }

  /**
   * One event at a place.
   *
   * @param articleId  the article reporting it
   * @param eventId    its id in the article
   * @param type       PLOVER type
   * @param modality   modality name
   * @param date       the first day of its interval, or null
   * @param headline   the article's headline, or null
   * @param placeFrom  "SENTENCE" or "DATELINE"
   */
  public record MapEvent(String articleId, String eventId, String type, String modality, java.time.LocalDate date,
      String headline, String placeFrom) {}
}
