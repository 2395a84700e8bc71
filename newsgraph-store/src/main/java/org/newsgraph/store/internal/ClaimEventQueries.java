package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;
import org.newsgraph.store.ClaimRecord;
import org.newsgraph.store.EventRecord;
import org.newsgraph.store.StoreException;

/** Selecting claims and events across articles. */
public final class ClaimEventQueries {
  private final Database db;

  public ClaimEventQueries(Database db) {
    this.db = db;
  }

  /**
   * Claims whose source is {@code source} (null: any), whose content mentions {@code about} (null: any), said
   * within [from, to) (null: unbounded), newest first.
   */
  public List<ClaimRecord> claims(String source, String about, LocalDate from, LocalDate to, int limit) {
    StringBuilder sql = new StringBuilder("SELECT c.*, a.headline, a.anchor, a.text FROM claims c"
        + " JOIN articles a ON a.id = c.article_id WHERE true");
    List<Object> args = new ArrayList<>();
    if (source != null) {
      sql.append(" AND c.source_entity = ?");
      args.add(source);
    }
    if (from != null) {
      sql.append(" AND c.said >= ?");
      args.add(from);
    }
    if (to != null) {
      sql.append(" AND c.said < ?");
      args.add(to);
    }
    if (about != null) {
      // the content mentions the entity: a mention of it starts inside one of the content spans
      sql.append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = c.article_id AND m.entity_id = ?"
          + " AND list_bool_or(list_transform(range(0, len(c.content) // 2), lambda i:"
          + " m.\"begin\" >= c.content[2 * i + 1] AND m.\"begin\" < c.content[2 * i + 2])))");
      args.add(about);
    }
    sql.append(" ORDER BY c.said DESC NULLS LAST, c.article_id, c.idx LIMIT ?");
    args.add(limit);
    List<ClaimRecord> out = new ArrayList<>();
    try (PreparedStatement p = db.prepare(sql.toString())) {
      bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Claim c = ClaimEventRows.claims(r);
          String text = r.getString("text");
          out.add(new ClaimRecord(r.getString("article_id"), r.getString("headline"), Database.date(r, "anchor"),
              c, c.source() == null ? null : c.source().of(text), c.cue().of(text),
              c.content().stream().map(s -> s.of(text)).collect(Collectors.joining(" … "))));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read claims: " + Database.firstLine(e), e);
    }
    return out;
  }

  /**
   * Events of {@code type}, with {@code actor} among the actors and {@code recipient} among the recipients, of
   * {@code modality}, whose interval overlaps [from, to); every filter may be null. In date order.
   */
  public List<EventRecord> events(String type, String actor, String recipient, String modality, LocalDate from,
      LocalDate to, int limit) {
    StringBuilder sql = new StringBuilder("SELECT e.*, a.headline, a.anchor, a.text, s.\"begin\" AS sb,"
        + " s.\"end\" AS se FROM events e JOIN articles a ON a.id = e.article_id"
        + " LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence WHERE true");
    List<Object> args = new ArrayList<>();
    if (type != null) {
      sql.append(" AND e.type = ?");
      args.add(type.toUpperCase(java.util.Locale.ROOT));
    }
    if (actor != null) {
      sql.append(" AND list_contains(e.actor_entities, ?)");
      args.add(actor);
    }
    if (recipient != null) {
      sql.append(" AND list_contains(e.recipient_entities, ?)");
      args.add(recipient);
    }
    if (modality != null) {
      sql.append(" AND e.modality = ?");
      args.add(modality.toUpperCase(java.util.Locale.ROOT));
    }
    if (from != null) {
      sql.append(" AND (e.resolved_end IS NULL OR e.resolved_end > ?)");
      args.add(from);
    }
    if (to != null) {
      sql.append(" AND e.resolved_begin < ?");
      args.add(to);
    }
    sql.append(" ORDER BY e.resolved_begin NULLS LAST, e.article_id, e.idx LIMIT ?");
    args.add(limit);
    List<EventRecord> out = new ArrayList<>();
    try (PreparedStatement p = db.prepare(sql.toString())) {
      bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Event e = ClaimEventRows.event(r);
          String text = r.getString("text");
          int sb = r.getInt("sb");
          String sentence = r.wasNull() ? e.trigger().of(text) : new Span(sb, r.getInt("se")).of(text);
          out.add(new EventRecord(r.getString("article_id"), r.getString("headline"), Database.date(r, "anchor"),
              e, e.trigger().of(text), sentence));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read events: " + Database.firstLine(e), e);
    }
    return out;
  }

  private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      p.setObject(i + 1, args.get(i));
    }
  }

}
