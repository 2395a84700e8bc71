package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.DocumentError;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.store.IngestLogEntry;
import org.newsgraph.store.Publication;
import org.newsgraph.store.StoreException;

/**
 * Writes a batch in one DuckDB transaction, with appenders for the bulk rows. Either every row of the batch is
 * committed or none is.
 */
public final class ArticleWriter {
  private final Database db;
  private final StoryLayer stories;
  private long logSeq;

  /** {@code stories}: the cross-document layer, linked in each batch's transaction (null: none, for read-only use). */
  public ArticleWriter(Database db, StoryLayer stories) {
    this.db = db;
    this.stories = stories;
    this.logSeq = maxLogSeq();
  }

  /** Publications to store with the next {@link #write} (see the overload that takes them). */
  private List<Publication> publications = List.of();

  /** {@link #write}, with {@code publications} stored in the same transaction (issue 5). */
  public Written write(List<AnalyzedArticle> batch, List<DocumentError> errors, String runId, Instant at,
      List<Publication> publications) {
    PublicationsTable.ensure(db);
    this.publications = publications == null ? List.of() : publications;
    try {
      return write(batch, errors, runId, at);
    } finally {
      this.publications = List.of();
    }
  }

  /** What a committed write did. */
  public record Written(List<AnalyzedArticle> stored, List<String> duplicates) {}

