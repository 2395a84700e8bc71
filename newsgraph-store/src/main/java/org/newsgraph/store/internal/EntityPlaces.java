package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Geography;
import org.newsgraph.core.PlacePoint;

/**
 * The {@code entity_places} table (schema version 16, issue 21): per entity and place, how many of the stored place
 * rows with a point resolve that entity's mentions to that place, with the sums of their coordinates and confidences.
 * An entity's page names the place its mentions resolve to most often from these rows ({@link #placeOf}) instead of
 * grouping its rows of {@code places}: a scan of the whole table (5M rows at a million articles, 100-190 ms for a
 * country), as DuckDB uses no index for a group over that many rows. Kept by {@link ArticleWriter} in each batch's
 * transaction, like {@link EntityCounts}; articles are never deleted, so the counts only grow. A store over Parquet
 * tables sees a view that groups instead. A place row without a place id is kept under {@code ''}.
 */
final class EntityPlaces {
  static final String TABLE = "entity_places";
  static final String DDL = "CREATE TABLE IF NOT EXISTS " + TABLE + " (entity_id VARCHAR NOT NULL,"
      + " place_id VARCHAR NOT NULL, name VARCHAR NOT NULL, country VARCHAR, lat_sum DOUBLE NOT NULL,"
      + " lon_sum DOUBLE NOT NULL, confidence_sum DOUBLE NOT NULL, n INTEGER NOT NULL,"
      + " PRIMARY KEY (entity_id, place_id))";
  /** The rows from {@code places} itself: what the table is filled with on upgrade, and what it must agree with. */
  static final String REGROUP = "SELECT entity_id, coalesce(place_id, '') AS place_id, any_value(name) AS name,"
      + " any_value(country) AS country, sum(lat) AS lat_sum, sum(lon) AS lon_sum, sum(confidence) AS confidence_sum,"
      + " CAST(count(*) AS INTEGER) AS n FROM places WHERE entity_id IS NOT NULL AND lat IS NOT NULL GROUP BY 1, 2";

  private EntityPlaces() {}

  /** Schema step to version 16, in the caller's transaction: the table, filled from the stored place rows. */
  static void create(Database db) throws SQLException {
    KeptTables.create(db, TABLE, DDL, REGROUP);
  }

  /** For a store over Parquet tables: the table replaced by a view that groups. */
  static void attachView(Database db) throws SQLException {
    KeptTables.attachView(db, TABLE, REGROUP);
  }

  /**
   * Adds what {@code fresh} (articles being stored in the caller's transaction) adds: each place row with a point
   * and an entity, as {@link PlaceRows#append} stores them (the mentions, then the dateline). The name and country
   * kept for a place are the first stored.
   */
  static void add(Database db, Collection<AnalyzedArticle> fresh) throws SQLException {
    record Key(String entity, String place) {}
    final class Sums {
      final String name;
      final String country;
      double lat;
      double lon;
      double confidence;
      int n;

      Sums(PlacePoint p) {
        name = p.name();
        country = p.country();
      }
    }
    Map<Key, Sums> add = new LinkedHashMap<>();
    for (AnalyzedArticle a : fresh) {
      Geography g = a.geography();
      List<PlacePoint> rows = new ArrayList<>(g.mentions());
      if (g.dateline() != null) {
        rows.add(g.dateline());
      }
      for (PlacePoint p : rows) {
        if (p.entityId() == null || p.lat() == null) {
          continue;
        }
        Sums s = add.computeIfAbsent(new Key(p.entityId(), p.placeId() == null ? "" : p.placeId()),
            k -> new Sums(p));
        s.lat += p.lat();
        s.lon += p.lon();
        s.confidence += p.confidence();
        s.n++;
      }
    }
    if (add.isEmpty()) {
      return;
    }
    List<String> entities = new ArrayList<>();
    List<String> places = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<Double> lats = new ArrayList<>();
    List<Double> lons = new ArrayList<>();
    List<Double> confidences = new ArrayList<>();
    List<Integer> ns = new ArrayList<>();
    add.forEach((k, s) -> {
      entities.add(k.entity());
      places.add(k.place());
      names.add(s.name);
      countries.add(s.country);
      lats.add(s.lat);
      lons.add(s.lon);
      confidences.add(s.confidence);
      ns.add(s.n);
    });
    try (PreparedStatement p = db.prepare("INSERT INTO " + TABLE + " SELECT * FROM (SELECT unnest(?) AS e,"
        + " unnest(?) AS p, unnest(?) AS nm, unnest(?) AS c, unnest(?) AS la, unnest(?) AS lo, unnest(?) AS cf,"
        + " unnest(?) AS n) ON CONFLICT (entity_id, place_id) DO UPDATE SET"
        + " lat_sum = " + TABLE + ".lat_sum + excluded.lat_sum, lon_sum = " + TABLE + ".lon_sum + excluded.lon_sum,"
        + " confidence_sum = " + TABLE + ".confidence_sum + excluded.confidence_sum,"
        + " n = " + TABLE + ".n + excluded.n")) {
      p.setArray(1, db.varchars(entities));
      p.setArray(2, db.varchars(places));
      p.setArray(3, db.varchars(names));
      p.setArray(4, db.varchars(countries));
      p.setArray(5, db.connection().createArrayOf("DOUBLE", lats.toArray()));
      p.setArray(6, db.connection().createArrayOf("DOUBLE", lons.toArray()));
      p.setArray(7, db.connection().createArrayOf("DOUBLE", confidences.toArray()));
      p.setArray(8, db.connection().createArrayOf("INTEGER", ns.toArray()));
      p.executeUpdate();
    }
  }

  /** The place {@code entityId}'s mentions resolve to most often (the lowest place id among equals), or empty. */
  static Optional<PlacePoint> placeOf(Database db, String entityId) throws SQLException {
    try (PreparedStatement p = db.prepare("SELECT place_id, name, country, lat_sum / n AS lat, lon_sum / n AS lon,"
        + " confidence_sum / n AS confidence FROM " + TABLE + " WHERE entity_id = ?"
        + " ORDER BY n DESC, place_id = '', place_id LIMIT 1")) { // a missing place id last, as NULLS LAST
      p.setString(1, entityId);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        String place = r.getString("place_id");
        return Optional.of(new PlacePoint(null, entityId, place.isEmpty() ? null : place, r.getString("name"),
            r.getString("country"), r.getDouble("lat"), r.getDouble("lon"), r.getDouble("confidence"), "mentions"));
      }
    }
  }
}
