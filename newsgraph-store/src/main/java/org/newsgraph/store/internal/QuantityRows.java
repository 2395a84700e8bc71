package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.newsgraph.core.Event;
import org.newsgraph.core.Quantity;
import org.newsgraph.core.Span;

/**
 * The {@code event_quantities} table (schema version 8, issue 18): the amounts each event's clause gives, one row per
 * amount, written with the article and read back into {@link Event#quantities()}. Events stored before it have none
 * until their article is analysed again.
 */
final class QuantityRows {
  static final String TABLE = "event_quantities";
  static final String DDL = """
      CREATE TABLE IF NOT EXISTS event_quantities (
        article_id VARCHAR NOT NULL,
        event_id   VARCHAR NOT NULL,
        idx        INTEGER NOT NULL,
        "begin"    INTEGER NOT NULL,
        "end"      INTEGER NOT NULL,
        qualifier  VARCHAR NOT NULL,
        value      DOUBLE NOT NULL,
        upper      DOUBLE,
        unit       VARCHAR,
        counted    VARCHAR
      )""";

  private QuantityRows() {}

  static void append(DuckDBAppender w, String articleId, List<Event> events) throws SQLException {
    for (Event e : events) {
      List<Quantity> qs = e.quantities();
      for (int i = 0; i < qs.size(); i++) {
        Quantity q = qs.get(i);
        w.beginRow().append(articleId).append(e.id()).append(i).append(q.span().begin()).append(q.span().end())
            .append(q.qualifier().name()).append(q.value());
        Database.appendNullable(w, q.upper());
        Database.appendNullable(w, q.unit());
        Database.appendNullable(w, q.counted());
        w.endRow();
      }
    }
  }

  /** The given articles' events, each with its stored amounts. */
  static Map<String, List<Event>> attach(Database db, Map<String, List<Event>> events) throws SQLException {
    Map<String, List<Quantity>> found = new HashMap<>(); // article id + "/" + event id
    try (PreparedStatement p = db.prepare("SELECT * FROM " + TABLE + " WHERE article_id IN (SELECT unnest(?))"
        + " ORDER BY article_id, event_id, idx")) {
      p.setArray(1, db.varchars(new ArrayList<>(events.keySet())));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          double upper = r.getDouble("upper");
          Double up = r.wasNull() ? null : upper;
          found.computeIfAbsent(r.getString("article_id") + "/" + r.getString("event_id"), k -> new ArrayList<>())
              .add(new Quantity(new Span(r.getInt("begin"), r.getInt("end")),
                  Quantity.Qualifier.valueOf(r.getString("qualifier")), r.getDouble("value"), up,
                  r.getString("unit"), r.getString("counted")));
        }
      }
    }
    if (found.isEmpty()) {
      return events;
    }
    Map<String, List<Event>> out = new HashMap<>();
    events.forEach((article, es) -> out.put(article, es.stream().map(e -> {
      List<Quantity> q = found.get(article + "/" + e.id());
      return q == null ? e : e.withQuantities(q);
    }).toList()));
    return out;
  }
}