  /**
   * Stores the articles of {@code batch} whose id is not stored yet, logs every article and error, and commits.
   *
   * @throws StoreException naming the article at fault; nothing of the batch is then stored
   */
  public Written write(List<AnalyzedArticle> batch, List<DocumentError> errors, String runId, Instant at) {
    LocalDateTime when = Database.utc(at);
    List<String> ids = new ArrayList<>();
    for (AnalyzedArticle a : batch) {
      ids.add(Objects.requireNonNull(a, "an article of the batch is null").article().id());
    }
    Set<String> already = existingArticleIds(ids);
    Map<String, AnalyzedArticle> fresh = new LinkedHashMap<>();
    List<AnalyzedArticle> duplicates = new ArrayList<>();
    for (AnalyzedArticle a : batch) {
      String id = a.article().id();
      if (already.contains(id) || fresh.containsKey(id)) {
        duplicates.add(a);
      } else {
        fresh.put(id, a);
      }
    }
    Map<String, Entity> batchEntities = new LinkedHashMap<>();
    for (AnalyzedArticle a : fresh.values()) {
      for (Entity e : a.entities()) {
        if (e.id() != null) {
          batchEntities.merge(e.id(), e, Entity::mergedWith);
        }
      }
    }
    long seq = logSeq;
    String current = null;
    try {
      Map<String, Entity> stored = existingEntities(batchEntities.keySet());
      db.begin();
      try (Appenders ap = new Appenders(db)) {
        for (AnalyzedArticle a : fresh.values()) {
          current = a.article().id();
          ArticleCheck.check(a);
          appendArticle(ap, a, when);
        }
        current = null;
        List<Entity> updates = appendEntities(ap.entities, batchEntities.values(), stored);
        for (AnalyzedArticle a : fresh.values()) {
          // the notes of a document analysed in part (limits) are the stored entry's message: one per line
          appendLog(ap.log, ++seq, runId, a.article().source(), a.article().id(), IngestLogEntry.STORED,
              a.notes().isEmpty() ? null : String.join("\n", a.notes()), when);
        }
        for (AnalyzedArticle a : duplicates) {
          String why = already.contains(a.article().id()) ? "already stored" : "repeated in the same batch";
          appendLog(ap.log, ++seq, runId, a.article().source(), a.article().id(), IngestLogEntry.DUPLICATE, why,
              when);
        }
        for (DocumentError e : errors) {
          String message = e.stage() == null ? e.message() : e.stage() + ": " + e.message();
          appendLog(ap.log, ++seq, runId, e.source(), e.articleId(), IngestLogEntry.FAILED, message, when);
        }
        ap.flush();
        ap.close();
        PublicationsTable.append(db, publications, fresh.keySet(), when);
        updateEntities(updates);
        EntityCounts.add(db, fresh.values());
        EntityPlaces.add(db, fresh.values());
        EntityKeys.clusterIfDue(db);
      }
      if (stories != null) {
        // the stories, events and claims across articles: in the same transaction as the articles they are about
        StoryTables.write(db, stories.link(fresh.values()), StoryLayer.DEFINITION);
      }
      db.commit();
    } catch (ArticleCheck.InvalidArticle e) {
      db.rollbackQuietly();
      if (stories != null) {
        stories.rollback();
      }
      AnalyzedArticle a = fresh.get(current);
      throw StoreException.badArticle(current, "article " + current + " ("
          + a.article().source() + ") cannot be stored: "
          + e.getMessage() + "; nothing of this batch of " + batch.size() + " was stored");
    } catch (SQLException | RuntimeException e) {
      db.rollbackQuietly();
      if (stories != null) {
        stories.rollback();
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      String where = current == null ? "a batch of " + batch.size() + " articles" : "article " + current;
      throw Failures.wrap("could not store " + where + " in " + db.file() + ": " + Database.firstLine(e)
          + "; nothing of this batch was stored", e);
    }
    logSeq = seq;
    return new Written(List.copyOf(fresh.values()), duplicates.stream().map(a -> a.article().id()).toList());
  }

  /**
   * Links stored articles that have no story yet (in one transaction): what opening a store from before stories, or
   * with stories of another definition, does.
   */
  void linkStored(List<AnalyzedArticle> articles) throws SQLException {
    db.begin();
    try {
      StoryTables.write(db, stories.link(articles), StoryLayer.DEFINITION);
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollbackQuietly();
      stories.rollback();
      throw e;
    }
  }

  private void appendArticle(Appenders ap, AnalyzedArticle a, LocalDateTime when) throws SQLException {
    Article art = a.article();
    String id = art.id();
    DuckDBAppender r = ap.articles;
    r.beginRow();
    r.append(id);
    Database.appendNullable(r, art.source());
    Database.appendNullable(r, art.outlet());
    Database.appendNullable(r, art.headline());
    Database.appendNullable(r, art.dateline());
    Database.appendNullable(r, art.agency());
    Database.appendNullable(r, art.published());
    Database.appendNullable(r, art.updated());
    Database.appendNullable(r, art.anchorDate());
    Database.appendNullable(r, art.language());
    r.append(art.bullets());
    r.append(art.captions());
    int[] paragraphs = new int[art.paragraphs().size() * 2];
    for (int i = 0; i < art.paragraphs().size(); i++) {
      paragraphs[2 * i] = art.paragraphs().get(i).begin();
      paragraphs[2 * i + 1] = art.paragraphs().get(i).end();
    }
    r.append(paragraphs);
    r.append(art.text());
    r.append(a.stageIds());
    r.append(when);
    r.endRow();

    Set<String> listed = new HashSet<>();
    int idx = 0;
    for (Entity e : a.entities()) {
      if (listed.add(e.id())) {
        ap.articleEntities.beginRow().append(id).append(idx++).append(e.id()).endRow();
      }
    }
    for (Sentence s : a.sentences()) {
      ap.sentences.beginRow().append(id).append(s.index()).append(s.span().begin()).append(s.span().end()).endRow();
    }
    SentenceColumns sentenceOf = new SentenceColumns(a.sentences());
    List<Mention> mentions = a.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      ap.mentions.beginRow().append(id).append(i).append(m.span().begin()).append(m.span().end())
          .append(m.entityId()).append(m.role().name());
      Database.appendNullable(ap.mentions, sentenceOf.at(m.span().begin()));
      Database.appendNullable(ap.mentions, m.confidence());
      ap.mentions.endRow();
    }
    ClaimEventRows.appendClaims(ap.claims, id, a.claims());
    ClaimEventRows.appendEvents(ap.events, id, a.events(), a.sentences());
    QuantityRows.append(ap.quantities, id, a.events());
    PlaceRows.append(ap.places, ap.eventPlaces, id, a.geography());
    List<TimeExpression> times = a.times();
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      DuckDBAppender w = ap.times;
      w.beginRow().append(id).append(i).append(t.span().begin()).append(t.span().end()).append(t.type().name());
      Database.appendNullable(w, t.value());
      Database.appendNullable(w, t.mod());
      Database.appendNullable(w, t.begin());
      Database.appendNullable(w, t.end());
      Database.appendNullable(w, sentenceOf.at(t.span().begin()));
      Database.appendNullable(w, t.relative());
      Database.appendNullable(w, t.confidence());
      w.endRow();
    }
    EntityRows.append(ap.claimEntities, ap.eventEntities, ap.entityTimes, id, a, sentenceOf);
  }

  /** Appends the entities not stored yet; returns the stored ones that this batch adds to (to update). */
  private static List<Entity> appendEntities(DuckDBAppender ap, Collection<Entity> entities,
      Map<String, Entity> stored) throws SQLException {
    List<Entity> updates = new ArrayList<>();
    for (Entity e : entities) {
      Entity old = stored.get(e.id());
      if (old == null) {
        appendEntity(ap, e);
      } else {
        Entity merged = old.mergedWith(e);
        if (!merged.equals(old)) {
          updates.add(merged);
        }
      }
    }
    return updates;
  }

  private static void appendEntity(DuckDBAppender ap, Entity e) throws SQLException {
    ap.beginRow().append(e.id()).append(e.type().name()).append(e.name()).append(e.aliases());
    Database.appendNullable(ap, e.country());
    ap.endRow();
  }

  private static void appendLog(DuckDBAppender ap, long seq, String runId, String source, String articleId,
      String status, String message, LocalDateTime at) throws SQLException {
    ap.beginRow().append(seq);
    Database.appendNullable(ap, runId);
    Database.appendNullable(ap, source);
    Database.appendNullable(ap, articleId);
    ap.append(status);
    Database.appendNullable(ap, message);
    ap.append(at);
    ap.endRow();
  }

  private void updateEntities(List<Entity> updates) throws SQLException {
    if (updates.isEmpty()) {
      return;
    }
    try (PreparedStatement p = db.prepare("UPDATE entities SET aliases = ?, country = ? WHERE id = ?")) {
      for (Entity e : updates) {
        p.setArray(1, db.varchars(e.aliases()));
        p.setString(2, e.country());
        p.setString(3, e.id());
        p.executeUpdate();
      }
    }
  }

  private Set<String> existingArticleIds(Collection<String> ids) {
    Set<String> found = new HashSet<>();
    try {
      for (List<String> chunk : Chunks.of(ids, 10_000)) {
        try (PreparedStatement p = db.prepare("SELECT id FROM articles WHERE id IN (SELECT unnest(?))")) {
          p.setArray(1, db.varchars(chunk));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              found.add(r.getString(1));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read " + db.file() + ": " + Database.firstLine(e), e);
    }
    return found;
  }

  private Map<String, Entity> existingEntities(Collection<String> ids) throws SQLException {
    Map<String, Entity> found = new HashMap<>();
    for (List<String> chunk : Chunks.of(ids, 10_000)) {
      try (PreparedStatement p = db.prepare(
          "SELECT id, type, name, aliases, country FROM entities WHERE id IN (SELECT unnest(?))")) {
        p.setArray(1, db.varchars(chunk));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            Entity e = EntityQueries.entity(r);
            found.put(e.id(), e);
          }
        }
      }
    }
    return found;
  }

  private long maxLogSeq() {
    try (PreparedStatement p = db.prepare("SELECT coalesce(max(seq), 0) FROM ingest_log");
        ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw Failures.wrap("cannot read " + db.file() + ": " + Database.firstLine(e), e);
    }
  }

  /** The appenders of one batch. {@link #flush} reports errors; closing after a failure only cleans up. */
  private static final class Appenders implements AutoCloseable {
    final DuckDBAppender articles;
    final DuckDBAppender articleEntities;
    final DuckDBAppender sentences;
    final DuckDBAppender mentions;
    final DuckDBAppender times;
    final DuckDBAppender claims;
    final DuckDBAppender events;
    final DuckDBAppender quantities;
    final DuckDBAppender places;
    final DuckDBAppender eventPlaces;
    final DuckDBAppender entities;
    final DuckDBAppender log;
    final DuckDBAppender claimEntities;
    final DuckDBAppender eventEntities;
    final DuckDBAppender entityTimes;
    private final List<DuckDBAppender> all = new ArrayList<>();
    private boolean closed;

    Appenders(Database db) throws SQLException {
      try {
        articles = add(db.appender("articles"));
        articleEntities = add(db.appender("article_entities"));
        sentences = add(db.appender("sentences"));
        mentions = add(db.appender("mentions"));
        times = add(db.appender("times"));
        claims = add(db.appender("claims"));
        events = add(db.appender("events"));
        quantities = add(db.appender(QuantityRows.TABLE));
        places = add(db.appender("places"));
        eventPlaces = add(db.appender("event_places"));
        entities = add(db.appender("entities"));
        log = add(db.appender("ingest_log"));
        DuckDBAppender[] keyed = EntityRows.appenders(db);
        claimEntities = add(keyed[0]);
        eventEntities = add(keyed[1]);
        entityTimes = add(keyed[2]);
      } catch (SQLException | RuntimeException e) {
        close();
        throw e;
      }
    }

    private DuckDBAppender add(DuckDBAppender a) {
      all.add(a);
      return a;
    }

    /** Appends what is buffered; throws on the first table that refuses its rows (a constraint, say). */
    void flush() throws SQLException {
      for (DuckDBAppender a : all) {
        a.flush();
      }
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      for (DuckDBAppender a : all) {
        try {
          a.close();
        } catch (SQLException | RuntimeException e) {
          // after a failure the transaction is rolled back anyway
        }
      }
    }
  }
}
