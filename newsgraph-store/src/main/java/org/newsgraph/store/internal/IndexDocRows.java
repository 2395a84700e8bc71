package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.store.Trend;

/**
 * The search index's documents read back from the tables: for the few articles a save or a small catch-up needs, by
 * id; for a whole store (an index rebuilt, or one written before the filter fields), in parts of consecutive rows,
 * so that each table is scanned once per part and not once per few hundred articles.
 */
public final class IndexDocRows {
  /** Rows of {@code articles} read per part when the whole store is indexed again. */
  static final int PART_ROWS = 50_000;

  private final Database db;
  private final int partRows;

  public IndexDocRows(Database db) {
    this(db, PART_ROWS);
  }

  IndexDocRows(Database db, int partRows) {
    this.db = db;
    this.partRows = partRows;
  }

  /** The documents of {@code ids} (the stored ones among them). */
  public List<IndexDoc> of(Collection<String> ids) {
    return db.read(() -> {
      List<IndexDoc> out = new ArrayList<>();
      for (List<String> chunk : Chunks.of(ids, 1_000)) {
        try (PreparedStatement p = db.prepare(
            "SELECT id, headline, text, anchor, outlet FROM articles WHERE list_contains(?, id)")) {
          p.setArray(1, db.varchars(chunk));
          out.addAll(docs(p));
        }
      }
      return out;
    });
  }

  /**
   * Every stored article's document, {@link #PART_ROWS} rows of the table at a time, in the table's order; over
   * Parquet tables (views, which have no row ids) by id, as many at a time.
   */
  public void inParts(Consumer<List<IndexDoc>> part) {
    if (isView()) {
      List<String> ids = new ArrayList<>(new ArticleReader(db).articleIds());
      java.util.Collections.sort(ids);
      for (List<String> chunk : Chunks.of(ids, partRows)) {
        part.accept(of(chunk));
      }
      return;
    }
    long rows = db.read(() -> {
      try (PreparedStatement p = db.prepare("SELECT coalesce(max(rowid) + 1, 0) FROM articles");
          ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    });
    for (long from = 0; from < rows; from += partRows) {
      long start = from;
      part.accept(db.read(() -> {
        try (PreparedStatement p = db.prepare("SELECT id, headline, text, anchor, outlet FROM articles"
            + " WHERE rowid >= ? AND rowid < ?")) {
          p.setLong(1, start);
          p.setLong(2, start + partRows);
          return docs(p);
        }
      }));
    }
  }

  private boolean isView() {
    return db.read(() -> {
      try (PreparedStatement p = db.prepare("SELECT count(*) FROM duckdb_views() WHERE view_name = 'articles'"
          + " AND NOT internal"); ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    });
  }

  /** The documents of the article rows {@code p} selects, with their entities and filter facets. */
  private List<IndexDoc> docs(PreparedStatement p) throws SQLException {
    Map<String, Object[]> rows = new java.util.LinkedHashMap<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        rows.put(r.getString(1), new Object[] {r.getString(2), r.getString(3), Database.date(r, "anchor"),
            r.getString(5)});
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(rows.keySet());
    Map<String, List<String>> entityIds = new HashMap<>();
    Map<String, Set<String>> types = new HashMap<>();
    Map<String, Set<String>> stances = new HashMap<>();
    Map<String, List<String>> outlets = new HashMap<>();
    Map<String, Set<IndexFacets.Period>> periods = new HashMap<>();
    query("SELECT article_id, entity_id FROM article_entities WHERE article_id IN (SELECT unnest(?))"
        + " ORDER BY article_id, idx", ids, r -> list(entityIds, r.getString(1)).add(r.getString(2)));
    Map<String, TrendRows> trend = new HashMap<>();
    query("SELECT article_id, type, resolved_begin, resolved_end, actor_entities, recipient_entities,"
        + " location_entity FROM events WHERE article_id IN (SELECT unnest(?))", ids, r -> {
          String id = r.getString(1);
          set(types, id).add(IndexFacets.lower(r.getString(2)));
          period(periods, r);
          TrendRows t = trend.computeIfAbsent(id, k -> new TrendRows());
          t.add(Trend.By.TYPE, r.getString(2));
          Database.strings(r, "actor_entities").forEach(x -> t.add(Trend.By.ACTOR, x));
          Database.strings(r, "recipient_entities").forEach(x -> t.add(Trend.By.RECIPIENT, x));
          t.add(Trend.By.PLACE, r.getString("location_entity"));
          Object[] article = rows.get(id);
          t.add(Trend.By.OUTLET, article == null ? null : (String) article[3]);
        });
    query("SELECT article_id, resolved_begin, resolved_end FROM times WHERE article_id IN (SELECT unnest(?))"
        + " AND resolved_begin IS NOT NULL", ids, r -> period(periods, r));
    query("SELECT article_id, stance, source_entity FROM claims WHERE article_id IN (SELECT unnest(?))", ids, r -> {
      set(stances, r.getString(1)).add(IndexFacets.lower(r.getString(2)));
      TrendRows t = trend.computeIfAbsent(r.getString(1), k -> new TrendRows());
      t.add(Trend.By.SOURCE, r.getString(3));
      t.add(Trend.By.STANCE, IndexFacets.lower(r.getString(2)));
    });
    query("SELECT article_id, outlet FROM publications WHERE article_id IN (SELECT unnest(?))", ids,
        r -> list(outlets, r.getString(1)).add(r.getString(2)));
    List<IndexDoc> out = new ArrayList<>(rows.size());
    for (Map.Entry<String, Object[]> e : rows.entrySet()) {
      String id = e.getKey();
      Object[] v = e.getValue();
      List<String> o = new ArrayList<>(outlets.getOrDefault(id, List.of()));
      o.add((String) v[3]);
      out.add(new IndexDoc(id, (String) v[0], (String) v[1], (LocalDate) v[2], entityIds.getOrDefault(id, List.of()),
          new IndexFacets(types.getOrDefault(id, Set.of()), stances.getOrDefault(id, Set.of()),
              IndexFacets.outlets(o), periods.getOrDefault(id, Set.of()),
              trend.containsKey(id) ? trend.get(id).counts() : Map.of())));
    }
    return out;
  }

  private interface Row {
    void accept(ResultSet r) throws SQLException;
  }

  private void query(String sql, List<String> ids, Row row) throws SQLException {
    try (PreparedStatement p = db.prepare(sql)) {
      p.setArray(1, db.varchars(ids));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          row.accept(r);
        }
      }
    }
  }

  private static void period(Map<String, Set<IndexFacets.Period>> periods, ResultSet r) throws SQLException {
    LocalDate begin = Database.date(r, "resolved_begin");
    if (begin != null) {
      set(periods, r.getString(1)).add(IndexFacets.Period.of(begin, Database.date(r, "resolved_end")));
    }
  }

  private static <T> Set<T> set(Map<String, Set<T>> m, String id) {
    return m.computeIfAbsent(id, k -> new LinkedHashSet<>());
  }

  private static List<String> list(Map<String, List<String>> m, String id) {
    return m.computeIfAbsent(id, k -> new ArrayList<>());
  }
}
