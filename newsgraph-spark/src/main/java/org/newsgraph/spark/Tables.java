package org.newsgraph.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes: the embedded store's tables (schema-v1.sql) column for column, in the same
 * order, with the same names. Left out: {@code articles.ingested_at} (set by whoever imports, so a re-run gives
 * the same rows), {@code meta} and {@code ingest_log} (the store's own). Added: {@code errors} (one row per input or
 * document that failed) and {@code publications} (every copy of an article that was read, near-duplicates
 * included). Per-article tables carry a partition column {@code day} (the anchor date, else "undated") that is a
 * folder name, not a column in the files.
 */
final class Tables {
  static final String DAY = "day";
  static final String UNDATED = "undated";

  static final StructType ARTICLES = struct(
      f("id", StringType, false), f("source", StringType), f("outlet", StringType), f("headline", StringType),
      f("dateline", StringType), f("agency", StringType), f("published", DateType), f("updated", DateType),
      f("anchor", DateType), f("language", StringType), f("bullets", strings()), f("captions", strings()),
      f("paragraphs", ints()), f("text", StringType, false), f("stage_ids", strings()));

  static final StructType ENTITIES = struct(
      f("id", StringType, false), f("type", StringType, false), f("name", StringType, false),
      f("aliases", strings(), false), f("country", StringType));

  /** Child tables without their leading {@code article_id} (they nest inside one article's row). */
  static final StructType ARTICLE_ENTITIES = struct(f("idx", IntegerType, false), f("entity_id", StringType, false));

  static final StructType SENTENCES = struct(
      f("idx", IntegerType, false), f("begin", IntegerType, false), f("end", IntegerType, false));

  static final StructType MENTIONS = struct(
      f("idx", IntegerType, false), f("begin", IntegerType, false), f("end", IntegerType, false),
      f("entity_id", StringType, false), f("role", StringType, false), f("confidence", DoubleType));

  static final StructType TIMES = struct(
      f("idx", IntegerType, false), f("begin", IntegerType, false), f("end", IntegerType, false),
      f("type", StringType, false), f("value", StringType), f("mod", StringType), f("resolved_begin", DateType),
      f("resolved_end", DateType), f("relative", StringType), f("confidence", DoubleType));

  static final StructType CLAIMS = struct(
      f("idx", IntegerType, false), f("id", StringType, false), f("source_begin", IntegerType),
      f("source_end", IntegerType), f("source_entity", StringType), f("cue_begin", IntegerType, false),
      f("cue_end", IntegerType, false), f("content", ints(), false), f("kind", StringType, false),
      f("channel_begin", IntegerType), f("channel_end", IntegerType), f("said", DateType),
      f("said_from_text", BooleanType, false), f("stance", StringType, false), f("sentence", IntegerType, false),
      f("source_countries", strings(), false), f("said_until", DateType), f("confidence", DoubleType),
      f("reported_by", StringType));

  static final StructType EVENTS = struct(
      f("idx", IntegerType, false), f("id", StringType, false), f("type", StringType, false),
      f("mode", StringType), f("trigger_begin", IntegerType, false), f("trigger_end", IntegerType, false),
      f("actor_spans", ints(), false), f("actor_entities", strings(), false), f("recipient_spans", ints(), false),
      f("recipient_entities", strings(), false), f("location_begin", IntegerType), f("location_end", IntegerType),
      f("location_entity", StringType), f("time_begin", IntegerType), f("time_end", IntegerType),
      f("resolved_begin", DateType), f("resolved_end", DateType), f("time_from_article", BooleanType, false),
      f("modality", StringType, false), f("claim_id", StringType), f("confidence", DoubleType, false),
      f("sentence", IntegerType, false), f("sentence_begin", IntegerType), f("sentence_end", IntegerType));

  static final StructType ERRORS = struct(
      f("source", StringType), f("article_id", StringType), f("stage", StringType), f("message", StringType));

  /**
   * Every copy read whose article was stored, as the store's {@code publications} table (issue 5) has them:
   * {@code article_id} is the article stored (the first copy), {@code content_id} the copy's own content hash
   * (equal for the first copy and exact duplicates), {@code similarity} the estimated Jaccard similarity of their
   * word shingles by the configuration's near-duplicate definition (1 for exact copies). The first publication of
   * an article carries the MinHash signature of its text ({@code scheme}, {@code signature}), so that
   * single-machine ingest after an import recognises later copies. {@code ingested_at} is left to the importer.
   */
  static final StructType PUBLICATIONS = struct(
      f("article_id", StringType, false), f("content_id", StringType, false), f("source", StringType, false),
      f("outlet", StringType), f("headline", StringType), f("published", DateType),
      f("similarity", DoubleType, false), f("scheme", StringType), f("signature", ints()));

  /** Child tables of one article, in the order they are written; each nests as an array in {@link #ANALYZED}. */
  static final Map<String, StructType> CHILDREN = children();

  /** One article after analysis: its row, its child rows, the entities it names; or the error it gave. */
  static final StructType ANALYZED = analyzed();

  /** One article as read, before analysis, with its order in the input. */
  static final StructType READ = struct(f("ordinal", LongType, false), f("article", ARTICLES));

  private Tables() {}

  private static Map<String, StructType> children() {
    Map<String, StructType> m = new LinkedHashMap<>();
    m.put("article_entities", ARTICLE_ENTITIES);
    m.put("sentences", SENTENCES);
    m.put("mentions", MENTIONS);
    m.put("times", TIMES);
    m.put("claims", CLAIMS);
    m.put("events", EVENTS);
    return m;
  }

  private static StructType analyzed() {
    List<StructField> fields = new ArrayList<>();
    fields.add(f("ordinal", LongType, false));
    fields.add(f(DAY, StringType, false));
    fields.add(f("article", ARTICLES));
    for (Map.Entry<String, StructType> e : CHILDREN.entrySet()) {
      fields.add(f(e.getKey(), DataTypes.createArrayType(e.getValue(), false)));
    }
    fields.add(f("entities", DataTypes.createArrayType(ENTITIES, false)));
    fields.add(f("error", ERRORS));
    fields.add(f("signature", ints()));
    return new StructType(fields.toArray(StructField[]::new));
  }

  /** The columns of table {@code name} as stored (child tables with their {@code article_id} first). */
  static List<String> columns(String name) {
    StructType t = switch (name) {
      case "articles" -> ARTICLES;
      case "entities" -> ENTITIES;
      case "errors" -> ERRORS;
      case "publications" -> PUBLICATIONS;
      default -> CHILDREN.get(name);
    };
    if (t == null) {
      throw new IllegalArgumentException("no table " + name);
    }
    List<String> cols = new ArrayList<>();
    if (CHILDREN.containsKey(name)) {
      cols.add("article_id");
    }
    cols.addAll(Arrays.asList(t.fieldNames()));
    return cols;
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField f(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructField f(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static DataType strings() {
    return DataTypes.createArrayType(StringType, true);
  }

  private static DataType ints() {
    return DataTypes.createArrayType(IntegerType, false);
  }
}
