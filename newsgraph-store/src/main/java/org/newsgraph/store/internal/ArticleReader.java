package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.IngestLogEntry;
import org.newsgraph.store.Page;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.TimelineEntry;

/** The queries of a store. Every method turns a driver failure into a {@link StoreException} naming the file. */
public final class ArticleReader {
  static final int SNIPPET_CHARS = 240;
  private final Database db;

  public ArticleReader(Database db) {
    this.db = db;
  }

  @FunctionalInterface
  private interface Query<T> {
    T run() throws SQLException;
  }

  private <T> T read(Query<T> q) {
    try {
      return q.run();
    } catch (SQLException e) {
      throw new StoreException("cannot read " + db.file() + ": " + Database.firstLine(e), e);
    }
  }

  public boolean contains(String id) {
    return read(() -> {
      try (PreparedStatement p = db.prepare("SELECT 1 FROM articles WHERE id = ?")) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  public long articleCount() {
    return read(() -> {
      try (PreparedStatement p = db.prepare("SELECT count(*) FROM articles"); ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  public List<ArticleSummary> articles(int offset, int limit) {
    return read(() -> {
      try (PreparedStatement p = db.prepare("SELECT id, headline, published, updated, dateline, source FROM articles"
          + " ORDER BY anchor DESC NULLS LAST, ingested_at DESC, id LIMIT ? OFFSET ?")) {
        p.setInt(1, limit);
        p.setInt(2, offset);
        List<ArticleSummary> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new ArticleSummary(r.getString("id"), r.getString("headline"), Database.date(r, "published"),
                Database.date(r, "updated"), r.getString("dateline"), r.getString("source")));
          }
        }
        return out;
      }
    });
  }

  /** The article as stored: canonical entities (as merged over all articles), mentions, times; no sentences. */
  public Optional<AnalyzedArticle> article(String id) {
    return Optional.ofNullable(articles(List.of(id)).get(id));
  }

  /**
   * The articles of {@code ids} as {@link #article} reads them, by id (unknown ids are left out): one query per
   * table for all of them, not one per article.
   */
  public Map<String, AnalyzedArticle> articles(Collection<String> ids) {
    return read(() -> {
      Map<String, AnalyzedArticle> out = new LinkedHashMap<>();
      for (List<String> chunk : Chunks.of(ids, 500)) {
        readArticles(chunk, out);
      }
      return out;
    });
  }

  private void readArticles(List<String> ids, Map<String, AnalyzedArticle> out) throws SQLException {
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, List<String>> stageIds = new HashMap<>();
    try (PreparedStatement p = inList("SELECT * FROM articles WHERE id IN (SELECT unnest(?))", ids);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        int[] flat = Database.ints(r, "paragraphs");
        List<Span> paragraphs = new ArrayList<>();
        for (int i = 0; i + 1 < flat.length; i += 2) {
          paragraphs.add(new Span(flat[i], flat[i + 1]));
        }
        String id = r.getString("id");
        articles.put(id, new Article(id, r.getString("source"), r.getString("outlet"),
            r.getString("headline"), r.getString("dateline"), r.getString("agency"),
            Database.date(r, "published"), Database.date(r, "updated"), Database.strings(r, "bullets"),
            Database.strings(r, "captions"), paragraphs, r.getString("language"), r.getString("text")));
        stageIds.put(id, Database.strings(r, "stage_ids"));
      }
    }
    if (articles.isEmpty()) {
      return;
    }
    List<String> found = new ArrayList<>(articles.keySet());
    Map<String, List<Entity>> entities = new HashMap<>();
    try (PreparedStatement p = inList("SELECT ae.article_id, e.id, e.type, e.name, e.aliases, e.country"
        + " FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id IN (SELECT unnest(?))"
        + " ORDER BY ae.article_id, ae.idx", found); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        entities.computeIfAbsent(r.getString("article_id"), k -> new ArrayList<>()).add(entity(r));
      }
    }
    Map<String, List<Mention>> mentions = new HashMap<>();
    try (PreparedStatement p = inList("SELECT article_id, \"begin\", \"end\", entity_id, role FROM mentions"
        + " WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, idx", found); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Mention(
            new Span(r.getInt(2), r.getInt(3)), r.getString(4), Mention.Role.valueOf(r.getString(5))));
      }
    }
    Map<String, List<TimeExpression>> times = new HashMap<>();
    try (PreparedStatement p = inList("SELECT article_id, \"begin\", \"end\", type, value, mod, resolved_begin,"
        + " resolved_end FROM times WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, idx", found);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        times.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new TimeExpression(
            new Span(r.getInt(2), r.getInt(3)), TimexType.valueOf(r.getString(4)), r.getString(5), r.getString(6),
            Database.date(r, "resolved_begin"), Database.date(r, "resolved_end")));
      }
    }
    Map<String, List<org.newsgraph.core.Claim>> claims = ClaimEventRows.claims(db, found);
    Map<String, List<org.newsgraph.core.Event>> events = ClaimEventRows.events(db, found);
    for (Article a : articles.values()) {
      String id = a.id();
      out.put(id, new AnalyzedArticle(a, List.of(), entities.getOrDefault(id, List.of()),
          mentions.getOrDefault(id, List.of()), times.getOrDefault(id, List.of()), claims.getOrDefault(id, List.of()),
          events.getOrDefault(id, List.of()),
          EnumSet.of(Facet.TEXT, Facet.ENTITIES, Facet.TIMES, Facet.CLAIMS, Facet.EVENTS), stageIds.get(id)));
    }
  }

  /** A statement whose one parameter is the list {@code ids} (a VARCHAR[]). */
  private PreparedStatement inList(String sql, List<String> ids) throws SQLException {
    PreparedStatement p = db.prepare(sql);
    try {
      p.setArray(1, db.varchars(ids));
      return p;
    } catch (SQLException e) {
      p.close();
      throw e;
    }
  }

  static Entity entity(ResultSet r) throws SQLException {
    return new Entity(r.getString("id"), EntityType.valueOf(r.getString("type")), r.getString("name"),
        Database.strings(r, "aliases"), r.getString("country"));
  }

  /** One entity with its counts; the id is bound three times, so that each count scans for it alone. */
  private static final String ENTITY_RECORD = "SELECT e.id, e.type, e.name, e.aliases, e.country,"
      + " (SELECT count(DISTINCT ae.article_id) FROM article_entities ae WHERE ae.entity_id = ?) AS n_articles,"
      + " (SELECT count(*) FROM mentions m WHERE m.entity_id = ?) AS n_mentions FROM entities e WHERE e.id = ?";

  /** By canonical id; else by name or alias, ignoring case, the most mentioned first (then a name before an alias). */
  public Optional<EntityRecord> entity(String idOrName) {
    return read(() -> {
      Optional<EntityRecord> byId = entityById(idOrName);
      if (byId.isPresent()) {
        return byId;
      }
      String name = idOrName.strip();
      try (PreparedStatement p = db.prepare("SELECT e.id,"
          + " (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS n,"
          + " lower(e.name) = lower(?) AS by_name FROM entities e"
          + " WHERE lower(e.name) = lower(?) OR list_contains(list_transform(e.aliases, lambda x: lower(x)), lower(?))"
          + " ORDER BY n DESC, by_name DESC, e.id LIMIT 1")) {
        p.setString(1, name);
        p.setString(2, name);
        p.setString(3, name);
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
      p.setString(1, id);
      p.setString(2, id);
      p.setString(3, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(entityRecord(r)) : Optional.empty();
      }
    }
  }

  private static EntityRecord entityRecord(ResultSet r) throws SQLException {
    return new EntityRecord(entity(r), r.getInt("n_articles"), r.getInt("n_mentions"));
  }

  /** Entities by number of articles that list them, then by mentions. */
  public List<EntityRecord> topEntities(int limit) {
    return read(() -> {
      try (PreparedStatement p = db.prepare("SELECT e.id, e.type, e.name, e.aliases, e.country,"
          + " ae.n_articles, coalesce(m.n_mentions, 0) AS n_mentions"
          + " FROM (SELECT entity_id, count(DISTINCT article_id) AS n_articles FROM article_entities"
          + "       GROUP BY entity_id) ae"
          + " JOIN entities e ON e.id = ae.entity_id"
          + " LEFT JOIN (SELECT entity_id, count(*) AS n_mentions FROM mentions GROUP BY entity_id) m"
          + "   ON m.entity_id = e.id"
          + " ORDER BY ae.n_articles DESC, n_mentions DESC, e.id LIMIT ?")) {
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
    return read(() -> {
      List<Object> args = new ArrayList<>();
      StringBuilder sql = new StringBuilder("WITH ");
      if (entityId != null) {
        sql.append("ms AS (SELECT DISTINCT article_id, sentence FROM mentions WHERE entity_id = ?"
            + " AND sentence IS NOT NULL), ");
        args.add(entityId);
      }
      sql.append("hits AS (SELECT t.article_id, t.idx, t.\"begin\" AS tb, t.\"end\" AS te, t.value, t.resolved_begin,"
          + " t.resolved_end, t.sentence, a.headline, a.anchor FROM times t JOIN articles a ON a.id = t.article_id");
      if (entityId != null) {
        sql.append(" JOIN ms ON ms.article_id = t.article_id AND ms.sentence = t.sentence");
      }
      sql.append(" WHERE t.resolved_begin IS NOT NULL AND t.sentence IS NOT NULL");
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
      String order = " ORDER BY resolved_begin, resolved_end NULLS LAST, anchor NULLS LAST, article_id, tb";
      sql.append("), page AS (SELECT *, count(*) OVER () AS total FROM hits").append(order).append(" LIMIT ? OFFSET ?)"
          + " SELECT page.*, s.\"begin\" AS sb, s.\"end\" AS se FROM page JOIN sentences s"
          + " ON s.article_id = page.article_id AND s.idx = page.sentence").append(order);
      args.add(limit);
      args.add(offset);
      record Row(String articleId, int tb, int te, String value, LocalDate rb, LocalDate re, int sb, int se,
          String headline) {}
      List<Row> rows = new ArrayList<>();
      long total = 0;
      try (PreparedStatement p = db.prepare(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          p.setObject(i + 1, args.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            total = r.getLong("total");
            rows.add(new Row(r.getString("article_id"), r.getInt("tb"), r.getInt("te"), r.getString("value"),
                Database.date(r, "resolved_begin"), Database.date(r, "resolved_end"), r.getInt("sb"),
                r.getInt("se"), r.getString("headline")));
          }
        }
      }
      if (rows.isEmpty() && offset > 0) {
        total = timeline(entityId, from, to, 0, 1).total();
      }
      Map<String, String> texts = Texts.of(db, rows.stream().map(Row::articleId).toList());
      List<TimelineEntry> out = new ArrayList<>(rows.size());
      for (Row row : rows) {
        String text = texts.getOrDefault(row.articleId(), "");
        String timeText = text.substring(Math.min(row.tb(), text.length()), Math.min(row.te(), text.length()));
        out.add(new TimelineEntry(row.rb(), row.re(), row.value(), timeText, row.articleId(), row.headline(),
            Snippets.around(text, row.sb(), row.se(), row.tb(), row.te(), SNIPPET_CHARS)));
      }
      return new Page<>(total, offset, out);
    });
  }

  /**
   * The entities named in the same articles as {@code entityId}, with the shared articles and shared sentences (a
   * sentence counts when both have a mention starting in it), most shared sentences first, then articles.
   */
  public List<org.newsgraph.store.NewsStore.Related> related(String entityId, int limit) {
    return read(() -> {
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
        p.setString(1, entityId);
        p.setString(2, entityId);
        p.setString(3, entityId);
        p.setString(4, entityId);
        p.setInt(5, limit);
        List<org.newsgraph.store.NewsStore.Related> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new org.newsgraph.store.NewsStore.Related(entity(r), r.getInt("n_articles"),
                r.getInt("n_sentences")));
          }
        }
        return out;
      }
    });
  }

  /**
   * Ids of the articles that have a resolved time expression or event overlapping [from, to), an event of
   * {@code eventType}, a claim with {@code stance} and {@code outlet} as their outlet or the outlet of one of their
   * publications (each ignoring case; a null filter matches every article).
   */
  public Set<String> articlesMatching(LocalDate from, LocalDate to, String eventType, String stance,
      String outlet) {
    return read(() -> {
      StringBuilder sql = new StringBuilder("SELECT a.id FROM articles a WHERE true");
      List<Object> args = new ArrayList<>();
      if (from != null || to != null) {
        String overlap = " resolved_begin IS NOT NULL"
            + (from == null ? "" : " AND (resolved_end IS NULL OR resolved_end > ?)")
            + (to == null ? "" : " AND resolved_begin < ?");
        sql.append(" AND (EXISTS (SELECT 1 FROM times t WHERE t.article_id = a.id AND").append(overlap)
            .append(") OR EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND").append(overlap)
            .append("))");
        for (int i = 0; i < 2; i++) {
          if (from != null) {
            args.add(from);
          }
          if (to != null) {
            args.add(to);
          }
        }
      }
      if (eventType != null) {
        sql.append(" AND EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND lower(v.type) = lower(?))");
        args.add(eventType);
      }
      if (stance != null) {
        sql.append(" AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND lower(c.stance) = lower(?))");
        args.add(stance);
      }
      if (outlet != null) {
        sql.append(" AND (lower(trim(a.outlet)) = lower(trim(?)) OR EXISTS (SELECT 1 FROM publications p"
            + " WHERE p.article_id = a.id AND lower(trim(p.outlet)) = lower(trim(?))))");
        args.add(outlet);
        args.add(outlet);
      }
      try (PreparedStatement p = db.prepare(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          p.setObject(i + 1, args.get(i));
        }
        Set<String> out = new HashSet<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(r.getString(1));
          }
        }
        return out;
      }
    });
  }

  /** The newest rows first. */
  public List<IngestLogEntry> ingestLog(int limit) {
    return read(() -> {
      try (PreparedStatement p = db.prepare("SELECT run_id, source, article_id, status, message, \"at\" FROM ingest_log"
          + " ORDER BY seq DESC LIMIT ?")) {
        p.setInt(1, limit);
        List<IngestLogEntry> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new IngestLogEntry(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), Database.utc(r.getObject(6, LocalDateTime.class))));
          }
        }
        return out;
      }
    });
  }

  public Set<String> articleIds() {
    return read(() -> {
      Set<String> ids = new HashSet<>();
      try (PreparedStatement p = db.prepare("SELECT id FROM articles"); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
      return ids;
    });
  }

  /** What the search index needs of the given articles (ids not stored are left out). */
  public List<IndexDoc> indexDocs(Collection<String> ids) {
    return read(() -> {
      Map<String, List<String>> entityIds = new HashMap<>();
      Map<String, Object[]> rows = new LinkedHashMap<>();
      for (List<String> chunk : Chunks.of(ids, 1_000)) {
        try (PreparedStatement p = db.prepare(
            "SELECT id, headline, text, anchor FROM articles WHERE id IN (SELECT unnest(?))")) {
          p.setArray(1, db.varchars(chunk));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              rows.put(r.getString(1), new Object[] {r.getString(2), r.getString(3), Database.date(r, "anchor")});
            }
          }
        }
        try (PreparedStatement p = db.prepare("SELECT article_id, entity_id FROM article_entities"
            + " WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, idx")) {
          p.setArray(1, db.varchars(chunk));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              entityIds.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
            }
          }
        }
      }
      List<IndexDoc> out = new ArrayList<>(rows.size());
      for (Map.Entry<String, Object[]> e : rows.entrySet()) {
        Object[] v = e.getValue();
        out.add(new IndexDoc(e.getKey(), (String) v[0], (String) v[1], (LocalDate) v[2],
            entityIds.getOrDefault(e.getKey(), List.of())));
      }
      return out;
    });
  }
}
