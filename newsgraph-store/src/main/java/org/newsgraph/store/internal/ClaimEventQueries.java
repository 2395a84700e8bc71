package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;
import org.newsgraph.store.ClaimRecord;
import org.newsgraph.store.EventFilter;
import org.newsgraph.store.EventRecord;
import org.newsgraph.store.Page;

/** Selecting claims and events across articles. */
public final class ClaimEventQueries {
  private final Database db;
  /** Whether reads that name an entity pick their page from the rows keyed by entity ({@link KeyedPages}). */
  private final boolean keyed;

  public ClaimEventQueries(Database db) {
    this(db, true);
  }

  /** {@code keyed} false: every read scans {@code claims} and {@code events}, as before schema version 14 (tests). */
  ClaimEventQueries(Database db, boolean keyed) {
    this.db = db;
    this.keyed = keyed;
  }

  /**
   * Claims whose source is {@code source} (null: any; a country also matches the unnamed groups of that country,
   * {@link Claim#sourceCountries()}), whose content mentions {@code about} (null: any), said in an interval that
   * overlaps [from, to) (null: unbounded; {@link Claim#said()} to {@link Claim#saidUntil()}), whose confidence is at
   * least {@code minConfidence} (null: any, also unknown), newest first. The rows are chosen and ordered without the
   * article texts, which are read afterwards for the {@code limit} rows kept only.
   */
  public List<ClaimRecord> claims(String source, String about, LocalDate from, LocalDate to, Double minConfidence,
      int limit) {
    return claims(source, about, from, to, minConfidence, 0, limit).items();
  }

  /** {@link #claims(String, String, LocalDate, LocalDate, Double, int)}: a page from {@code offset}, and the total. */
  public Page<ClaimRecord> claims(String source, String about, LocalDate from, LocalDate to, Double minConfidence,
      long offset,
      int limit) {
    StringBuilder sql = new StringBuilder();
    List<Object> args = new ArrayList<>();
    if (keyed && KeyedPages.answers(source, about)) {
      // the page from the claim rows keyed by entity; only its articles' claims are read
      sql.append("WITH ").append(KeyedPages.claims(source, about, from, to, minConfidence, offset, limit, args))
          .append(", pc AS MATERIALIZED (SELECT * FROM claims WHERE article_id IN (SELECT article_id FROM page))"
              + " SELECT c.*, p.total, a.headline, a.anchor, rb.source_begin AS rb_source_begin,"
              + " rb.source_end AS rb_source_end, rb.source_entity AS rb_source_entity FROM page p"
              + " JOIN pc c ON c.article_id = p.article_id AND c.idx = p.idx JOIN articles a ON a.id = c.article_id"
              + " LEFT JOIN pc rb ON rb.article_id = c.article_id AND rb.id = c." + Database.REPORTED_BY
              + " ORDER BY c.said DESC NULLS LAST, c.article_id, c.idx");
    } else {
      scannedClaims(sql, args, source, about, from, to, minConfidence, offset, limit);
    }
    return claimPage(sql.toString(), args, source, about, from, to, minConfidence, offset);
  }

  /** The SQL of a page of claims that scans {@code claims} (what every read did before schema version 14). */
  private static void scannedClaims(StringBuilder sql, List<Object> args, String source, String about,
      LocalDate from, LocalDate to, Double minConfidence, long offset, int limit) {
    if (about != null) {
      // the content mentions the entity: a mention of it starts inside one of the content spans. The mentions of
      // the entity come first, so only the claims of articles that name it are looked at.
      // the claims of the articles that name it are taken first: an index scan when it is named in few articles
      // (DuckDB scans the whole table for a join on two columns)
      sql.append("WITH about_ids AS MATERIALIZED (SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?),"
          + " about_claims AS MATERIALIZED (SELECT * FROM claims WHERE article_id IN (SELECT article_id FROM about_ids)),"
          + " about AS (SELECT DISTINCT c.article_id, c.idx FROM mentions m"
          + " JOIN about_claims c ON c.article_id = m.article_id WHERE m.entity_id = ?"
          + " AND list_bool_or(list_transform(range(0, len(c.content) // 2), lambda i:"
          + " m.\"begin\" >= c.content[2 * i + 1] AND m.\"begin\" < c.content[2 * i + 2]))) ");
      args.add(about);
      args.add(about);
    }
    // the page of claims is chosen first, on the claims alone; only its rows are joined with their articles
    sql.append(about == null ? "WITH " : ", ").append("page AS (SELECT c.*, count(*) OVER () AS total FROM ")
        .append(about == null ? "claims" : "about_claims").append(" c");
    if (about != null) {
      sql.append(" JOIN about ab ON ab.article_id = c.article_id AND ab.idx = c.idx");
    }
    sql.append(" WHERE true");
    if (source != null) {
      // a named source, or an unnamed group of that country ("Ukrainian officials" for country:UKR)
      sql.append(" AND (c.source_entity = ? OR list_contains(c." + Database.SOURCE_COUNTRIES + ", ?))");
      args.add(source);
      args.add(source);
    }
    if (minConfidence != null) {
      sql.append(" AND c." + Database.CLAIM_CONFIDENCE + " >= ?");
      args.add(minConfidence);
    }
    if (from != null) {
      // overlap of [said, said_until) with [from, to): "said in December" is found from Dec. 20 on
      sql.append(" AND COALESCE(c." + Database.SAID_UNTIL + ", c.said + 1) > ?");
      args.add(from);
    }
    if (to != null) {
      sql.append(" AND c.said < ?");
      args.add(to);
    }
    // the reporting claims are looked for in the page's articles only (an index scan, not the whole table)
    sql.append(" ORDER BY c.said DESC NULLS LAST, c.article_id, c.idx LIMIT ? OFFSET ?),"
        + " page_claims AS MATERIALIZED (SELECT article_id, id, source_begin, source_end, source_entity FROM claims"
        + " WHERE article_id IN (SELECT article_id FROM page))"
        + " SELECT c.*, a.headline, a.anchor, rb.source_begin AS rb_source_begin, rb.source_end AS rb_source_end,"
        + " rb.source_entity AS rb_source_entity FROM page c JOIN articles a ON a.id = c.article_id"
        + " LEFT JOIN page_claims rb ON rb.article_id = c.article_id AND rb.id = c." + Database.REPORTED_BY
        + " ORDER BY c.said DESC NULLS LAST, c.article_id, c.idx");
    args.add(limit);
    args.add(offset);
  }

