package org.newsgraph.store.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;

/**
 * The tables of schema version 14 (issue 21): claim, event and timeline rows keyed by entity, one row per entity per
 * claim, event or time expression, with the columns the reads filter and sort on. Claims by source or about an
 * entity, events by actor or recipient and an entity's timeline pick their page from these (by the entity's
 * key, in tables kept in key order since schema version 17, {@link EntityKeys}) instead of testing list columns
 * or joining mentions with times over whole tables; only the page's rows are then read from {@code claims},
 * {@code events} and {@code times}.
 * <ul>
 *   <li>{@code claim_entities}: role {@code source} for the claim's source entity and each of its group countries
 *   ({@code source_entity = ? OR list_contains(source_countries, ?)}), role {@code about} for each entity with a
 *   mention starting inside one of the claim's content spans;</li>
 *   <li>{@code event_entities}: role {@code actor} or {@code recipient} for each linked participant (an unlinked one,
 *   {@code ''}, has no row);</li>
 *   <li>{@code entity_times}: each time expression that a timeline can list (in a sentence, dated or with an offset)
 *   once per entity mentioned in its sentence, with its article's anchor date.</li>
 * </ul>
 * Written by {@link ArticleWriter} with appenders in each batch's transaction, from the same records as the rows
 * they point to ({@link #append}); made from the stored rows by {@link #DERIVED} when an older store is opened, and
 * views of the same SQL for a store over Parquet tables. {@code EntityRowsTest} checks that both agree.
 */
final class EntityRows {
  static final String CLAIMS = "claim_entities";
  static final String EVENTS = "event_entities";
  static final String TIMES = "entity_times";
  static final String SOURCE = "source";
  static final String ABOUT = "about";
  static final String ACTOR = "actor";
  static final String RECIPIENT = "recipient";

  static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS " + CLAIMS + " (entity_id VARCHAR NOT NULL, role VARCHAR NOT NULL,"
          + " article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, said DATE, said_until DATE, confidence DOUBLE)",
      "CREATE TABLE IF NOT EXISTS " + EVENTS + " (entity_id VARCHAR NOT NULL, role VARCHAR NOT NULL,"
          + " article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, type VARCHAR NOT NULL, modality VARCHAR NOT NULL,"
          + " confidence DOUBLE NOT NULL, resolved_begin DATE, resolved_end DATE)",
      "CREATE TABLE IF NOT EXISTS " + TIMES + " (entity_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,"
          + " idx INTEGER NOT NULL, \"begin\" INTEGER NOT NULL, resolved_begin DATE, resolved_end DATE,"
          + " relative VARCHAR, anchor DATE)");

  /** Table, then the SELECT that makes its rows from the stored rows (the definition {@link #append} follows). */
  static final List<String[]> DERIVED = List.of(
      new String[] {CLAIMS, "SELECT DISTINCT * FROM ("
          + "SELECT source_entity AS entity_id, '" + SOURCE + "' AS role, article_id, idx, said, said_until,"
          + " confidence FROM claims WHERE source_entity IS NOT NULL"
          + " UNION ALL SELECT unnest(source_countries), '" + SOURCE + "', article_id, idx, said, said_until,"
          + " confidence FROM claims"
          + " UNION ALL SELECT m.entity_id, '" + ABOUT + "', c.article_id, c.idx, c.said, c.said_until, c.confidence"
          + " FROM claims c JOIN mentions m ON m.article_id = c.article_id"
          + " WHERE list_bool_or(list_transform(range(0, len(c.content) // 2), lambda i:"
          + " m.\"begin\" >= c.content[2 * i + 1] AND m.\"begin\" < c.content[2 * i + 2])))"
          + " WHERE entity_id IS NOT NULL"},
      new String[] {EVENTS, "SELECT DISTINCT * FROM ("
          + "SELECT unnest(actor_entities) AS entity_id, '" + ACTOR + "' AS role, article_id, idx, type, modality,"
          + " confidence, resolved_begin, resolved_end FROM events"
          + " UNION ALL SELECT unnest(recipient_entities), '" + RECIPIENT + "', article_id, idx, type, modality,"
          + " confidence, resolved_begin, resolved_end FROM events)"
          + " WHERE entity_id IS NOT NULL AND entity_id <> ''"},
      new String[] {TIMES, "SELECT DISTINCT ms.entity_id, t.article_id, t.idx, t.\"begin\", t.resolved_begin,"
          + " t.resolved_end, t." + Database.TIME_RELATIVE + ", a.anchor FROM times t"
          + " JOIN mentions ms ON ms.article_id = t.article_id AND ms.sentence = t.sentence"
          + " JOIN articles a ON a.id = t.article_id"
          + " WHERE t.sentence IS NOT NULL AND (t.resolved_begin IS NOT NULL OR t." + Database.TIME_RELATIVE
          + " IS NOT NULL)"});

  /** Index name, table and column: an entity's rows without a scan when few match. */
  private static final List<String[]> INDEXES = List.of(
      new String[] {"claim_entities_entity", CLAIMS, "entity_id"},
      new String[] {"event_entities_entity", EVENTS, "entity_id"},
      new String[] {"entity_times_entity", TIMES, "entity_id"});

