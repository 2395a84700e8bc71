package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.newsgraph.core.Geography;
import org.newsgraph.core.PlacePoint;
import org.newsgraph.core.Span;
import org.newsgraph.store.MapPoint;

/**
 * The place tables (schema version 5, issue 22): {@code places} holds each article's place mentions resolved to
 * points (idx -1: the dateline), {@code event_places} where each event is located and whether its sentence or the
 * dateline said so. Written with the article; read back into its {@link Geography}; queried for the map.
 */
public final class PlaceRows {
  /** Both tables, created by the upgrade to version 5 (and so in every new store). */
  static final List<String> DDL = List.of("""
      CREATE TABLE IF NOT EXISTS places (
        article_id VARCHAR NOT NULL,
        idx        INTEGER NOT NULL,
        "begin"    INTEGER,
        "end"      INTEGER,
        entity_id  VARCHAR,
        place_id   VARCHAR,
        name       VARCHAR NOT NULL,
        country    VARCHAR,
        lat        DOUBLE,
        lon        DOUBLE,
        confidence DOUBLE NOT NULL,
        evidence   VARCHAR
      )""", """
      CREATE TABLE IF NOT EXISTS event_places (
        article_id VARCHAR NOT NULL,
        event_id   VARCHAR NOT NULL,
        place_idx  INTEGER NOT NULL,
        entity_id  VARCHAR,
        place_id   VARCHAR NOT NULL,
        name       VARCHAR NOT NULL,
        country    VARCHAR,
        lat        DOUBLE NOT NULL,
        lon        DOUBLE NOT NULL,
        confidence DOUBLE NOT NULL,
        place_from VARCHAR NOT NULL
      )""");
  private static final int DATELINE = -1;
  private static final int MAX_EXAMPLES = 20;

  private final Database db;

  public PlaceRows(Database db) {
    this.db = db;
  }

  static void append(DuckDBAppender places, DuckDBAppender eventPlaces, String articleId, Geography g)
      throws SQLException {
    List<PlacePoint> ms = g.mentions();
    for (int i = 0; i < ms.size(); i++) {
      appendPlace(places, articleId, i, ms.get(i));
    }
    if (g.dateline() != null) {
      appendPlace(places, articleId, DATELINE, g.dateline());
    }
    for (Geography.EventPlace e : g.events()) {
      PlacePoint p = e.place();
      int idx = p.span() == null ? DATELINE : ms.indexOf(p);
      eventPlaces.beginRow().append(articleId).append(e.eventId()).append(idx);
      Database.appendNullable(eventPlaces, p.entityId());
      eventPlaces.append(p.placeId()).append(p.name());
      Database.appendNullable(eventPlaces, p.country());
      eventPlaces.append(p.lat()).append(p.lon()).append(p.confidence()).append(e.from().name());
      eventPlaces.endRow();
    }
  }

  private static void appendPlace(DuckDBAppender ap, String articleId, int idx, PlacePoint p) throws SQLException {
    ap.beginRow().append(articleId).append(idx);
    Database.appendNullable(ap, p.span() == null ? null : p.span().begin());
    Database.appendNullable(ap, p.span() == null ? null : p.span().end());
    Database.appendNullable(ap, p.entityId());
    Database.appendNullable(ap, p.placeId());
    ap.append(p.name());
    Database.appendNullable(ap, p.country());
    appendNullable(ap, p.lat());
    appendNullable(ap, p.lon());
    ap.append(p.confidence());
    Database.appendNullable(ap, p.evidence());
    ap.endRow();
  }

  private static void appendNullable(DuckDBAppender ap, Double v) throws SQLException {
    if (v == null) {
      ap.appendNull();
    } else {
      ap.append(v.doubleValue());
    }
  }

