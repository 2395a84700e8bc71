package org.newsgraph.app.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Geography;
import org.newsgraph.core.PlacePoint;
import org.newsgraph.store.MapPoint;

/** The places of the API: an article's place points, an event's place, and the map of events by place. */
public final class PlaceViews {
  private PlaceViews() {}

  /**
   * A place mention (or the dateline, with no span) resolved to the place table.
   *
   * @param begin       first character of the mention, or null for the dateline
   * @param end         end of the mention, or null for the dateline
   * @param entityId    the mention's entity, or null
   * @param placeId     the place table's id (GeoNames id of a town, "US.TX" for a division, "UA" for a country), or
   *                    null when the name is in no table
   * @param name        the place's name, or the words as written when unresolved
   * @param country     ISO alpha-3, or null
   * @param lat         latitude, or null when unresolved (never 0, 0 for "unknown")
   * @param lon         longitude, or null when unresolved
   * @param confidence  0..1
   * @param evidence    what decided it
   */
  public record PlaceView(@Nullable Integer begin, @Nullable Integer end, @Nullable String entityId,
      @Nullable String placeId, String name, @Nullable String country, @Nullable Double lat, @Nullable Double lon,
      double confidence, @Nullable String evidence) {
    public static PlaceView of(PlacePoint p) {
      return new PlaceView(p.span() == null ? null : p.span().begin(), p.span() == null ? null : p.span().end(),
          p.entityId(), p.placeId(), p.name(), p.country(), p.lat(), p.lon(), p.confidence(), p.evidence());
    }
  }

  /**
   * Where an event is on the map.
   *
   * @param eventId  the event's id in the article
   * @param place    the place
   * @param from     "sentence" when the event's sentence names it, "dateline" when the dateline stands in
   */
  public record EventPlaceView(String eventId, PlaceView place, Geography.From from) {
    static EventPlaceView of(Geography.EventPlace e) {
      return new EventPlaceView(e.eventId(), PlaceView.of(e.place()), e.from());
    }
  }

  /** Events by modality at one place. */
  public record ModalityCounts(int asserted, int claimed, int denied, int negated, int planned, int hypothetical) {
    static ModalityCounts of(Map<String, Integer> m) {
      return new ModalityCounts(m.getOrDefault("ASSERTED", 0), m.getOrDefault("CLAIMED", 0),
          m.getOrDefault("DENIED", 0), m.getOrDefault("NEGATED", 0), m.getOrDefault("PLANNED", 0),
          m.getOrDefault("HYPOTHETICAL", 0));
    }
  }

  /**
   * One event at a place on the map.
   *
   * @param articleId  the article reporting it
   * @param eventId    its id there
   * @param type       PLOVER type
   * @param modality   how the text holds it (lower case)
   * @param date       first day of its interval, or null
   * @param headline   the article's headline, or null
   * @param from       "sentence" or "dateline"
   */
  public record MapEventView(String articleId, String eventId, String type, String modality,
      @Nullable LocalDate date, @Nullable String headline, String from) {}

  /**
   * The events at one place.
   *
   * @param placeId     the place table's id
   * @param name        the place's name
   * @param country     ISO alpha-3, or null
   * @param lat         latitude
   * @param lon         longitude
   * @param events      events located there
   * @param reports     articles reporting them (the marker's size)
   * @param modalities  events by modality (the marker's colour)
   * @param examples    some of the events, newest first
   */
  public record MapPlace(String placeId, String name, @Nullable String country, double lat, double lon, int events,
      int reports, ModalityCounts modalities, List<MapEventView> examples) {
    static MapPlace of(MapPoint p) {
      return new MapPlace(p.placeId(), p.name(), p.country(), p.lat(), p.lon(), p.events(), p.reports(),
          ModalityCounts.of(p.modalities()), p.examples().stream().map(e -> new MapEventView(e.articleId(),
              e.eventId(), e.type(), e.modality().toLowerCase(java.util.Locale.ROOT), e.date(), e.headline(),
              e.placeFrom().toLowerCase(java.util.Locale.ROOT))).toList());
    }
  }

  /**
   * {@code GET /api/map}: the events of a search, some articles or an entity, by place.
   *
   * @param articles  articles the map was drawn from (0 when every article was)
   * @param places    places with most events first
   */
  public record MapAnswer(int articles, List<MapPlace> places) {
    public static MapAnswer of(int articles, List<MapPoint> points) {
      return new MapAnswer(articles, points.stream().map(MapPlace::of).toList());
    }
  }
}
