package org.newsgraph.store.internal;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.store.EventFilter;

/**
 * The {@code page} of a read that names an entity, chosen from the rows keyed by entity ({@link EntityRows}, schema
 * version 14): a CTE of the page's {@code article_id}, {@code idx} and {@code total} (the matching rows), in the
 * read's order, with the same filters as the scan of {@code claims}, {@code events} or {@code times} it replaces.
 * The caller reads only the page's rows from those tables.
 *
 * <p>Each keyed table is read by its entity's key and id ({@code ek = ? AND entity_id = ?}, schema version 17), in a
 * materialized CTE, and filtered on role, dates, confidence or type after: the tables are kept in key order
 * ({@link EntityKeys}), so the scan reads only the row groups that hold the entity. The total is counted from the
 * matching rows apart from the page ({@code count(*)} of a CTE), not by {@code count(*) OVER ()}, which kept every
 * matching row in a window before the top rows were taken.
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
    boolean both = byAbout && named(source);
    StringBuilder sql = new StringBuilder(keyedRows("kc", EntityRows.CLAIMS,
        "article_id, idx, role, said, said_until, confidence"));
    key(args, byAbout ? about : source);
    if (both) {
      sql.append(", ").append(keyedRows("kx", EntityRows.CLAIMS, "article_id, idx, role"));
      key(args, source);
    }
    sql.append(", matching AS MATERIALIZED (SELECT k.article_id, k.idx, k.said FROM kc k WHERE k.role = ?");
    args.add(byAbout ? EntityRows.ABOUT : EntityRows.SOURCE);
    if (both) {
      sql.append(also("kx"));
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
    sql.append("), ").append(paged("article_id, idx, said",
        " ORDER BY said DESC NULLS LAST, article_id, idx"));
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
    boolean alsoActor = named(involving) && named(filter.actor());
    boolean alsoRecipient = named(filter.recipient()) && (named(involving) || named(filter.actor()));
    StringBuilder sql = new StringBuilder(keyedRows("ke", EntityRows.EVENTS,
        "article_id, idx, role, type, modality, confidence, resolved_begin, resolved_end"));
    key(args, driving);
    if (alsoActor) {
      sql.append(", ").append(keyedRows("ka", EntityRows.EVENTS, "article_id, idx, role"));
      key(args, filter.actor());
    }
    if (alsoRecipient) {
      sql.append(", ").append(keyedRows("kr", EntityRows.EVENTS, "article_id, idx, role"));
      key(args, filter.recipient());
    }
    // an event whose entity is both actor and recipient has two rows: once each in the page
    sql.append(", matching AS MATERIALIZED (SELECT k.article_id, k.idx, k.resolved_begin, k.resolved_end FROM"
        + " (SELECT DISTINCT article_id, idx, type, modality, confidence, resolved_begin, resolved_end FROM ke"
        + " WHERE role " + roles + ") k WHERE true");
    if (alsoActor) {
      sql.append(also("ka"));
      args.add(EntityRows.ACTOR);
    }
    if (alsoRecipient) {
      sql.append(also("kr"));
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
    sql.append("), ").append(paged("article_id, idx", order.replace("e.", "")));
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
    StringBuilder sql = new StringBuilder(keyedRows("kt", EntityRows.TIMES,
        "article_id, idx, resolved_begin, resolved_end, anchor, \"begin\" AS tb"));
    key(args, entityId);
    sql.append(", matching AS MATERIALIZED (SELECT * FROM kt WHERE true");
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
    sql.append("), ").append(paged("article_id, idx, resolved_begin, resolved_end, anchor, tb", order));
    args.add(limit);
    args.add(offset);
    return sql.toString();
  }

  /**
   * The CTE {@code name}: the {@code columns} of the rows of {@code table} for one entity (the next two arguments,
   * {@link #key}): its key, which lets DuckDB skip the other row groups, and its id, which a key shared by two
   * entities would not tell apart.
   */
  private static String keyedRows(String name, String table, String columns) {
    return name + " AS MATERIALIZED (SELECT " + columns + " FROM " + table + " WHERE ek = ? AND entity_id = ?)";
  }

  /** The arguments of {@link #keyedRows} for {@code entity}: its key ({@link EntityKeys}) and its id. */
  private static void key(List<Object> args, String entity) {
    args.add(EntityKeys.of(entity));
    args.add(entity);
  }

  /**
   * The CTE {@code page}: the {@code columns} of the rows of {@code matching} in {@code order}, the limit from the
   * offset (the next two arguments), with the number of matching rows as {@code total}.
   */
  static String paged(String columns, String order) {
    return "page AS (SELECT " + columns + ", (SELECT count(*) FROM matching) AS total FROM matching" + order
        + " LIMIT ? OFFSET ?)";
  }

  /** A semi-join: the row {@code k} also has a row of {@code keyed} (one entity's rows) with the next argument's role. */
  private static String also(String keyed) {
    return " AND EXISTS (SELECT 1 FROM " + keyed + " x WHERE x.role = ? AND x.article_id = k.article_id"
        + " AND x.idx = k.idx)";
  }
}
