package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.store.StoryBoard;
import org.newsgraph.store.Watchlist;

/** The {@code watchlists} table (schema version 8): one row per saved watchlist, its lists as VARCHAR[]. */
public final class WatchlistTable {
  static final String DDL = "CREATE TABLE IF NOT EXISTS watchlists ("
      + " id VARCHAR PRIMARY KEY,"
      + " name VARCHAR NOT NULL,"
      + " entities VARCHAR[] NOT NULL,"      // entity ids
      + " event_types VARCHAR[] NOT NULL,"   // PLOVER types, upper case
      + " sources VARCHAR[] NOT NULL,"       // entity ids of claim sources
      + " words VARCHAR,"                    // a search, as the search box reads it
      + " min_level VARCHAR,"                // StoryBoard.Level name
      + " min_confidence DOUBLE,"
      + " created TIMESTAMP NOT NULL)";       // UTC

  private WatchlistTable() {}

  public static void insert(Database db, Watchlist w) {
    Watchlist.Query q = w.query();
    db.read(() -> {
      try (PreparedStatement p = db.prepare("INSERT INTO watchlists VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, w.id());
        p.setString(2, w.name());
        p.setArray(3, db.varchars(q.entities()));
        p.setArray(4, db.varchars(q.eventTypes()));
        p.setArray(5, db.varchars(q.sources()));
        p.setString(6, q.words());
        p.setString(7, q.minLevel() == null ? null : q.minLevel().name());
        p.setObject(8, q.minConfidence());
        p.setObject(9, Database.utc(w.created()));
        return p.executeUpdate();
      }
    });
  }

  /** Every watchlist, the oldest first. */
  public static List<Watchlist> all(Database db) {
    return select(db, "SELECT * FROM watchlists ORDER BY created, id", null);
  }

  public static Optional<Watchlist> byId(Database db, String id) {
    return select(db, "SELECT * FROM watchlists WHERE id = ?", id).stream().findFirst();
  }

  /** Deletes a watchlist; answers whether there was one. */
  public static boolean delete(Database db, String id) {
    return db.read(() -> {
      try (PreparedStatement p = db.prepare("DELETE FROM watchlists WHERE id = ?")) {
        p.setString(1, id);
        return p.executeUpdate() > 0;
      }
    });
  }

  private static List<Watchlist> select(Database db, String sql, String arg) {
    return db.read(() -> {
      List<Watchlist> out = new ArrayList<>();
      try (PreparedStatement p = db.prepare(sql)) {
        if (arg != null) {
          p.setString(1, arg);
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String level = r.getString("min_level");
            double conf = r.getDouble("min_confidence");
            Double minConfidence = r.wasNull() ? null : conf;
            out.add(new Watchlist(r.getString("id"), r.getString("name"), new Watchlist.Query(
                Database.strings(r, "entities"), Database.strings(r, "event_types"), Database.strings(r, "sources"),
                r.getString("words"), level == null ? null : StoryBoard.Level.valueOf(level), minConfidence),
                Database.utc(r.getObject("created", java.time.LocalDateTime.class))));
          }
        }
      }
      return out;
    });
  }
}
