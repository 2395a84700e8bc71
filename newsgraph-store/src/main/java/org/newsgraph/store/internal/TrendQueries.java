package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.Trend;

/**
 * Counts of events or claims per period and key, in two queries (the counts; the dated and undated totals): the
 * tables' definition of a trend, which the index counts ({@code TrendCounts}; {@code TrendCountsTest} checks both agree).
 */
public final class TrendQueries {
  private TrendQueries() {}

  /**
   * The {@code limit} keys with the most, each with its counts per period, of the articles {@code articleIds} (null:
   * every article) dated in [from, to) (null: unbounded).
   */
  public static Trend count(Database db, Trend.By by, Trend.Interval interval, Collection<String> articleIds,
      LocalDate from, LocalDate to, int limit, boolean truncated) {
    return db.read(() -> {
      List<Object> args = new ArrayList<>();
      StringBuilder rows = new StringBuilder("SELECT ").append(key(by)).append(" AS k, a.anchor AS day FROM ")
          .append(by.claims() ? "claims x" : "events x").append(" JOIN articles a ON a.id = x.article_id WHERE true");
      if (articleIds != null) {
        rows.append(" AND x.article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))");
        args.add(db.varchars(articleIds));
      }
      String inPeriod = "day IS NOT NULL" + (from == null ? "" : " AND day >= ?") + (to == null ? "" : " AND day < ?");
      String keyed = "WITH r AS (" + rows + "), f AS (SELECT k, day FROM r WHERE k IS NOT NULL AND k <> '')";
      List<Object> countArgs = new ArrayList<>(args);
      addPeriod(countArgs, from, to);
      countArgs.add(limit);
      addPeriod(countArgs, from, to);
      String counts = keyed + ", top AS (SELECT k, count(*) AS n FROM f WHERE " + inPeriod
          + " GROUP BY k ORDER BY n DESC, k LIMIT ?)"
          + " SELECT f.k, any_value(en.name) AS name, CAST(date_trunc('" + interval.lower() + "', f.day) AS DATE) AS d,"
          + " count(*) AS n, any_value(top.n) AS total FROM f JOIN top ON top.k = f.k"
          + " LEFT JOIN entities en ON en.id = f.k WHERE " + inPeriod.replace("day", "f.day")
          + " GROUP BY f.k, d ORDER BY total DESC, f.k, d";
      Map<String, Trend.Series> series = new LinkedHashMap<>();
      Map<String, List<Trend.Point>> points = new LinkedHashMap<>();
      try (PreparedStatement p = db.prepare(counts)) {
        Database.bind(p, countArgs.toArray());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String k = r.getString("k");
            String name = r.getString("name");
            series.putIfAbsent(k, new Trend.Series(k, name == null ? k : name, r.getLong("total"), List.of()));
            points.computeIfAbsent(k, x -> new ArrayList<>()).add(new Trend.Point(Database.date(r, "d"),
                r.getLong("n")));
          }
        }
      }
      List<Object> totalArgs = new ArrayList<>(args);
      addPeriod(totalArgs, from, to);
      long total;
      long undated;
      try (PreparedStatement p = db.prepare(keyed + " SELECT count(*) FILTER (WHERE " + inPeriod + ") AS dated,"
          + " count(*) FILTER (WHERE day IS NULL) AS undated FROM f")) {
        Database.bind(p, totalArgs.toArray());
        try (ResultSet r = p.executeQuery()) {
          r.next();
          total = r.getLong("dated");
          undated = r.getLong("undated");
        }
      }
      List<Trend.Series> out = new ArrayList<>();
      series.forEach((k, s) -> out.add(new Trend.Series(k, s.name(), s.total(), points.get(k))));
      return new Trend(by, interval, total, undated, truncated, out);
    });
  }

  /** The names of the entities among {@code keys} (other keys have none). */
  public static Map<String, String> names(Database db, Collection<String> keys) {
    return db.read(() -> {
      Map<String, String> out = new LinkedHashMap<>();
      try (PreparedStatement p = db.prepare("SELECT id, name FROM entities WHERE id IN (SELECT unnest(?))")) {
        p.setArray(1, db.varchars(keys));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            if (r.getString(2) != null) {
              out.put(r.getString(1), r.getString(2));
            }
          }
        }
      }
      return out;
    });
  }

  private static void addPeriod(List<Object> args, LocalDate from, LocalDate to) {
    if (from != null) {
      args.add(from);
    }
    if (to != null) {
      args.add(to);
    }
  }

  /** The column (or list, unnested) counted by. */
  private static String key(Trend.By by) {
    return switch (by) {
      case TYPE -> "x.type";
      case ACTOR -> "unnest(x.actor_entities)";
      case RECIPIENT -> "unnest(x.recipient_entities)";
      case PLACE -> "x.location_entity";
      case OUTLET -> "a.outlet";
      case SOURCE -> "x.source_entity";
      case STANCE -> "lower(x.stance)";
    };
  }
}