  private EntityRows() {}

  /** Schema step to version 14, in the caller's transaction: the tables, made from the stored rows, and indexes. */
  static void create(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      for (String[] d : DERIVED) {
        s.execute("DROP TABLE IF EXISTS " + d[0]); // made afresh, whatever an interrupted step left
      }
      for (String ddl : DDL) {
        s.execute(ddl);
      }
      for (String[] d : DERIVED) {
        s.execute("INSERT INTO " + d[0] + " " + d[1]);
      }
      for (String[] i : INDEXES) {
        s.execute("CREATE INDEX IF NOT EXISTS " + i[0] + " ON " + i[1] + " (" + i[2] + ")");
      }
    }
  }

  /** For a store over Parquet tables: each table replaced by a view that derives it from the others. */
  static void attachViews(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      for (String[] d : DERIVED) {
        s.execute("DROP TABLE IF EXISTS " + d[0]);
        s.execute("CREATE VIEW " + d[0] + " AS " + EntityKeys.view(d[1]));
      }
    }
  }

  /** The appenders of the three tables, opened inside the caller's transaction. */
  static DuckDBAppender[] appenders(Database db) throws SQLException {
    return new DuckDBAppender[] {db.appender(CLAIMS), db.appender(EVENTS), db.appender(TIMES)};
  }

  /**
   * Appends the rows of article {@code a} (id {@code id}): the same rows {@link #DERIVED} makes from its stored
   * claims, events, mentions and times. {@code sentenceOf} finds the sentence of an offset as the stored
   * {@code sentence} columns have it.
   */
  static void append(DuckDBAppender claims, DuckDBAppender events, DuckDBAppender times, String id,
      AnalyzedArticle a, SentenceColumns sentenceOf) throws SQLException {
    List<Mention> mentions = a.mentions();
    for (int i = 0; i < a.claims().size(); i++) {
      Claim c = a.claims().get(i);
      Set<String> sources = new LinkedHashSet<>();
      if (c.sourceEntityId() != null) {
        sources.add(c.sourceEntityId());
      }
      sources.addAll(c.sourceCountries());
      sources.remove(null);
      for (String e : sources) {
        claimRow(claims, e, SOURCE, id, i, c);
      }
      Set<String> about = new LinkedHashSet<>();
      for (Mention m : mentions) {
        for (Span s : c.content()) {
          if (m.span().begin() >= s.begin() && m.span().begin() < s.end()) {
            about.add(m.entityId());
            break;
          }
        }
      }
      for (String e : about) {
        claimRow(claims, e, ABOUT, id, i, c);
      }
    }
    for (int i = 0; i < a.events().size(); i++) {
      Event e = a.events().get(i);
      for (String actor : linked(e.actors())) {
        eventRow(events, actor, ACTOR, id, i, e);
      }
      for (String recipient : linked(e.recipients())) {
        eventRow(events, recipient, RECIPIENT, id, i, e);
      }
    }
    List<TimeExpression> ts = a.times();
    LocalDate anchor = a.article().anchorDate();
    for (int i = 0; i < ts.size(); i++) {
      TimeExpression t = ts.get(i);
      Integer sentence = sentenceOf.at(t.span().begin());
      if (sentence == null || (t.begin() == null && t.relative() == null)) {
        continue;
      }
      Set<String> named = new LinkedHashSet<>();
      for (Mention m : mentions) {
        if (sentence.equals(sentenceOf.at(m.span().begin()))) {
          named.add(m.entityId());
        }
      }
      for (String entity : named) {
        times.beginRow().append(EntityKeys.of(entity)).append(entity).append(id).append(i)
            .append(t.span().begin());
        Database.appendNullable(times, t.begin());
        Database.appendNullable(times, t.end());
        Database.appendNullable(times, t.relative());
        Database.appendNullable(times, anchor);
        times.endRow();
      }
    }
  }

  private static Set<String> linked(List<Event.Argument> arguments) {
    Set<String> out = new LinkedHashSet<>();
    for (Event.Argument x : arguments) {
      if (x.entityId() != null && !x.entityId().isEmpty()) {
        out.add(x.entityId());
      }
    }
    return out;
  }

  private static void claimRow(DuckDBAppender w, String entity, String role, String id, int idx, Claim c)
      throws SQLException {
    w.beginRow().append(EntityKeys.of(entity)).append(entity).append(role).append(id).append(idx);
    Database.appendNullable(w, c.said());
    Database.appendNullable(w, c.saidUntil());
    Database.appendNullable(w, c.confidence());
    w.endRow();
  }

  private static void eventRow(DuckDBAppender w, String entity, String role, String id, int idx, Event e)
      throws SQLException {
    w.beginRow().append(EntityKeys.of(entity)).append(entity).append(role).append(id).append(idx)
        .append(e.type()).append(e.modality().name()).append(e.confidence());
    Database.appendNullable(w, e.begin());
    Database.appendNullable(w, e.end());
    w.endRow();
  }
}
