package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.testkit.ArticleBuilder;
import org.newsgraph.core.Geography;
import org.newsgraph.core.PlacePoint;
import org.newsgraph.core.Span;

/**
 * The place counts per entity (schema version 16) agree with a grouping of the place rows they summarise, and an
 * entity's place read from them is the one the grouping of {@code places} gives: after saves of random geographies
 * (repeated places, ties, points and no points, datelines, places without an id), after a repeated save, in a store
 * upgraded from version 15, and over Parquet tables.
 */
class EntityPlacesTest {
  private static final List<String> ENTITIES = List.of(Samples.KURSK, Samples.RUS, Samples.PRK, "place:seoul",
      "place:paris");
  private static final String[][] PLACES = {
      {"554234", "Kursk", "RUS"}, {"2017370", "Russia", null}, {"1835848", "Seoul", "KOR"},
      {"2988507", "Paris", "FRA"}, {null, "Somewhere", null}};

  @TempDir Path dir;

  /** The kursk sample under {@code id}, with a random geography over a few entities and places. */
  private static AnalyzedArticle randomPlaces(String id, SplittableRandom rnd) {
    AnalyzedArticle article = ArticleBuilder.text("Report " + id + " from Kursk, Seoul and Paris.").build();
    List<PlacePoint> mentions = new ArrayList<>();
    int n = rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      mentions.add(point(new Span(i, i + 1), rnd));
    }
    PlacePoint dateline = rnd.nextInt(3) == 0 ? point(null, rnd) : null;
    return article.withGeography(new Geography(mentions, dateline, List.of()), "places.test.v1");
  }

  private static PlacePoint point(Span span, SplittableRandom rnd) {
    String[] p = PLACES[rnd.nextInt(PLACES.length)];
    boolean located = rnd.nextInt(4) != 0;
    String entity = rnd.nextInt(8) == 0 ? null : ENTITIES.get(rnd.nextInt(ENTITIES.size()));
    return new PlacePoint(span, entity, p[0], p[1], p[2], located ? 10.0 + rnd.nextInt(3) * 0.25 : null,
        located ? -5.5 : null, rnd.nextInt(1, 10) / 10.0, "linked");
  }

  /** The place of {@code entity} as the grouping of {@code places} gives it: the reference definition. */
  private static Optional<String> grouped(Path store, String entity) throws SQLException {
    Map<String, String> out = StoreSql.pairs(store, "SELECT 1, coalesce(place_id, 'null') || ' ' || count(*)"
        + " || ' ' || round(avg(lat), 9) || ' ' || round(avg(confidence), 9) FROM places"
        + " WHERE entity_id = '" + entity + "' AND lat IS NOT NULL"
        + " GROUP BY place_id ORDER BY count(*) DESC, place_id LIMIT 1");
    return Optional.ofNullable(out.get("1"));
  }

  private static Optional<String> described(NewsStore s, String entity, Path store) throws SQLException {
    Optional<PlacePoint> p = s.placeOf(entity);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    long n = Long.parseLong(StoreSql.pairs(store, "SELECT 1, count(*) FROM places WHERE entity_id = '" + entity + "'"
        + " AND lat IS NOT NULL AND place_id IS NOT DISTINCT FROM "
        + (p.get().placeId() == null ? "NULL" : "'" + p.get().placeId() + "'")).get("1"));
    return Optional.of(p.get().placeId() + " " + n + " " + round(p.get().lat()) + " " + round(p.get().confidence()));
  }

  private static String round(double v) {
    return new java.math.BigDecimal(v).setScale(9, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  private static Map<String, String> table(Path store) throws SQLException {
    return StoreSql.pairs(store, "SELECT entity_id || ' ' || place_id, n || ' ' || round(lat_sum, 6) || ' ' || name"
        + " FROM entity_places");
  }

  private static Map<String, String> regrouped(Path store) throws SQLException {
    return StoreSql.pairs(store, "SELECT entity_id || ' ' || coalesce(place_id, ''), count(*) || ' ' || round(sum(lat), 6)"
        + " || ' ' || min(name) FROM places WHERE entity_id IS NOT NULL AND lat IS NOT NULL GROUP BY entity_id,"
        + " place_id");
  }

  private static List<AnalyzedArticle> batch(String prefix, int n, SplittableRandom rnd) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(randomPlaces(prefix + i, rnd));
    }
    return out;
  }

  @Test
  void the_counts_agree_with_the_place_rows_and_each_entity_gets_the_grouped_place() throws Exception {
    SplittableRandom rnd = new SplittableRandom(20261207);
    List<AnalyzedArticle> first = batch("a", 40, rnd);
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(first, List.of(), "run-1");
      s.save(first.subList(0, 10), List.of(), "run-2"); // already stored: counted once
      s.save(batch("b", 40, rnd), List.of(), "run-3");
    }
    Map<String, String> table = table(dir);
    assertEquals(regrouped(dir), table);
    assertTrue(table.size() >= 10, table::toString);
    try (NewsStore s = NewsStore.open(dir)) {
      int placed = 0;
      for (String e : ENTITIES) {
        assertEquals(grouped(dir, e), described(s, e, dir), e);
        placed += s.placeOf(e).isPresent() ? 1 : 0;
      }
      assertEquals(ENTITIES.size(), placed, "every entity has a located mention in 80 random articles");
      assertTrue(s.placeOf("place:nowhere").isEmpty());
    }
  }

  @Test
  void a_version_15_store_gets_its_place_counts_on_open_and_keeps_them_after() throws Exception {
    SplittableRandom rnd = new SplittableRandom(7);
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(batch("a", 30, rnd), List.of(), "run-1");
    }
    Map<String, String> before = table(dir);
    StoreSql.run(dir, "DROP TABLE entity_places", "UPDATE meta SET value = '15' WHERE key = 'schema_version'");
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(before, table(dir));
      s.save(batch("b", 30, rnd), List.of(), "run-2");
    }
    assertEquals(regrouped(dir), table(dir));
    assertFalse(table(dir).equals(before));
  }

  @Test
  void a_store_over_parquet_tables_groups_the_places_in_a_view() throws Exception {
    SplittableRandom rnd = new SplittableRandom(11);
    Path out = dir.resolve("parquet");
    Map<String, Optional<PlacePoint>> stored = new TreeMap<>();
    try (NewsStore s = NewsStore.open(dir.resolve("store"))) {
      s.save(batch("a", 30, rnd), List.of(), "run-1");
      for (String e : ENTITIES) {
        stored.put(e, s.placeOf(e));
      }
      StoreFiles.exportParquet(s, out);
    }
    try (NewsStore p = StoreFiles.openParquet(out)) {
      for (String e : ENTITIES) {
        Optional<PlacePoint> v = p.placeOf(e);
        assertEquals(stored.get(e).map(PlacePoint::placeId), v.map(PlacePoint::placeId), e);
        assertEquals(stored.get(e).map(x -> round(x.lat())), v.map(x -> round(x.lat())), e);
      }
    }
  }
}