  private Page<ClaimRecord> claimPage(String sql, List<Object> args, String source, String about, LocalDate from,
      LocalDate to, Double minConfidence, long offset) {
    record Row(String articleId, String headline, LocalDate anchor, Claim claim, Span reporterSource,
        String reporterEntity) {}
    List<Row> rows = new ArrayList<>();
    long total = 0;
    try (PreparedStatement p = db.prepare(sql)) {
      Database.bind(p, args.toArray());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          total = r.getLong("total");
          rows.add(new Row(r.getString("article_id"), r.getString("headline"), Database.date(r, "anchor"),
              ClaimEventRows.claims(r), ClaimEventRows.span(r, "rb_source_begin", "rb_source_end"),
              r.getString("rb_source_entity")));
        }
      }
      Map<String, String> texts = Texts.of(db, rows.stream().map(Row::articleId).toList());
      List<ClaimRecord> out = new ArrayList<>(rows.size());
      for (Row row : rows) {
        Claim c = row.claim();
        String text = texts.getOrDefault(row.articleId(), "");
        out.add(new ClaimRecord(row.articleId(), row.headline(), row.anchor(), c,
            c.source() == null ? null : Texts.cut(text, c.source()), Texts.cut(text, c.cue()),
            c.content().stream().map(x -> Texts.cut(text, x)).collect(Collectors.joining(" … ")),
            c.reportedBy() == null ? null : new ClaimRecord.ReportedBy(c.reportedBy(),
                row.reporterSource() == null ? null : Texts.cut(text, row.reporterSource()), row.reporterEntity())));
      }
      if (rows.isEmpty() && offset > 0) {
        total = claims(source, about, from, to, minConfidence, 0, 1).total();
      }
      return new Page<>(total, offset, out);
    } catch (SQLException e) {
      throw Failures.wrap("cannot read claims: " + Database.firstLine(e), e);
    }
  }

  /**
   * Events of the filter's type, with its actor among the actors and its recipient among the recipients, of its
   * modality, whose interval overlaps [from, to), at least as sure as its least confidence; every field may be null.
   * In date order, with the claim each is reported through. Texts are read for the {@code limit} rows kept only.
   */
  public List<EventRecord> events(EventFilter filter, int limit) {
    return events(filter, null, false, 0, limit).items();
  }

  /**
   * {@link #events(EventFilter, int)}, also only those {@code involving} an entity as actor or recipient (null: any),
   * newest first when asked (undated last either way), the {@code limit} from {@code offset}, with the total.
   */
  public Page<EventRecord> events(EventFilter filter, String involving, boolean newestFirst, long offset,
      int limit) {
    String order = newestFirst ? " ORDER BY e.resolved_begin DESC NULLS LAST, e.resolved_end DESC NULLS LAST,"
        + " e.article_id, e.idx" : " ORDER BY e.resolved_begin NULLS LAST, e.article_id, e.idx";
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("WITH ");
    if (keyed && KeyedPages.answers(involving, filter.actor(), filter.recipient())) {
      // the page from the event rows keyed by entity; only its articles' events are read
      sql.append(KeyedPages.events(filter, involving, order, offset, limit, args));
    } else {
      scannedEvents(sql, args, filter, involving, order, offset, limit);
    }
    // the page is chosen on its keys alone; only its articles' events are read whole
    sql.append(", pe AS MATERIALIZED (SELECT * FROM events WHERE article_id IN (SELECT article_id FROM page)),"
        + " paged AS (SELECT e.*, p.total FROM page p JOIN pe e ON e.article_id = p.article_id AND e.idx = p.idx)");
    // the sentences and reporting claims are looked for in the page's articles only (index scans, not whole tables)
    // a row fetched by the index costs per row and per column: only the rows that lack what the event row has (its
    // sentence's bounds, since schema version 21), and only the claims that an event of the page is reported by
    sql.append(", page_sentences AS MATERIALIZED (SELECT * FROM sentences WHERE article_id IN"
        + " (SELECT article_id FROM paged WHERE " + EventSentences.BEGIN + " IS NULL)),"
        + " page_claims AS MATERIALIZED (SELECT article_id, id, source_begin, source_end, source_entity, stance, "
        + Database.SOURCE_COUNTRIES + " FROM claims WHERE article_id IN"
        + " (SELECT article_id FROM paged WHERE claim_id IS NOT NULL))"
        + " SELECT e.*, a.headline, a.anchor, coalesce(e." + EventSentences.BEGIN + ", s.\"begin\") AS sb,"
        + " coalesce(e." + EventSentences.END + ", s.\"end\") AS se,"
        + " c.source_begin AS cl_source_begin, c.source_end AS cl_source_end, c.source_entity AS cl_source_entity,"
        + " c.stance AS cl_stance, c.id AS cl_id, c." + Database.SOURCE_COUNTRIES + " AS cl_source_countries"
        + " FROM paged e JOIN articles a ON a.id = e.article_id"
        + " LEFT JOIN page_sentences s ON s.article_id = e.article_id AND s.idx = e.sentence"
        + " LEFT JOIN page_claims c ON c.article_id = e.article_id AND c.id = e.claim_id"
        + order);
    return eventPage(sql.toString(), args, filter, involving, newestFirst, offset);
  }

  /**
   * The CTEs {@code matching} and {@code page} of a page of events that scans {@code events} (every read before schema
   * version 14, and every read that names no entity): the total is counted apart from the page, as in
   * {@link KeyedPages#paged}.
   */
  private static void scannedEvents(StringBuilder sql, List<Object> args, EventFilter filter, String involving,
      String order, long offset, int limit) {
    String type = filter.type();
    String actor = filter.actor();
    String recipient = filter.recipient();
    String modality = filter.modality();
    LocalDate from = filter.from();
    LocalDate to = filter.to();
    // the page of events is chosen first, on the events alone; only its rows are joined with the rest
    sql.append("matching AS MATERIALIZED (SELECT e.article_id, e.idx, e.resolved_begin, e.resolved_end FROM events e"
        + " WHERE true");
    if (involving != null) {
      sql.append(" AND (list_contains(e.actor_entities, ?) OR list_contains(e.recipient_entities, ?))");
      args.add(involving);
      args.add(involving);
    }
    if (filter.minConfidence() != null) {
      sql.append(" AND e.confidence >= ?");
      args.add(filter.minConfidence());
    }
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
    sql.append("), ").append(KeyedPages.paged("article_id, idx", order.replace("e.", "")));
    args.add(limit);
    args.add(offset);
  }

  private Page<EventRecord> eventPage(String sql, List<Object> args, EventFilter filter, String involving,
      boolean newestFirst, long offset) {
    record Row(String articleId, String headline, LocalDate anchor, Event event, Span sentence, Span claimSource,
        String claimEntity, String claimStance, String claimId, List<String> claimCountries) {}
    List<Row> rows = new ArrayList<>();
    long total = 0;
    try (PreparedStatement p = db.prepare(sql)) {
      Database.bind(p, args.toArray());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          total = r.getLong("total");
          Span sentence = ClaimEventRows.span(r, "sb", "se");
          Span claimSource = ClaimEventRows.span(r, "cl_source_begin", "cl_source_end");
          rows.add(new Row(r.getString("article_id"), r.getString("headline"), Database.date(r, "anchor"),
              ClaimEventRows.event(r), sentence, claimSource, r.getString("cl_source_entity"),
              r.getString("cl_stance"), r.getString("cl_id"), Database.strings(r, "cl_source_countries")));
        }
      }
      Map<String, String> texts = Texts.of(db, rows.stream().map(Row::articleId).toList());
      List<EventRecord> out = new ArrayList<>(rows.size());
      for (Row row : rows) {
        Event e = row.event();
        String text = texts.getOrDefault(row.articleId(), "");
        EventRecord.ClaimedBy by = row.claimId() == null ? null : new EventRecord.ClaimedBy(row.claimId(),
            row.claimSource() == null ? null : Texts.cut(text, row.claimSource()), row.claimEntity(),
            Claim.Stance.valueOf(row.claimStance()), row.claimCountries());
        out.add(new EventRecord(row.articleId(), row.headline(), row.anchor(), e, Texts.cut(text, e.trigger()),
            Texts.cut(text, row.sentence() == null ? e.trigger() : row.sentence()), by));
      }
      if (rows.isEmpty() && offset > 0) {
        total = events(filter, involving, newestFirst, 0, 1).total();
      }
      return new Page<>(total, offset, out);
    } catch (SQLException e) {
      throw Failures.wrap("cannot read events: " + Database.firstLine(e), e);
    }
  }
}
