package org.newsgraph.store.internal;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.store.EventFilter;

/**
 * The {@code page} of a read that names an entity, chosen from the rows keyed by entity ({@link EntityRows}, schema
 * version 14): a CTE of the page's {@code article_id}, {@code idx} and {@code total} (the matching rows), in the
 * read's order, with the same filters as the scan of {@code claims}, {@code events} or {@code times} it replaces.
 * The caller reads only the page's rows from those tables.
 */
final class KeyedPages {
  private KeyedPages() {}

  static boolean named(String entity) {
    return entity != null && !entity.isEmpty();
  }

  /**
   * The page of claims with source {@code source} and content about {@code about} (at least one named), said in an
   * interval overlapping [from, to), at least {@code minConfidence} sure, newest first. Adds its arguments to
   * {@code args}, the page's limit and offset last.
   */
  static String claims(String source, String about, LocalDate from, LocalDate to, Double minConfidence, long offset,
      int limit, List<Object> args) {
    boolean byAbout = named(about);
    StringBuilder sql = new StringBuilder("page AS (SELECT k.article_id, k.idx, k.said, count(*) OVER () AS total"
        + " FROM " + EntityRows.CLAIMS + " k WHERE k.entity_id = ? AND k.role = ?");
    args.add(byAbout ? about : source);
    args.add(byAbout ? EntityRows.ABOUT : EntityRows.SOURCE);
    if (byAbout && named(source)) {
      sql.append(also(EntityRows.CLAIMS, "= ?"));
      args.add(source);
      args.add(EntityRows.SOURCE);
    }
    if (minConfidence != null) {
      sql.append(" AND k.confidence >= ?");
      args.add(minConfidence);
    }
    if (from != null) {
      sql.append(" AND COALESCE(k.said_until, k.said + 1) > ?");
      args.add(from);
    }
    if (to != null) {
      sql.append(" AND k.said < ?");
      args.add(to);
    }
    sql.append(" ORDER BY k.said DESC NULLS LAST, k.article_id, k.idx LIMIT ? OFFSET ?)");
    args.add(limit);
    args.add(offset);
    return sql.toString();
  }

  /**
   * Whether the keyed rows answer: some entity is given, and none is empty (an empty one asks for the unlinked
   * participants, which have no keyed rows).
   */
  static boolean answers(String... entities) {
    boolean some = false;
    for (String e : entities) {
      if (e != null && e.isEmpty()) {
        return false;
      }
      some |= e != null;
    }
    return some;
  }

  /**
   * The page of events of {@code filter} involving {@code involving} (as {@link ClaimEventQueries#events}), at least
   * one entity named, in {@code order} (over columns of {@code events} as {@code k}).
   */
  static String events(EventFilter filter, String involving, String order, long offset, int limit,
      List<Object> args) {
    String driving;
    String roles;
    if (named(involving)) {
      driving = involving;
      roles = "IN ('" + EntityRows.ACTOR + "', '" + EntityRows.RECIPIENT + "')";
    } else if (named(filter.actor())) {
      driving = filter.actor();
      roles = "= '" + EntityRows.ACTOR + "'";
    } else {
      driving = filter.recipient();
      roles = "= '" + EntityRows.RECIPIENT + "'";
    }
    // an event whose entity is both actor and recipient has two rows: once each in the page
    StringBuilder sql = new StringBuilder("page AS (SELECT k.article_id, k.idx, count(*) OVER () AS total FROM"
        + " (SELECT DISTINCT article_id, idx, type, modality, confidence, resolved_begin, resolved_end FROM "
        + EntityRows.EVENTS + " WHERE entity_id = ? AND role " + roles + ") k WHERE true");
    args.add(driving);
    if (named(involving) && named(filter.actor())) {
      sql.append(also(EntityRows.EVENTS, "= ?"));
      args.add(filter.actor());
      args.add(EntityRows.ACTOR);
    }
    if (named(filter.recipient()) && (named(involving) || named(filter.actor()))) {
      sql.append(also(EntityRows.EVENTS, "= ?"));
      args.add(filter.recipient());
      args.add(EntityRows.RECIPIENT);
    }
    if (filter.minConfidence() != null) {
      sql.append(" AND k.confidence >= ?");
      args.add(filter.minConfidence());
    }
    if (filter.type() != null) {
      sql.append(" AND k.type = ?");
      args.add(filter.type().toUpperCase(java.util.Locale.ROOT));
    }
    if (filter.modality() != null) {
      sql.append(" AND k.modality = ?");
      args.add(filter.modality().toUpperCase(java.util.Locale.ROOT));
    }
    if (filter.from() != null) {
      sql.append(" AND (k.resolved_end IS NULL OR k.resolved_end > ?)");
      args.add(filter.from());
    }
    if (filter.to() != null) {
      sql.append(" AND k.resolved_begin < ?");
      args.add(filter.to());
    }
    sql.append(order.replace("e.", "k.")).append(" LIMIT ? OFFSET ?)");
    args.add(limit);
    args.add(offset);
    return sql.toString();
  }

  /**
   * The page of the timeline of {@code entityId} (as {@link EntityQueries#timeline}): the time expressions, with the
   * columns it is ordered by ({@code resolved_begin}, {@code resolved_end}, {@code anchor}, {@code article_id},
   * {@code tb}) and {@code total}.
   */
  static String timeline(String entityId, LocalDate from, LocalDate to, String order, long offset, long limit,
      List<Object> args) {
    StringBuilder sql = new StringBuilder("page AS (SELECT article_id, idx, resolved_begin, resolved_end, anchor,"
        + " \"begin\" AS tb, count(*) OVER () AS total FROM " + EntityRows.TIMES + " WHERE entity_id = ?");
    args.add(entityId);
    // the table holds only what a timeline without dates lists (dated, or an undated article's offset)
    if (from != null || to != null) {
      sql.append(" AND resolved_begin IS NOT NULL");
    }
    if (from != null) {
      sql.append(" AND (resolved_end IS NULL OR resolved_end > ?)");
      args.add(from);
    }
    if (to != null) {
      sql.append(" AND resolved_begin < ?");
      args.add(to);
    }
    sql.append(order).append(" LIMIT ? OFFSET ?)");
    args.add(limit);
    args.add(offset);
    return sql.toString();
  }

  /** A semi-join: the row {@code k} also has a row of {@code table} for the next two arguments (entity, role). */
  private static String also(String table, String entity) {
    return " AND EXISTS (SELECT 1 FROM " + table + " x WHERE x.entity_id " + entity + " AND x.role = ?"
        + " AND x.article_id = k.article_id AND x.idx = k.idx)";
  }
}
