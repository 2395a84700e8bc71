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
import org.newsgraph.core.Facet;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.IngestLogEntry;

/**
 * The queries about articles: by id, in pages, by filter, the ingest log, and what the search index needs. Every
 * method turns a driver failure into a {@link org.newsgraph.store.StoreException} naming the file.
 */
public final class ArticleReader {
  /** Articles read per statement. */
  private static final int CHUNK = 500;
  private final Database db;

  public ArticleReader(Database db) {
    this.db = db;
  }

  public boolean contains(String id) {
    return db.read(() -> {
      try (PreparedStatement p = db.prepare("SELECT 1 FROM articles WHERE id = ?")) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  public long articleCount() {
    return db.read(() -> {
      try (PreparedStatement p = db.prepare("SELECT count(*) FROM articles"); ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  public List<ArticleSummary> articles(int offset, int limit) {
    return db.read(() -> {
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
    return db.read(() -> {
      Map<String, AnalyzedArticle> out = new LinkedHashMap<>();
      for (List<String> chunk : Chunks.of(ids, 500)) {
        readArticles(chunk, out);
      }
      return out;
    });
  }

  /**
   * The articles of {@code ids} with their text, claims and events only (no entities, mentions, times, places or
   * notes; their facets say so): what a story's board reads of each of its articles, which at 1M articles may be
   * hundreds: their claims and events by the ids from the indexes ({@link Database#readByKeys}).
   */
  public Map<String, AnalyzedArticle> withFacts(Collection<String> ids) {
    return db.readByKeys(CHUNK, () -> {
      Map<String, AnalyzedArticle> out = new LinkedHashMap<>();
      for (List<String> chunk : Chunks.of(ids, CHUNK)) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, List<String>> stageIds = new HashMap<>();
        rows(chunk, articles, stageIds);
        List<String> found = new ArrayList<>(articles.keySet());
        Map<String, List<org.newsgraph.core.Claim>> claims = ClaimEventRows.claims(db, found);
        Map<String, List<org.newsgraph.core.Event>> events = QuantityRows.attach(db, ClaimEventRows.events(db,
            found));
        for (Article a : articles.values()) {
          out.put(a.id(), new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of(),
              claims.getOrDefault(a.id(), List.of()), events.getOrDefault(a.id(), List.of()),
              EnumSet.of(Facet.TEXT, Facet.CLAIMS, Facet.EVENTS), stageIds.get(a.id()),
              org.newsgraph.core.Geography.NONE, List.of()));
        }
      }
      return out;
    });
  }

  private void readArticles(List<String> ids, Map<String, AnalyzedArticle> out) throws SQLException {
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, List<String>> stageIds = new HashMap<>();
    rows(ids, articles, stageIds);
    if (articles.isEmpty()) {
      return;
    }
    List<String> found = new ArrayList<>(articles.keySet());
    // the articles' entity ids, then those entities by their index: two statements, so no join plan can scan both
    List<String[]> listed = new ArrayList<>();
    try (PreparedStatement p = inList("SELECT article_id, entity_id FROM article_entities"
        + " WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, idx", found); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        listed.add(new String[] {r.getString(1), r.getString(2)});
      }
    }
    Map<String, Entity> byId = EntityQueries.byIds(db, listed.stream().map(x -> x[1]).distinct().toList());
    Map<String, List<Entity>> entities = new HashMap<>();
    for (String[] x : listed) {
      Entity e = byId.get(x[1]);
      if (e != null) {
        entities.computeIfAbsent(x[0], k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, List<Mention>> mentions = new HashMap<>();
    try (PreparedStatement p = inList("SELECT article_id, \"begin\", \"end\", entity_id, role, "
        + Database.CONFIDENCE + " FROM mentions WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, idx",
        found); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Mention(
            new Span(r.getInt(2), r.getInt(3)), r.getString(4), Mention.Role.valueOf(r.getString(5)),
            nullableDouble(r, 6)));
      }
    }
    Map<String, List<TimeExpression>> times = new HashMap<>();
    try (PreparedStatement p = inList("SELECT article_id, \"begin\", \"end\", type, value, mod, resolved_begin,"
        + " resolved_end, " + Database.TIME_RELATIVE + ", " + Database.CONFIDENCE
        + " FROM times WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, idx", found);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        times.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new TimeExpression(
            new Span(r.getInt(2), r.getInt(3)), TimexType.valueOf(r.getString(4)), r.getString(5), r.getString(6),
            Database.date(r, "resolved_begin"), Database.date(r, "resolved_end"), r.getString(9),
            nullableDouble(r, 10)));
      }
    }
    // the log's rows of these articles by its index alone (DuckDB scans the whole log when the statement also
    // filters on status or message), the stored entries with a message kept here; the latest one's notes win
    Map<String, List<String>> notes = new HashMap<>();
    Map<Long, String[]> logged = new java.util.TreeMap<>();
    try (PreparedStatement p = inList("SELECT seq, article_id, status, message FROM ingest_log"
        + " WHERE article_id IN (SELECT unnest(?))", found); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        if (IngestLogEntry.STORED.equals(r.getString(3)) && r.getString(4) != null) {
          logged.put(r.getLong(1), new String[] {r.getString(2), r.getString(4)});
        }
      }
    }
    logged.values().forEach(l -> notes.put(l[0], List.of(l[1].split("\n"))));
    Map<String, List<org.newsgraph.core.Claim>> claims = ClaimEventRows.claims(db, found);
    Map<String, List<org.newsgraph.core.Event>> events = QuantityRows.attach(db, ClaimEventRows.events(db, found));
    Map<String, org.newsgraph.core.Geography> places = PlaceRows.read(db, found);
    for (Article a : articles.values()) {
      String id = a.id();
      org.newsgraph.core.Geography g = places.get(id);
      EnumSet<Facet> facets = EnumSet.of(Facet.TEXT, Facet.ENTITIES, Facet.TIMES, Facet.CLAIMS, Facet.EVENTS);
      if (g != null) {
        facets.add(Facet.PLACES);
      }
      out.put(id, new AnalyzedArticle(a, List.of(), entities.getOrDefault(id, List.of()),
          mentions.getOrDefault(id, List.of()), times.getOrDefault(id, List.of()), claims.getOrDefault(id, List.of()),
          events.getOrDefault(id, List.of()), facets, stageIds.get(id),
          g == null ? org.newsgraph.core.Geography.NONE : g, notes.getOrDefault(id, List.of())));
    }
  }

  /** The {@code articles} rows of {@code ids}, as records, and their stage ids. */
  private void rows(List<String> ids, Map<String, Article> articles, Map<String, List<String>> stageIds)
      throws SQLException {
    // list_contains, not IN (SELECT unnest(?)): past some 50 ids DuckDB answers the semi-join by scanning the whole
    // table with its text column (seconds at 1M articles); the filter reads the text of the matching rows only
    try (PreparedStatement p = inList("SELECT * FROM articles WHERE list_contains(?, id)", ids);
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

  /**
   * Ids of the articles that have a resolved time expression or event overlapping [from, to), an event of
   * {@code eventType}, a claim with {@code stance} and {@code outlet} as their outlet or the outlet of one of their
   * publications (each ignoring case; a null filter matches every article). This is the tables' definition of the
   * search filters; searches answer them from the index ({@link FilterFields}), and {@code SearchFilterTest} checks
   * that both agree.
   */
  public Set<String> articlesMatching(LocalDate from, LocalDate to, String eventType, String stance,
      String outlet) {
    return db.read(() -> {
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
        Database.bind(p, args.toArray());
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
    return db.read(() -> {
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
    return db.read(() -> {
      Set<String> ids = new HashSet<>();
      try (PreparedStatement p = db.prepare("SELECT id FROM articles"); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
      return ids;
    });
  }

  /** Column {@code i} of the row as a Double, null when it is null. */
  private static Double nullableDouble(ResultSet r, int i) throws SQLException {
    double d = r.getDouble(i);
    return r.wasNull() ? null : d;
  }
}
