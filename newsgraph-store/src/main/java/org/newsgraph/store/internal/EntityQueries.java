package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.Page;
import org.newsgraph.store.Related;
import org.newsgraph.store.TimelineEntry;

/**
 * The queries about entities: one by id or name, the most named, those seen beside one, and the dated moments of
 * one (its timeline). Every method turns a driver failure into a {@link org.newsgraph.store.StoreException} naming
 * the file.
 */
public final class EntityQueries {
  static final int SNIPPET_CHARS = 240;
  /** One entity with its counts; the id is bound three times, so that each count scans for it alone. */
  private static final String ENTITY_RECORD = "SELECT e.id, e.type, e.name, e.aliases, e.country,"
      + " coalesce((SELECT c.n_articles FROM " + EntityCounts.TABLE + " c WHERE c.entity_id = ?), 0) AS n_articles,"
      + " coalesce((SELECT c.n_mentions FROM " + EntityCounts.TABLE + " c WHERE c.entity_id = ?), 0) AS n_mentions"
      + " FROM entities e WHERE e.id = ?";
  private final Database db;
  /** Whether an entity's timeline picks its page from the rows keyed by entity ({@link KeyedPages}). */
  private final boolean keyed;

  public EntityQueries(Database db) {
    this(db, true);
  }

  /** {@code keyed} false: the timeline joins mentions with times, as before schema version 14 (tests). */
  EntityQueries(Database db, boolean keyed) {
    this.db = db;
    this.keyed = keyed;
  }

  /** The entity of a row with the entities table's columns (id, type, name, aliases, country). */
  static Entity entity(ResultSet r) throws SQLException {
    return new Entity(r.getString("id"), EntityType.valueOf(r.getString("type")), r.getString("name"),
        Database.strings(r, "aliases"), r.getString("country"));
  }

