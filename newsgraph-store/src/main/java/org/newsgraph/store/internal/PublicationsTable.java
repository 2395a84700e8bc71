package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.newsgraph.store.Outlet;
import org.newsgraph.store.Publication;
import org.newsgraph.store.Reach;

/**
 * The {@code publications} table: every publication of a stored article, and the MinHash signatures the
 * near-duplicate index is rebuilt from. Rows are written inside the batch transaction of {@link ArticleWriter},
 * so an article and its publications are committed together or not at all; a publication already recorded (same
 * content id and source) is skipped, which makes re-running an interrupted ingest a no-op.
 */
public final class PublicationsTable {
  private static final Set<Database> READY = Collections.newSetFromMap(new IdentityHashMap<>());

  private PublicationsTable() {}

  /** The table, for stores made before it existed (same DDL as schema-v1.sql). */
  static final String DDL = "CREATE TABLE IF NOT EXISTS publications (article_id VARCHAR NOT NULL,"
      + " content_id VARCHAR NOT NULL, source VARCHAR NOT NULL, outlet VARCHAR, headline VARCHAR, published DATE,"
      + " similarity DOUBLE NOT NULL, scheme VARCHAR, signature INTEGER[], ingested_at TIMESTAMP NOT NULL)";

  /** Creates the table in stores made before it existed (same DDL as schema-v1.sql). */
  public static void ensure(Database db) {
    synchronized (READY) {
      if (READY.contains(db)) {
        return;
      }
      try (Statement s = db.connection().createStatement()) {
        s.execute(DDL);
      } catch (SQLException e) {
        throw Failures.wrap("cannot prepare the publications table of " + db.file() + ": "
            + Database.firstLine(e), e);
      }
      READY.add(db);
    }
  }