  /** The geography of each of {@code ids} that has place rows. */
  static Map<String, Geography> read(Database db, List<String> ids) throws SQLException {
    Map<String, List<PlacePoint>> mentions = new HashMap<>();
    Map<String, PlacePoint> datelines = new HashMap<>();
    try (PreparedStatement p = db.prepare("SELECT * FROM places WHERE article_id IN (SELECT unnest(?))"
        + " ORDER BY article_id, idx")) {
      p.setArray(1, db.varchars(ids));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          PlacePoint pt = point(r);
          if (r.getInt("idx") == DATELINE) {
            datelines.put(r.getString("article_id"), pt);
          } else {
            mentions.computeIfAbsent(r.getString("article_id"), k -> new ArrayList<>()).add(pt);
          }
        }
      }
    }
    Map<String, List<Geography.EventPlace>> events = new HashMap<>();
    try (PreparedStatement p = db.prepare("SELECT * FROM event_places WHERE article_id IN (SELECT unnest(?))"
        + " ORDER BY article_id, event_id")) {
      p.setArray(1, db.varchars(ids));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String a = r.getString("article_id");
          int idx = r.getInt("place_idx");
          PlacePoint pt = idx == DATELINE ? datelines.get(a) : mentions.getOrDefault(a, List.of()).get(idx);
          events.computeIfAbsent(a, k -> new ArrayList<>()).add(new Geography.EventPlace(r.getString("event_id"),
              pt, Geography.From.valueOf(r.getString("place_from"))));
        }
      }
    }
    Map<String, Geography> out = new HashMap<>();
    for (String id : ids) {
      if (mentions.containsKey(id) || datelines.containsKey(id) || events.containsKey(id)) {
        List<Geography.EventPlace> ev = new ArrayList<>(events.getOrDefault(id, List.of()));
        ev.sort((x, y) -> eventOrder(x.eventId(), y.eventId()));
        out.put(id, new Geography(mentions.getOrDefault(id, List.of()), datelines.get(id), ev));
      }
    }
    return out;
  }

  /** "e2" before "e10". */
  private static int eventOrder(String a, String b) {
    String da = a.replaceAll("\\D", "");
    String dbs = b.replaceAll("\\D", "");
    if (!da.isEmpty() && !dbs.isEmpty() && da.length() < 10 && dbs.length() < 10) {
      int c = Integer.compare(Integer.parseInt(da), Integer.parseInt(dbs));
      if (c != 0) {
        return c;
      }
    }
    return a.compareTo(b);
  }

  private static PlacePoint point(ResultSet r) throws SQLException {
    Integer begin = (Integer) r.getObject("begin");
    Integer end = (Integer) r.getObject("end");
    Object lat = r.getObject("lat");
    Object lon = r.getObject("lon");
    return new PlacePoint(begin == null ? null : new Span(begin, end), r.getString("entity_id"),
        r.getString("place_id"), r.getString("name"), r.getString("country"),
        lat == null ? null : ((Number) lat).doubleValue(), lon == null ? null : ((Number) lon).doubleValue(),
        r.getDouble("confidence"), r.getString("evidence"));
  }

  /**
   * The place an entity's mentions resolve to most often (with a point), or empty: from the counts kept per entity
   * and place ({@link EntityPlaces}).
   */
  public Optional<PlacePoint> placeOf(String entityId) {
    return db.read(() -> EntityPlaces.placeOf(db, entityId));
  }

  /**
   * Events by place: of the articles {@code articleIds} (null: all), and, when {@code entityId} is given, those it
   * takes part in (actor or recipient) or that happen at it. Places with most events first, at most {@code limit}.
   */
  public List<MapPoint> eventMap(Collection<String> articleIds, String entityId, int limit) {
    return db.read(() -> {
      StringBuilder where = new StringBuilder(" WHERE true");
      List<Object> args = new ArrayList<>();
      if (articleIds != null) {
        where.append(" AND ep.article_id IN (SELECT unnest(?))");
        args.add(db.varchars(articleIds));
      }
      if (entityId != null) {
        where.append(" AND (ep.entity_id = ? OR list_contains(v.actor_entities, ?)"
            + " OR list_contains(v.recipient_entities, ?) OR v.location_entity = ?)");
        for (int i = 0; i < 4; i++) {
          args.add(entityId);
        }
      }
      String sql = "SELECT ep.place_id, ep.name, ep.country, ep.lat, ep.lon, ep.article_id, ep.event_id,"
          + " ep.place_from, v.type, v.modality, v.resolved_begin, a.headline, a.anchor FROM event_places ep"
          + " JOIN events v ON v.article_id = ep.article_id AND v.id = ep.event_id"
          + " JOIN articles a ON a.id = ep.article_id" + where
          + " ORDER BY a.anchor DESC NULLS LAST, ep.article_id, ep.event_id";
      Map<String, Acc> by = new LinkedHashMap<>();
      try (PreparedStatement p = db.prepare(sql)) {
        for (int i = 0; i < args.size(); i++) {
          p.setObject(i + 1, args.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            Acc acc = by.computeIfAbsent(r.getString("place_id"), k -> new Acc());
            acc.add(r);
          }
        }
      }
      List<MapPoint> out = new ArrayList<>();
      for (Map.Entry<String, Acc> e : by.entrySet()) {
        out.add(e.getValue().point(e.getKey()));
      }
      out.sort((x, y) -> x.events() != y.events() ? Integer.compare(y.events(), x.events())
          : x.placeId().compareTo(y.placeId()));
      return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    });
  }

  /** What one place gathers while the rows stream by. */
  private static final class Acc {
    String name;
    String country;
    double lat;
    double lon;
    int events;
    final java.util.Set<String> articles = new java.util.HashSet<>();
    final Map<String, Integer> modalities = new java.util.TreeMap<>();
    final List<MapPoint.MapEvent> examples = new ArrayList<>();

    void add(ResultSet r) throws SQLException {
      name = r.getString("name");
      country = r.getString("country");
      lat = r.getDouble("lat");
      lon = r.getDouble("lon");
      events++;
      articles.add(r.getString("article_id"));
      modalities.merge(r.getString("modality"), 1, Integer::sum);
      if (examples.size() < MAX_EXAMPLES) {
        examples.add(new MapPoint.MapEvent(r.getString("article_id"), r.getString("event_id"), r.getString("type"),
            r.getString("modality"), Database.date(r, "resolved_begin"), r.getString("headline"),
            r.getString("place_from")));
      }
    }

    MapPoint point(String placeId) {
      return new MapPoint(placeId, name, country, lat, lon, events, articles.size(), modalities, examples);
    }
  }
}
