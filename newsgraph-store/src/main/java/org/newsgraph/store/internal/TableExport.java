package org.newsgraph.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsgraph.store.Export;

/**
 * Writes one exported table with DuckDB's own {@code COPY (query) TO file}: streamed, in parallel, in bounded memory.
 * The queries name every column they read, so a column added to a table later changes nothing here. Texts are cut
 * from the article text by DuckDB, which counts code points where the stored offsets count UTF-16 units: in an
 * article with characters beyond the Basic Multilingual Plane (emoji) the texts after one are shifted. Values are
 * written as the API writes them: our own vocabularies (role, kind, stance, modality) lower case, entity and PLOVER
 * types upper case.
 */
public final class TableExport {
  /** Joins the items of a list column in CSV and JSON lines alike (an empty list gives the empty string). */
  static final String LIST_SEPARATOR = "|";
  private static final String HITS = "export_hits";

  /**
   * A filter with the entity resolved to its id and the search words to the ids of the articles they find
   * ({@code articleIds} null: no search).
   */
  public record Resolved(Collection<String> articleIds, String entityId, String eventType, LocalDate from,
      LocalDate to) {}

  private TableExport() {}

  /** Writes {@code what} to {@code file} and answers how many rows it wrote. */
  public static long write(Database db, Export.What what, Export.Format format, Resolved filter, Path file) {
    String query = query(what, filter);
    String options = switch (format) {
      case CSV -> "(FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\"', ESCAPE '\"')";
      case PARQUET -> "(FORMAT parquet)";
      case JSONL -> "(FORMAT json)";
    };
    try (Statement s = db.connection().createStatement()) {
      if (filter.articleIds() != null) {
        s.execute("CREATE OR REPLACE TEMP TABLE " + HITS + " AS SELECT unnest(" + list(filter.articleIds())
            + "::VARCHAR[]) AS id");
      }
      try {
        s.execute("COPY (" + query + ") TO " + literal(file.toAbsolutePath().toString()) + " " + options);
        return Math.max(0, s.getUpdateCount());
      } finally {
        if (filter.articleIds() != null) {
          s.execute("DROP TABLE IF EXISTS " + HITS);
        }
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot export " + what.lower() + " to " + file + ": " + Database.firstLine(e), e);
    }
  }

  /** The query of one table, filtered: its columns are the documented ones, in their documented order. */
  static String query(Export.What what, Resolved f) {
    // claims and events take the entity, the period (and events the type) on their own rows, not their article's
    boolean ownRows = what == Export.What.CLAIMS || what == Export.What.EVENTS;
    String sel = selectedArticles(ownRows ? new Resolved(f.articleIds(), null,
        what == Export.What.EVENTS ? null : f.eventType(), null, null) : f);
    String in = sel == null ? "" : " AND x.article_id IN (SELECT id FROM sel)";
    String with = sel == null ? "" : "WITH sel AS (" + sel + ") ";
    return with + switch (what) {
      case ARTICLES -> "SELECT a.id AS article_id, a.source, a.outlet, a.headline, a.dateline, a.agency,"
          + " a.published, a.updated, a.anchor, a.language, a.ingested_at, a.text"
          + " FROM articles a WHERE true" + in.replace("x.article_id", "a.id")
          + " ORDER BY a.anchor DESC NULLS LAST, a.id";
      case ENTITIES -> "SELECT e.id AS entity_id, e.type, e.name, e.country,"
          + " array_to_string(e.aliases, '" + LIST_SEPARATOR + "') AS aliases,"
          + " count(DISTINCT x.article_id) AS article_count, count(*) AS mention_count"
          + " FROM entities e JOIN mentions x ON x.entity_id = e.id WHERE true" + in
          + " GROUP BY e.id, e.type, e.name, e.country, e.aliases ORDER BY article_count DESC, mention_count DESC,"
          + " e.id";
      case MENTIONS -> "SELECT x.article_id, x.idx AS mention_index, x.\"begin\" AS \"begin\", x.\"end\" AS \"end\","
          + " " + cut("x.\"begin\"", "x.\"end\"") + " AS text, x.entity_id, e.name AS entity_name,"
          + " e.type AS entity_type, lower(x.role) AS role, x.sentence AS sentence_index"
          + " FROM mentions x JOIN articles a ON a.id = x.article_id LEFT JOIN entities e ON e.id = x.entity_id"
          + " WHERE true" + in + (f.entityId() == null ? "" : " AND x.entity_id = " + literal(f.entityId()))
          + " ORDER BY x.article_id, x.idx";
      case CLAIMS -> "SELECT x.article_id, x.id AS claim_id,"
          + " CASE WHEN x.source_begin IS NULL THEN NULL ELSE " + cut("x.source_begin", "x.source_end")
          + " END AS source_text, x.source_entity,"
          + " array_to_string(x." + Database.SOURCE_COUNTRIES + ", '" + LIST_SEPARATOR + "') AS source_countries,"
          + " " + cut("x.cue_begin", "x.cue_end") + " AS cue_text, " + spans("x.content", " … ") + " AS content_text,"
          + " lower(x.kind) AS kind, lower(x.stance) AS stance, x.said, x." + Database.SAID_UNTIL + " AS said_until, x.said_from_text,"
          + " x." + Database.CLAIM_CONFIDENCE + " AS confidence, x." + Database.REPORTED_BY + " AS reported_by,"
          + " x.sentence AS sentence_index, a.headline AS article_headline, a.anchor AS article_anchor"
          + " FROM claims x JOIN articles a ON a.id = x.article_id WHERE true" + in + claimFilter(f)
          + " ORDER BY x.said DESC NULLS LAST, x.article_id, x.idx";
      case EVENTS -> "SELECT x.article_id, x.id AS event_id, x.type, x.mode, lower(x.modality) AS modality,"
          + " " + cut("x.trigger_begin", "x.trigger_end") + " AS trigger_text,"
          + " " + entities("x.actor_entities") + " AS actor_entities, " + spans("x.actor_spans", LIST_SEPARATOR)
          + " AS actor_texts, " + entities("x.recipient_entities") + " AS recipient_entities, "
          + spans("x.recipient_spans", LIST_SEPARATOR) + " AS recipient_texts, x.location_entity,"
          + " CASE WHEN x.location_begin IS NULL THEN NULL ELSE " + cut("x.location_begin", "x.location_end")
          + " END AS location_text, x.resolved_begin AS date_begin, x.resolved_end AS date_end,"
          + " x.time_from_article AS date_from_article, x.confidence, x.claim_id, x.sentence AS sentence_index,"
          + " CASE WHEN s.\"begin\" IS NULL THEN NULL ELSE " + cut("s.\"begin\"", "s.\"end\"")
          + " END AS sentence_text, a.headline AS article_headline, a.anchor AS article_anchor"
          + " FROM events x JOIN articles a ON a.id = x.article_id"
          + " LEFT JOIN sentences s ON s.article_id = x.article_id AND s.idx = x.sentence WHERE true" + in
          + eventFilter(f) + " ORDER BY x.resolved_begin NULLS LAST, x.article_id, x.idx";
    };
  }

  /**
   * The articles the filter selects, or null when it selects all: found by the search, naming the entity, with an
   * event of the type, anchored (published, else updated) in the period.
   */
  private static String selectedArticles(Resolved f) {
    StringBuilder w = new StringBuilder();
    if (f.articleIds() != null) {
      w.append(" AND a.id IN (SELECT id FROM " + HITS + ")");
    }
    if (f.entityId() != null) {
      w.append(" AND a.id IN (SELECT article_id FROM mentions WHERE entity_id = ").append(literal(f.entityId()))
          .append(")");
    }
    if (f.eventType() != null) {
      w.append(" AND a.id IN (SELECT article_id FROM events WHERE type = ").append(literal(upper(f.eventType())))
          .append(")");
    }
    if (f.from() != null) {
      w.append(" AND a.anchor >= ").append(date(f.from()));
    }
    if (f.to() != null) {
      w.append(" AND a.anchor < ").append(date(f.to()));
    }
    return w.isEmpty() ? null : "SELECT a.id FROM articles a WHERE true" + w;
  }

  /** Claims: of the entity as source (or of the unnamed groups of that country), said in the period. */
  private static String claimFilter(Resolved f) {
    StringBuilder w = new StringBuilder();
    if (f.entityId() != null) {
      w.append(" AND (x.source_entity = ").append(literal(f.entityId())).append(" OR list_contains(x.")
          .append(Database.SOURCE_COUNTRIES).append(", ").append(literal(f.entityId())).append("))");
    }
    if (f.from() != null) {
      w.append(" AND COALESCE(x.").append(Database.SAID_UNTIL).append(", x.said + 1) > ").append(date(f.from()));
    }
    if (f.to() != null) {
      w.append(" AND x.said < ").append(date(f.to()));
    }
    return w.toString();
  }

  /** Events: of the type, the entity among actors, recipients or place, whose days overlap the period. */
  private static String eventFilter(Resolved f) {
    StringBuilder w = new StringBuilder();
    if (f.eventType() != null) {
      w.append(" AND x.type = ").append(literal(upper(f.eventType())));
    }
    if (f.entityId() != null) {
      String id = literal(f.entityId());
      w.append(" AND (list_contains(x.actor_entities, ").append(id).append(") OR list_contains(x.recipient_entities, ")
          .append(id).append(") OR x.location_entity = ").append(id).append(")");
    }
    if (f.from() != null) {
      w.append(" AND (x.resolved_end IS NULL OR x.resolved_end > ").append(date(f.from())).append(")");
    }
    if (f.to() != null) {
      w.append(" AND x.resolved_begin < ").append(date(f.to()));
    }
    return w.toString();
  }

  /** The article text of [begin, end). */
  private static String cut(String begin, String end) {
    return "substring(a.text, " + begin + " + 1, " + end + " - " + begin + ")";
  }

  /** The texts of a flattened span list, joined. */
  private static String spans(String column, String separator) {
    return "array_to_string(list_transform(range(0, len(" + column + ") // 2), lambda i: substring(a.text, "
        + column + "[2 * i + 1] + 1, " + column + "[2 * i + 2] - " + column + "[2 * i + 1])), "
        + literal(separator) + ")";
  }

  /** The linked entity ids of a participant list ('' marks an unlinked one, left out). */
  private static String entities(String column) {
    return "array_to_string(list_filter(" + column + ", lambda e: e <> ''), '" + LIST_SEPARATOR + "')";
  }

  private static String upper(String s) {
    return s.strip().toUpperCase(Locale.ROOT);
  }

  private static String date(LocalDate d) {
    return "DATE " + literal(d.toString());
  }

  private static String list(Collection<String> items) {
    return items.stream().map(TableExport::literal).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
