package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Span;
import org.newsgraph.store.Page;
import org.newsgraph.store.WatchMatch;

/** The claims and events a watchlist matches, newest stored first, read in one query over both tables. */
public final class WatchQueries {
  /**
   * A watchlist's query with its search resolved: {@code articleIds} null when it has no words.
   *
   * @param since only what was stored at or after this time; null: everything
   */
  public record Resolved(List<String> entities, List<String> eventTypes, List<String> sources,
      Collection<String> articleIds, Double minConfidence, Instant since) {}

  private WatchQueries() {}

  /** The page of {@code limit} matches from {@code offset}, with the total. */
  public static Page<WatchMatch> matches(Database db, Resolved q, long offset, int limit) {
    record Row(WatchMatch match, Span sentence, Span source) {}
    return db.read(() -> {
      List<Object> args = new ArrayList<>();
      StringBuilder sql = new StringBuilder("WITH m AS (");
      if (q.eventTypes().isEmpty()) {
        sql.append(claims(db, q, args)).append(" UNION ALL ");
      }
      sql.append(events(db, q, args)).append("), page AS (SELECT *, count(*) OVER () AS total FROM m"
          + " ORDER BY ingested_at DESC, article_id, kind, idx LIMIT ? OFFSET ?)"
          + " SELECT p.*, s.\"begin\" AS sb, s.\"end\" AS se FROM page p"
          + " LEFT JOIN sentences s ON s.article_id = p.article_id AND s.idx = p.sentence"
          + " ORDER BY ingested_at DESC, article_id, kind, idx");
      args.add(limit);
      args.add(offset);
      List<Row> rows = new ArrayList<>();
      long total = 0;
      try (PreparedStatement p = db.prepare(sql.toString())) {
        Database.bind(p, args.toArray());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            total = r.getLong("total");
            Span sentence = ClaimEventRows.span(r, "sb", "se");
            Span source = ClaimEventRows.span(r, "source_begin", "source_end");
            double conf = r.getDouble("confidence");
            Double confidence = r.wasNull() ? null : conf;
            rows.add(new Row(new WatchMatch(r.getString("kind"), r.getString("article_id"), r.getString("fact_id"),
                r.getString("headline"), r.getString("outlet"), Database.date(r, "anchor"),
                Database.utc(r.getObject("ingested_at", LocalDateTime.class)), null, r.getString("type"),
                r.getString("stance"), null, r.getString("source_entity"), confidence, null), sentence, source));
          }
        }
      }
      Map<String, String> texts = Texts.of(db, rows.stream().map(x -> x.match().articleId()).toList());
      List<WatchMatch> out = new ArrayList<>(rows.size());
      for (Row row : rows) {
        WatchMatch m = row.match();
        String text = texts.getOrDefault(m.articleId(), "");
        out.add(new WatchMatch(m.kind(), m.articleId(), m.factId(), m.headline(), m.outlet(), m.published(),
            m.stored(), row.sentence() == null ? "" : Texts.cut(text, row.sentence()).strip(), m.type(), m.stance(),
            row.source() == null ? null : Texts.cut(text, row.source()), m.sourceEntity(), m.confidence(), null));
      }
      return new Page<>(total, offset, out);
    });
  }

  /**
   * The story, instance and the story's last stream position of each claim and event of {@code matches}, as the
   * cross-document tables place them, by {@code kind/article/fact}; a fact not placed is left out.
   */
  public static Map<String, String[]> instancesOf(Database db, List<WatchMatch> matches) {
    List<String> keys = matches.stream().map(m -> m.articleId() + "/" + m.factId()).toList();
    return db.read(() -> {
      Map<String, String[]> out = new java.util.HashMap<>();
      for (String[] q : new String[][] {{"claim", "SELECT x.article_id, x.claim_id, x.story_id, x.instance_id,"
          + " s.last_seq FROM claim_reports x LEFT JOIN stories s ON s.id = x.story_id"
          + " WHERE list_contains(CAST(? AS VARCHAR[]), x.article_id || '/' || x.claim_id)"},
          {"event", "SELECT x.article_id, x.event_id, x.story_id, x.instance_id, s.last_seq FROM event_mentions x"
          + " LEFT JOIN stories s ON s.id = x.story_id"
          + " WHERE list_contains(CAST(? AS VARCHAR[]), x.article_id || '/' || x.event_id)"}}) {
        try (PreparedStatement p = db.prepare(q[1])) {
          p.setArray(1, db.varchars(keys));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              out.putIfAbsent(q[0] + "/" + r.getString(1) + "/" + r.getString(2),
                  new String[] {r.getString(3), r.getString(4), r.getString(5)});
            }
          }
        }
      }
      return out;
    });
  }

  private static String claims(Database db, Resolved q, List<Object> args) throws SQLException {
    StringBuilder s = new StringBuilder("SELECT 'claim' AS kind, c.article_id, c.id AS fact_id, c.idx, c.sentence,"
        + " lower(c.stance) AS stance, NULL::VARCHAR AS type, c.source_begin, c.source_end, c.source_entity,"
        + " c." + Database.CLAIM_CONFIDENCE + " AS confidence, a.headline, a.outlet, a.anchor, a.ingested_at"
        + " FROM claims c JOIN articles a ON a.id = c.article_id WHERE true");
    common(db, q, "c", args, s);
    if (!q.sources().isEmpty()) {
      s.append(" AND (list_contains(CAST(? AS VARCHAR[]), c.source_entity)"
          + " OR list_has_any(c." + Database.SOURCE_COUNTRIES + ", CAST(? AS VARCHAR[])))");
      args.add(db.varchars(q.sources()));
      args.add(db.varchars(q.sources()));
    }
    if (!q.entities().isEmpty()) {
      // by the entity, or about it: a mention of it starts inside one of the content spans
      s.append(" AND (list_contains(CAST(? AS VARCHAR[]), c.source_entity) OR EXISTS (SELECT 1 FROM mentions mn"
          + " WHERE mn.article_id = c.article_id AND list_contains(CAST(? AS VARCHAR[]), mn.entity_id)"
          + " AND list_bool_or(list_transform(range(0, len(c.content) // 2), lambda i:"
          + " mn.\"begin\" >= c.content[2 * i + 1] AND mn.\"begin\" < c.content[2 * i + 2]))))");
      args.add(db.varchars(q.entities()));
      args.add(db.varchars(q.entities()));
    }
    if (q.minConfidence() != null) {
      s.append(" AND c." + Database.CLAIM_CONFIDENCE + " >= ?");
      args.add(q.minConfidence());
    }
    return s.toString();
  }

  private static String events(Database db, Resolved q, List<Object> args) throws SQLException {
    StringBuilder s = new StringBuilder("SELECT 'event' AS kind, e.article_id, e.id AS fact_id, e.idx, e.sentence,"
        + " lower(e.modality) AS stance, e.type, c.source_begin, c.source_end, c.source_entity,"
        + " e.confidence, a.headline, a.outlet, a.anchor, a.ingested_at"
        + " FROM events e JOIN articles a ON a.id = e.article_id"
        + " LEFT JOIN claims c ON c.article_id = e.article_id AND c.id = e.claim_id WHERE true");
    common(db, q, "e", args, s);
    if (!q.eventTypes().isEmpty()) {
      s.append(" AND list_contains(CAST(? AS VARCHAR[]), e.type)");
      args.add(db.varchars(q.eventTypes()));
    }
    if (!q.sources().isEmpty()) {
      s.append(" AND (list_contains(CAST(? AS VARCHAR[]), c.source_entity)"
          + " OR list_has_any(c." + Database.SOURCE_COUNTRIES + ", CAST(? AS VARCHAR[])))");
      args.add(db.varchars(q.sources()));
      args.add(db.varchars(q.sources()));
    }
    if (!q.entities().isEmpty()) {
      s.append(" AND (list_has_any(e.actor_entities, CAST(? AS VARCHAR[]))"
          + " OR list_has_any(e.recipient_entities, CAST(? AS VARCHAR[]))"
          + " OR list_contains(CAST(? AS VARCHAR[]), e.location_entity))");
      args.add(db.varchars(q.entities()));
      args.add(db.varchars(q.entities()));
      args.add(db.varchars(q.entities()));
    }
    if (q.minConfidence() != null) {
      s.append(" AND e.confidence >= ?");
      args.add(q.minConfidence());
    }
    return s.toString();
  }

  /** The filters both tables share: when stored, and the articles of the search. */
  private static void common(Database db, Resolved q, String t, List<Object> args, StringBuilder s)
      throws SQLException {
    if (q.since() != null) {
      s.append(" AND a.ingested_at >= ?");
      args.add(Database.utc(q.since()));
    }
    if (q.articleIds() != null) {
      s.append(" AND ").append(t).append(".article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))");
      args.add(db.varchars(q.articleIds()));
    }
  }
}
