package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;

/** Claims and events to and from their tables: flat columns for querying, nothing JSON-encoded. */
final class ClaimEventRows {
  private ClaimEventRows() {}

  static void appendClaims(DuckDBAppender w, String articleId, List<Claim> claims) throws SQLException {
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      w.beginRow().append(articleId).append(i).append(c.id());
      span(w, c.source());
      Database.appendNullable(w, c.sourceEntityId());
      w.append(c.cue().begin()).append(c.cue().end()).append(flatten(c.content())).append(c.kind().name());
      span(w, c.channel());
      Database.appendNullable(w, c.said());
      w.append(c.saidFromText()).append(c.stance().name()).append(c.sentence());
      w.append(c.sourceCountries()); // the column schema version 3 added
      Database.appendNullable(w, c.saidUntil()); // the column schema version 4 added
      Database.appendNullable(w, c.confidence()); // the column schema version 7 added
      span(w, c.cited() == null ? null : c.cited().span()); // the columns schema version 8 added
      Database.appendNullable(w, c.cited() == null ? null : c.cited().entityId());
      Database.appendNullable(w, c.reportedBy()); // last: the column schema version 9 added
      w.endRow();
    }
  }

  static void appendEvents(DuckDBAppender w, String articleId, List<Event> events,
      List<org.newsgraph.core.Sentence> sentences) throws SQLException {
    java.util.Map<Integer, org.newsgraph.core.Span> bounds = new java.util.HashMap<>();
    sentences.forEach(x -> bounds.put(x.index(), x.span()));
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      w.beginRow().append(articleId).append(i).append(e.id()).append(e.type());
      Database.appendNullable(w, e.mode());
      w.append(e.trigger().begin()).append(e.trigger().end());
      w.append(flatten(e.actors().stream().map(Event.Argument::span).toList()));
      w.append(entityIds(e.actors()));
      w.append(flatten(e.recipients().stream().map(Event.Argument::span).toList()));
      w.append(entityIds(e.recipients()));
      span(w, e.location() == null ? null : e.location().span());
      Database.appendNullable(w, e.location() == null ? null : e.location().entityId());
      span(w, e.time());
      Database.appendNullable(w, e.begin());
      Database.appendNullable(w, e.end());
      w.append(e.timeFromArticleDate()).append(e.modality().name());
      Database.appendNullable(w, e.claimId());
      w.append(e.confidence()).append(e.sentence());
      span(w, bounds.get(e.sentence())); // last: the columns schema version 21 added ({@link EventSentences})
      w.endRow();
    }
  }


  /** The claims of each of the given articles, in their order. */
  static java.util.Map<String, List<Claim>> claims(Database db, List<String> articleIds) throws SQLException {
    java.util.Map<String, List<Claim>> out = new java.util.HashMap<>();
    try (PreparedStatement p = db.prepare("SELECT * FROM claims WHERE article_id IN (SELECT unnest(?))"
        + " ORDER BY article_id, idx")) {
      p.setArray(1, db.varchars(articleIds));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.computeIfAbsent(r.getString("article_id"), k -> new ArrayList<>()).add(claims(r));
        }
      }
    }
    return out;
  }

  /** The events of each of the given articles, in their order. */
  static java.util.Map<String, List<Event>> events(Database db, List<String> articleIds) throws SQLException {
    java.util.Map<String, List<Event>> out = new java.util.HashMap<>();
    try (PreparedStatement p = db.prepare("SELECT * FROM events WHERE article_id IN (SELECT unnest(?))"
        + " ORDER BY article_id, idx")) {
      p.setArray(1, db.varchars(articleIds));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.computeIfAbsent(r.getString("article_id"), k -> new ArrayList<>()).add(event(r));
        }
      }
    }
    return out;
  }

  static Claim claims(ResultSet r) throws SQLException {
    return new Claim(r.getString("id"), span(r, "source_begin", "source_end"), r.getString("source_entity"),
        Database.strings(r, Database.SOURCE_COUNTRIES), new Span(r.getInt("cue_begin"), r.getInt("cue_end")),
        spans(Database.ints(r, "content")),
        Claim.Kind.valueOf(r.getString("kind")), span(r, "channel_begin", "channel_end"),
        Database.date(r, "said"), Database.date(r, Database.SAID_UNTIL), r.getBoolean("said_from_text"),
        Claim.Stance.valueOf(r.getString("stance")), r.getInt("sentence"), confidence(r), cited(r),
        r.getString(Database.REPORTED_BY));
  }

  /** The source a claim's teller cites, null when none (or stored before schema version 8). */
  private static Claim.Cited cited(ResultSet r) throws SQLException {
    Span s = span(r, Database.CITED_BEGIN, Database.CITED_END);
    return s == null ? null : new Claim.Cited(s, r.getString(Database.CITED_ENTITY));
  }

  /** A claim's confidence, null when the store does not know it (a claim stored before schema version 7). */
  private static Double confidence(ResultSet r) throws SQLException {
    double c = r.getDouble(Database.CLAIM_CONFIDENCE);
    return r.wasNull() ? null : c;
  }


  static Event event(ResultSet r) throws SQLException {
    Span loc = span(r, "location_begin", "location_end");
    String locEntity = r.getString("location_entity");
    return new Event(r.getString("id"), r.getString("type"), r.getString("mode"),
        new Span(r.getInt("trigger_begin"), r.getInt("trigger_end")),
        arguments(Database.ints(r, "actor_spans"), Database.strings(r, "actor_entities")),
        arguments(Database.ints(r, "recipient_spans"), Database.strings(r, "recipient_entities")),
        loc == null ? null : new Event.Argument(loc, locEntity), span(r, "time_begin", "time_end"),
        Database.date(r, "resolved_begin"), Database.date(r, "resolved_end"), r.getBoolean("time_from_article"),
        Event.Modality.valueOf(r.getString("modality")), r.getString("claim_id"), r.getDouble("confidence"),
        r.getInt("sentence"));
  }

  private static void span(DuckDBAppender w, Span s) throws SQLException {
    if (s == null) {
      w.appendNull();
      w.appendNull();
    } else {
      w.append(s.begin()).append(s.end());
    }
  }

  /** The span in columns {@code begin} and {@code end}, or null when {@code begin} is null. */
  static Span span(ResultSet r, String begin, String end) throws SQLException {
    int b = r.getInt(begin);
    return r.wasNull() ? null : new Span(b, r.getInt(end));
  }

  static int[] flatten(List<Span> spans) {
    int[] out = new int[spans.size() * 2];
    for (int i = 0; i < spans.size(); i++) {
      out[2 * i] = spans.get(i).begin();
      out[2 * i + 1] = spans.get(i).end();
    }
    return out;
  }

  private static List<Span> spans(int[] flat) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i + 1 < flat.length; i += 2) {
      out.add(new Span(flat[i], flat[i + 1]));
    }
    return out;
  }

  private static List<String> entityIds(List<Event.Argument> args) {
    return args.stream().map(a -> a.entityId() == null ? "" : a.entityId()).toList();
  }

  private static List<Event.Argument> arguments(int[] flat, List<String> ids) {
    List<Span> spans = spans(flat);
    List<Event.Argument> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      String id = i < ids.size() ? ids.get(i) : "";
      out.add(new Event.Argument(spans.get(i), id.isEmpty() ? null : id));
    }
    return out;
  }
}
