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
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoreException;

/**
 * The {@code publications} table: every publication of a stored article, and the MinHash signatures the
 * near-duplicate index is rebuilt from. Rows are written inside the batch transaction of {@link ArticleWriter},
 * so an article and its publications are committed together or not at all; a publication already recorded (same
 * content id and source) is skipped, which makes re-running an interrupted ingest a no-op.
 */
public final class PublicationsTable {
  private static final Set<Database> READY = Collections.newSetFromMap(new IdentityHashMap<>());

  private PublicationsTable() {}

  /** Creates the table in stores made before it existed (same DDL as schema-v1.sql). */
  public static void ensure(Database db) {
    synchronized (READY) {
      if (READY.contains(db)) {
        return;
      }
      try (Statement s = db.connection().createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS publications (article_id VARCHAR NOT NULL, content_id VARCHAR NOT NULL,"
            + " source VARCHAR NOT NULL, outlet VARCHAR, headline VARCHAR, published DATE, similarity DOUBLE NOT NULL,"
            + " scheme VARCHAR, signature INTEGER[], ingested_at TIMESTAMP NOT NULL)");
      } catch (SQLException e) {
        throw new StoreException("cannot prepare the publications table of " + db.file() + ": "
            + Database.firstLine(e), e);
      }
      READY.add(db);
    }
  }

  /**
   * Inserts the publications whose article is stored (or is being stored: {@code freshIds}) and that are not
   * recorded yet; called inside the writer's transaction. Returns how many were inserted.
   */
  static int append(Database db, List<NewsStore.Publication> rows, Set<String> freshIds, LocalDateTime when)
      throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    Set<String> articleIds = new HashSet<>();
    for (NewsStore.Publication p : rows) {
      articleIds.add(p.articleId());
    }
    articleIds.removeAll(freshIds);
    Set<String> stored = new HashSet<>(freshIds);
    stored.addAll(existing(db, "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", articleIds));
    Set<String> keys = new HashSet<>();
    for (NewsStore.Publication p : rows) {
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
      for (NewsStore.Publication row : rows) {
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
      throw new StoreException("cannot read the publications of " + db.file() + ": " + Database.firstLine(e), e);
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
      throw new StoreException("cannot read the publications of " + db.file() + ": " + Database.firstLine(e), e);
    }
  }

  /** The publications of one stored article, first first. */
  public static List<NewsStore.Publication> of(Database db, String articleId) {
    ensure(db);
    List<NewsStore.Publication> out = new ArrayList<>();
    try (PreparedStatement q = db.prepare("SELECT article_id, content_id, source, outlet, headline, published, "
        + "similarity FROM publications WHERE article_id = ? ORDER BY ingested_at, similarity DESC")) {
      q.setString(1, articleId);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(new NewsStore.Publication(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5), Database.date(r, "published"), r.getDouble(7), null, null));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the publications of " + db.file() + ": " + Database.firstLine(e), e);
    }
    return out;
  }
}