  /** By canonical id; else by name or alias, ignoring case, the most mentioned first (then a name before an alias). */
  public Optional<EntityRecord> entity(String idOrName) {
    return db.read(() -> {
      Optional<EntityRecord> byId = entityById(idOrName);
      if (byId.isPresent()) {
        return byId;
      }
      String name = idOrName.strip();
      try (PreparedStatement p = db.prepare("SELECT e.id, coalesce(c.n_mentions, 0) AS n,"
          + " lower(e.name) = lower(?) AS by_name FROM entities e"
          + " LEFT JOIN " + EntityCounts.TABLE + " c ON c.entity_id = e.id"
          + " WHERE lower(e.name) = lower(?) OR list_contains(list_transform(e.aliases, lambda x: lower(x)), lower(?))"
          + " ORDER BY n DESC, by_name DESC, e.id LIMIT 1")) {
        Database.bind(p, name, name, name);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            return entityById(r.getString(1));
          }
        }
      }
      return entityBySurface(name);
    });
  }

  /**
   * The entity most often mentioned by these exact words ("Pyongyang" → North Korea, when the text uses the
   * capital for the government). A scan of the mentions: the fallback when no name or alias matches.
   */
  private Optional<EntityRecord> entityBySurface(String words) throws SQLException {
    try (PreparedStatement p = db.prepare("SELECT m.entity_id, count(*) AS n FROM mentions m"
        + " JOIN articles a ON a.id = m.article_id"
        + " WHERE m.\"end\" - m.\"begin\" = ? AND lower(substring(a.text, m.\"begin\" + 1, m.\"end\" - m.\"begin\")) = lower(?)"
        + " GROUP BY m.entity_id ORDER BY n DESC, m.entity_id LIMIT 1")) {
      p.setInt(1, words.length());
      p.setString(2, words);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? entityById(r.getString(1)) : Optional.empty();
      }
    }
  }

  private Optional<EntityRecord> entityById(String id) throws SQLException {
    try (PreparedStatement p = db.prepare(ENTITY_RECORD)) {
      Database.bind(p, id, id, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(entityRecord(r)) : Optional.empty();
      }
    }
  }

  private static EntityRecord entityRecord(ResultSet r) throws SQLException {
    return new EntityRecord(entity(r), r.getInt("n_articles"), r.getInt("n_mentions"));
  }

  /** The name of each entity of {@code ids} that the entities table holds, by id (from its index, however many). */
  public Map<String, String> names(java.util.Collection<String> ids) {
    return db.readByKeys(Math.min(ids.size(), 10_000), () -> {
      Map<String, String> out = new java.util.HashMap<>();
      for (List<String> chunk : Chunks.of(ids, 10_000)) {
        try (PreparedStatement p = db.prepare("SELECT id, name FROM entities WHERE id IN (SELECT unnest(?))")) {
          p.setArray(1, db.varchars(chunk));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              out.put(r.getString(1), r.getString(2));
            }
          }
        }
      }
      return out;
    });
  }

  /**
   * The entities of {@code ids} that the entities table holds, by id, from its index however many: a statement of
   * its own, not a join. Joined with an article's rows, DuckDB sometimes plans scans of both whole tables (an
   * article read at 1M articles took 104 ms instead of 2 on one store: issue 21, session 17).
   */
  static Map<String, Entity> byIds(Database db, java.util.Collection<String> ids) {
    return db.readByKeys(Math.min(ids.size(), 10_000), () -> {
      Map<String, Entity> out = new java.util.HashMap<>();
      for (List<String> chunk : Chunks.of(ids, 10_000)) {
        try (PreparedStatement p = db.prepare("SELECT id, type, name, aliases, country FROM entities"
            + " WHERE id IN (SELECT unnest(?))")) {
          p.setArray(1, db.varchars(chunk));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              Entity e = entity(r);
              out.put(e.id(), e);
            }
          }
        }
      }
      return out;
    });
  }

  /** Entities by number of articles that list them, then by mentions. */
  public List<EntityRecord> topEntities(int limit) {
    return db.read(() -> {
      try (PreparedStatement p = db.prepare("SELECT e.id, e.type, e.name, e.aliases, e.country,"
          + " c.n_articles, c.n_mentions FROM " + EntityCounts.TABLE + " c JOIN entities e ON e.id = c.entity_id"
          + " WHERE c.n_articles > 0 ORDER BY c.n_articles DESC, c.n_mentions DESC, e.id LIMIT ?")) {
        p.setInt(1, limit);
        List<EntityRecord> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(entityRecord(r));
          }
        }
        return out;
      }
    });
  }

  /**
   * Resolved time expressions that share a sentence with a mention of {@code entityId} (null: every resolved time
   * expression of the store), one entry per time expression, whose interval [resolved_begin, resolved_end) overlaps
   * [from, to) (null bounds: unbounded; a null resolved_end: open-ended). Ordered by resolved begin; the page of
   * {@code limit} entries from {@code offset}, with the total.
   *
   * <p>Mentions and time expressions carry the index of their sentence (schema version 2), so this is a join on
   * equal columns; the texts are read for the rows of the page only.
   */
  public Page<TimelineEntry> timeline(String entityId, LocalDate from, LocalDate to, long offset, long limit) {
    return timeline(entityId, from, to, false, offset, limit);
  }

  /** {@link #timeline(String, LocalDate, LocalDate, long, long)}, the latest first when {@code newestFirst}. */
  public Page<TimelineEntry> timeline(String entityId, LocalDate from, LocalDate to, boolean newestFirst,
      long offset, long limit) {
    return db.read(() -> {
      List<Object> args = new ArrayList<>();
      String order = newestFirst
          ? " ORDER BY resolved_begin DESC NULLS LAST, resolved_end DESC NULLS FIRST, anchor DESC NULLS LAST,"
              + " article_id, tb"
          : " ORDER BY resolved_begin NULLS LAST, resolved_end NULLS LAST, anchor NULLS LAST, article_id, tb";
      StringBuilder sql = new StringBuilder("WITH ");
      if (keyed && KeyedPages.answers(entityId)) {
        // the page from the timeline rows keyed by entity; only its articles' times and sentences are read
        sql.append(KeyedPages.timeline(entityId, from, to, order, offset, limit, args)).append(", pt AS MATERIALIZED"
            + " (SELECT article_id, idx, \"end\", value, sentence, " + Database.TIME_RELATIVE + ", "
            + Database.CONFIDENCE + " FROM times WHERE article_id IN (SELECT article_id FROM page)),"
            + " ps AS MATERIALIZED (SELECT * FROM sentences WHERE article_id IN (SELECT article_id FROM page))"
            + " SELECT * FROM (SELECT page.article_id, page.tb, t.\"end\" AS te, t.value, page.resolved_begin,"
            + " page.resolved_end, t." + Database.TIME_RELATIVE + " AS rel, t." + Database.CONFIDENCE + " AS tconf,"
            + " page.total, a.headline, page.anchor,"
            + " s.\"begin\" AS sb, s.\"end\" AS se FROM page JOIN pt t ON t.article_id = page.article_id"
            + " AND t.idx = page.idx JOIN articles a ON a.id = page.article_id"
            + " JOIN ps s ON s.article_id = page.article_id AND s.idx = t.sentence)").append(order);
      } else {
        scannedTimeline(sql, args, entityId, from, to, order, offset, limit);
      }
      return timelinePage(sql.toString(), args, entityId, from, to, newestFirst, offset);
    });
  }

  /** The SQL of a timeline page that joins mentions with times (every timeline before schema version 14). */
  private static void scannedTimeline(StringBuilder sql, List<Object> args, String entityId, LocalDate from,
      LocalDate to, String order, long offset, long limit) {
    if (entityId != null) {
      // the times of the articles that name it, taken first (an index scan for an entity named in few articles;
      // DuckDB scans the whole table for a join on two columns)
      sql.append("ms AS MATERIALIZED (SELECT DISTINCT article_id, sentence FROM mentions WHERE entity_id = ?"
          + " AND sentence IS NOT NULL), tt AS MATERIALIZED (SELECT * FROM times"
          + " WHERE article_id IN (SELECT article_id FROM ms)), ");
      args.add(entityId);
    }
    sql.append("hits AS (SELECT t.article_id, t.idx, t.\"begin\" AS tb, t.\"end\" AS te, t.value, t.resolved_begin,"
        + " t.resolved_end, t." + Database.TIME_RELATIVE + " AS rel, t." + Database.CONFIDENCE + " AS tconf,"
        + " t.sentence, a.headline, a.anchor FROM ")
        .append(entityId == null ? "times" : "tt").append(" t JOIN articles a ON a.id = t.article_id");
    if (entityId != null) {
      sql.append(" JOIN ms ON ms.article_id = t.article_id AND ms.sentence = t.sentence");
    }
    // an undated article's offsets ("last year") have no place between dates: listed after them, and only when no
    // dates bound the timeline
    sql.append(from == null && to == null
        ? " WHERE (t.resolved_begin IS NOT NULL OR t." + Database.TIME_RELATIVE + " IS NOT NULL)"
        : " WHERE t.resolved_begin IS NOT NULL");
    sql.append(" AND t.sentence IS NOT NULL");
    if (from != null) {
      sql.append(" AND (t.resolved_end IS NULL OR t.resolved_end > ?)");
      args.add(from);
    }
    if (to != null) {
      sql.append(" AND t.resolved_begin < ?");
      args.add(to);
    }
    // the page is chosen before the sentences are joined: a time expression has one sentence, so ordering by
    // its own offset orders by the sentence too
    sql.append("), page AS (SELECT *, count(*) OVER () AS total FROM hits").append(order).append(" LIMIT ? OFFSET ?),"
        + " ps AS MATERIALIZED (SELECT * FROM sentences WHERE article_id IN (SELECT article_id FROM page))"
        + " SELECT page.*, s.\"begin\" AS sb, s.\"end\" AS se FROM page JOIN ps s"
        + " ON s.article_id = page.article_id AND s.idx = page.sentence").append(order);
    args.add(limit);
    args.add(offset);
  }

  private Page<TimelineEntry> timelinePage(String sql, List<Object> args, String entityId, LocalDate from,
      LocalDate to, boolean newestFirst, long offset) throws java.sql.SQLException {
    record Row(String articleId, int tb, int te, String value, LocalDate rb, LocalDate re, int sb, int se,
        String headline, String relative, Double confidence) {}
    List<Row> rows = new ArrayList<>();
    long total = 0;
    try (PreparedStatement p = db.prepare(sql)) {
      Database.bind(p, args.toArray());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          total = r.getLong("total");
          rows.add(new Row(r.getString("article_id"), r.getInt("tb"), r.getInt("te"), r.getString("value"),
              Database.date(r, "resolved_begin"), Database.date(r, "resolved_end"), r.getInt("sb"),
              r.getInt("se"), r.getString("headline"), r.getString("rel"), confidence(r)));
        }
      }
    }
    if (rows.isEmpty() && offset > 0) {
      total = timeline(entityId, from, to, newestFirst, 0, 1).total();
    }
    Map<String, String> texts = Texts.of(db, rows.stream().map(Row::articleId).toList());
    List<TimelineEntry> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      String text = texts.getOrDefault(row.articleId(), "");
      String timeText = text.substring(Math.min(row.tb(), text.length()), Math.min(row.te(), text.length()));
      out.add(new TimelineEntry(row.rb(), row.re(), row.value(), timeText, row.articleId(), row.headline(),
          Snippets.around(text, row.sb(), row.se(), row.tb(), row.te(), SNIPPET_CHARS),
          row.rb() == null ? row.relative() : null, row.confidence()));
    }
    return new Page<>(total, offset, out);
  }

  /** The time's confidence on a timeline row, null when unknown (stored before times had one). */
  private static Double confidence(ResultSet r) throws java.sql.SQLException {
    double c = r.getDouble("tconf");
    return r.wasNull() ? null : c;
  }

  /**
   * The entities named in the same articles as {@code entityId}, with the shared articles and shared sentences (a
   * sentence counts when both have a mention starting in it), most shared sentences first, then articles.
   */
  public List<Related> related(String entityId, int limit) {
    return db.read(() -> {
      try (PreparedStatement p = db.prepare("WITH mine AS (SELECT DISTINCT article_id FROM article_entities"
          + "   WHERE entity_id = ?),"
          + " art AS (SELECT ae.entity_id, count(DISTINCT ae.article_id) AS n_articles FROM article_entities ae"
          + "   JOIN mine USING (article_id) WHERE ae.entity_id <> ? GROUP BY ae.entity_id),"
          // the sentences that mention it, then who else each of them mentions (once per sentence)
          + " here AS (SELECT DISTINCT article_id, sentence FROM mentions WHERE entity_id = ?"
          + "   AND sentence IS NOT NULL),"
          + " sen AS (SELECT entity_id, count(*) AS n_sentences FROM (SELECT DISTINCT m.article_id, m.sentence,"
          + "   m.entity_id FROM mentions m JOIN here ON here.article_id = m.article_id AND here.sentence = m.sentence"
          + "   WHERE m.entity_id <> ?) GROUP BY entity_id)"
          + " SELECT e.id, e.type, e.name, e.aliases, e.country, art.n_articles,"
          + "   coalesce(sen.n_sentences, 0) AS n_sentences"
          + " FROM art JOIN entities e ON e.id = art.entity_id LEFT JOIN sen ON sen.entity_id = art.entity_id"
          + " ORDER BY n_sentences DESC, art.n_articles DESC, e.id LIMIT ?")) {
        Database.bind(p, entityId, entityId, entityId, entityId, limit);
        List<Related> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new Related(entity(r), r.getInt("n_articles"),
                r.getInt("n_sentences")));
          }
        }
        return out;
      }
    });
  }
}