  /**
   * Inserts the publications whose article is stored (or is being stored: {@code freshIds}) and that are not
   * recorded yet; called inside the writer's transaction. Returns how many were inserted.
   */
  static int append(Database db, List<Publication> rows, Set<String> freshIds, LocalDateTime when)
      throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    Set<String> articleIds = new HashSet<>();
    for (Publication p : rows) {
      articleIds.add(p.articleId());
    }
    articleIds.removeAll(freshIds);
    Set<String> stored = new HashSet<>(freshIds);
    stored.addAll(existing(db, "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", articleIds));
    Set<String> keys = new HashSet<>();
    for (Publication p : rows) {
      keys.add(p.contentId());
    }
    Set<String> recorded = new HashSet<>();
    try (PreparedStatement q = db.prepare(
        "SELECT content_id || chr(1) || source FROM publications WHERE content_id IN (SELECT unnest(?))")) {
      q.setArray(1, db.varchars(keys));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          recorded.add(r.getString(1));
        }
      }
    }
    int n = 0;
    try (PreparedStatement p = db.prepare("INSERT INTO publications VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Publication row : rows) {
        if (!stored.contains(row.articleId()) || !recorded.add(row.contentId() + '\u0001' + row.source())) {
          continue;
        }
        p.setString(1, row.articleId());
        p.setString(2, row.contentId());
        p.setString(3, row.source());
        p.setString(4, row.outlet());
        p.setString(5, row.headline());
        p.setObject(6, row.published());
        p.setDouble(7, row.similarity());
        p.setString(8, row.signature() == null ? null : row.scheme());
        if (row.signature() == null) {
          p.setNull(9, java.sql.Types.ARRAY);
        } else {
          Integer[] boxed = new Integer[row.signature().length];
          for (int i = 0; i < boxed.length; i++) {
            boxed[i] = row.signature()[i];
          }
          p.setArray(9, db.connection().createArrayOf("INTEGER", boxed));
        }
        p.setObject(10, when);
        p.executeUpdate();
        n++;
      }
    }
    return n;
  }

  private static Set<String> existing(Database db, String sql, Collection<String> ids) throws SQLException {
    Set<String> found = new HashSet<>();
    if (ids.isEmpty()) {
      return found;
    }
    try (PreparedStatement q = db.prepare(sql)) {
      q.setArray(1, db.varchars(ids));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          found.add(r.getString(1));
        }
      }
    }
    return found;
  }

  /** Every stored signature made with {@code scheme}, in insertion order. */
  public static void signatures(Database db, String scheme, BiConsumer<String, int[]> out) {
    ensure(db);
    try (PreparedStatement q = db.prepare(
        "SELECT article_id, signature FROM publications WHERE scheme = ? AND signature IS NOT NULL")) {
      q.setString(1, scheme);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.accept(r.getString(1), Database.ints(r, "signature"));
        }
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read the publications of " + db.file() + ": " + Database.firstLine(e), e);
    }
  }

  /** Whether a publication with this content id and source is recorded. */
  public static boolean contains(Database db, String contentId, String source) {
    ensure(db);
    try (PreparedStatement q = db.prepare(
        "SELECT count(*) FROM publications WHERE content_id = ? AND source = ?")) {
      q.setString(1, contentId);
      q.setString(2, source);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read the publications of " + db.file() + ": " + Database.firstLine(e), e);
    }
  }

  /**
   * The publications of one stored article, first first, with the first one's near-duplicate signature (so that an
   * import keeps it and a later ingest recognises copies of imported articles).
   */
  public static List<Publication> of(Database db, String articleId) {
    ensure(db);
    List<Publication> out = new ArrayList<>();
    try (PreparedStatement q = db.prepare("SELECT article_id, content_id, source, outlet, headline, published, "
        + "similarity, scheme, signature FROM publications WHERE article_id = ? ORDER BY ingested_at,"
        + " similarity DESC")) {
      q.setString(1, articleId);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          String scheme = r.getString(8);
          out.add(new Publication(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5), Database.date(r, "published"), r.getDouble(7), scheme,
              scheme == null ? null : Database.ints(r, "signature")));
        }
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read the publications of " + db.file() + ": " + Database.firstLine(e), e);
    }
    return out;
  }

  /**
   * How widely each of the given articles was published: its publications (at least 1, the article itself) and the
   * distinct outlets among them and the article's own, in the order first seen. Unknown ids are left out.
   */
  public static java.util.Map<String, Reach> reach(Database db, Collection<String> articleIds) {
    ensure(db);
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    java.util.Map<String, java.util.LinkedHashSet<String>> outlets = new java.util.HashMap<>();
    try {
      for (List<String> chunk : Chunks.of(articleIds, 1_000)) {
        try (PreparedStatement q = db.prepare("SELECT a.id, a.outlet, p.article_id IS NOT NULL AS published,"
            + " p.outlet AS p_outlet FROM articles a LEFT JOIN publications p ON p.article_id = a.id"
            + " WHERE a.id IN (SELECT unnest(?)) ORDER BY a.id, p.ingested_at, p.similarity DESC")) {
          q.setArray(1, db.varchars(chunk));
          try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
              String id = r.getString(1);
              java.util.LinkedHashSet<String> names = outlets.computeIfAbsent(id, k -> new java.util.LinkedHashSet<>());
              addOutlet(names, r.getString(2));
              addOutlet(names, r.getString(4));
              counts.merge(id, r.getBoolean(3) ? 1 : 0, Integer::sum);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read the publications of " + db.file() + ": " + Database.firstLine(e), e);
    }
    java.util.Map<String, Reach> out = new java.util.HashMap<>();
    for (var e : outlets.entrySet()) {
      out.put(e.getKey(), new Reach(Math.max(1, counts.getOrDefault(e.getKey(), 0)),
          List.copyOf(e.getValue())));
    }
    return out;
  }

  private static void addOutlet(java.util.Set<String> names, String outlet) {
    if (outlet != null && !outlet.isBlank()) {
      names.add(outlet.strip());
    }
  }

  /** Outlets by the number of stored articles they published (as the first or a later publication). */
  public static List<Outlet> outlets(Database db, int limit) {
    ensure(db);
    List<Outlet> out = new ArrayList<>();
    try (PreparedStatement q = db.prepare("SELECT outlet, count(DISTINCT article_id) AS n FROM ("
        + " SELECT id AS article_id, trim(outlet) AS outlet FROM articles"
        + " UNION ALL SELECT article_id, trim(outlet) FROM publications) WHERE outlet IS NOT NULL AND outlet <> ''"
        + " GROUP BY outlet ORDER BY n DESC, outlet LIMIT ?")) {
      q.setInt(1, limit);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(new Outlet(r.getString(1), r.getInt(2)));
        }
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read the outlets of " + db.file() + ": " + Database.firstLine(e), e);
    }
    return out;
  }
}
