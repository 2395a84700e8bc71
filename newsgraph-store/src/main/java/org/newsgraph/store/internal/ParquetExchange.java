package org.newsgraph.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.DocumentError;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.store.Publication;
import org.newsgraph.store.StoreException;

/**
 * The store's tables as Parquet, one folder per table ({@code DIR/articles/**.parquet}, possibly partitioned in
 * {@code day=...} sub-folders, as the Spark job writes them): exported with DuckDB's {@code COPY}, read back with
 * {@code read_parquet}. A table folder without Parquet files is an empty table. Columns are matched by name, so
 * extra columns (a partition column) are ignored and a missing nullable one reads as null.
 *
 * <p>Two ways in: {@link #load} copies the files into a scratch database whose articles are then saved into a store
 * through the ordinary write path (duplicates skipped by content hash, entities merged, every row logged); and
 * {@link #attachViews} turns a scratch database's tables into views over the files, so a store answers queries over
 * them in place.
 */
public final class ParquetExchange {
  /** The store's tables that hold analysis, in the order they are read. */
  public static final List<String> TABLES = List.of("articles", "entities", "article_entities", "sentences",
      "mentions", "times", "claims", "events", "publications", "places", "event_places",
      QuantityRows.TABLE);
  /**
   * The tables of the cross-document layer: exported, and read in place by a store over Parquet tables when present;
   * not imported (a store places what it imports in its own stories, as it would at ingest).
   */
  public static final List<String> STORY_TABLES = List.of("stories", "story_articles", "event_instances",
      "event_mentions", "claim_instances", "claim_reports", "entity_merges");
  /** Documents that failed in the job: source, article_id, stage, message. */
  public static final String ERRORS = "errors";

  private ParquetExchange() {}

  /** A new scratch folder in the temporary directory (for a scratch database and index). */
  public static Path scratch() {
    try {
      return Files.createTempDirectory("newsgraph-parquet-");
    } catch (IOException e) {
      throw Failures.wrap("cannot create a scratch folder: " + e.getMessage(), e);
    }
  }

  /** Deletes a folder made by {@link #scratch}, quietly. */
  public static void deleteScratch(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary folder is harmless
    }
  }

  /** Writes every table of {@code db} to {@code dir/TABLE/data.parquet}. */
  public static void export(Database db, Path dir) {
    try (Statement s = db.connection().createStatement()) {
      for (String t : exported()) {
        Path folder = dir.resolve(t);
        Files.createDirectories(folder);
        s.execute("COPY (SELECT * FROM " + t + ") TO " + literal(folder.resolve("data.parquet")) + " (FORMAT PARQUET)");
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot export to " + dir + ": " + Database.firstLine(e), e);
    } catch (IOException e) {
      throw Failures.wrap("cannot export to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static List<String> exported() {
    List<String> all = new ArrayList<>(TABLES);
    all.addAll(STORY_TABLES);
    return all;
  }

  /** Copies the Parquet tables of {@code dir} into the (empty, scratch) database {@code db}. */
  public static void load(Database db, Path dir) {
    check(dir);
    try (Statement s = db.connection().createStatement()) {
      for (String t : TABLES) {
        String src = source(dir, t);
        if (src != null) {
          List<String[]> cols = stored(db, t);
          s.execute("INSERT INTO " + t + " (" + names(cols) + ") SELECT " + select(cols, present(db, src), dir, t)
              + " FROM " + src);
        }
      }
      for (String t : SentenceColumns.TABLES) {
        s.execute(SentenceColumns.fill(t));
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read the Parquet tables in " + dir + ": " + Database.firstLine(e), e);
    }
  }

  /** Replaces the tables of the scratch database {@code db} by views over the Parquet tables of {@code dir}. */
  public static void attachViews(Database db, Path dir) {
    check(dir);
    try (Statement s = db.connection().createStatement()) {
      for (String t : exported()) {
        String src = source(dir, t);
        if (src != null) {
          List<String[]> cols = stored(db, t);
          String rows = "SELECT " + select(cols, present(db, src), dir, t) + " FROM " + src;
          s.execute("DROP TABLE " + t);
          s.execute("CREATE VIEW " + t + " AS " + (SentenceColumns.TABLES.contains(t) ? SentenceColumns.derive(rows)
              : StoryKeys.TABLES.contains(t) ? StoryKeys.view(rows) : rows));
        }
      }
      EntityCounts.attachView(db);
      EntityPlaces.attachView(db);
      EntityRows.attachViews(db);
    } catch (SQLException e) {
      throw Failures.wrap("cannot read the Parquet tables in " + dir + ": " + Database.firstLine(e), e);
    }
  }

  /** The ids of the articles in {@code db}, in id order. */
  public static List<String> articleIds(Database db) {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p = db.prepare("SELECT id FROM articles ORDER BY id"); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read " + db.file() + ": " + Database.firstLine(e), e);
    }
    return ids;
  }

  /** The articles of {@code ids} as stored in {@code db}, with their sentence spans (no tokens). */
  public static List<AnalyzedArticle> articles(Database db, List<String> ids) {
    ArticleReader reader = new ArticleReader(db);
    List<AnalyzedArticle> out = new ArrayList<>();
    Map<String, List<Sentence>> sentences = sentences(db, ids);
    for (String id : ids) {
      AnalyzedArticle a = reader.article(id).orElseThrow();
      List<Sentence> s = sentences.getOrDefault(id, List.of());
      EnumSet<Facet> facets = EnumSet.copyOf(a.facets());
      if (!s.isEmpty()) {
        facets.add(Facet.SENTENCES);
      }
      out.add(new AnalyzedArticle(a.article(), s, a.entities(), a.mentions(), a.times(), a.claims(), a.events(),
          facets, a.stageIds(), a.geography(), a.notes()));
    }
    return out;
  }

  /** The publications of the articles {@code ids} in {@code db}, first first. */
  public static List<Publication> publications(Database db, List<String> ids) {
    List<Publication> out = new ArrayList<>();
    for (String id : ids) {
      out.addAll(PublicationsTable.of(db, id));
    }
    return out;
  }

  private static Map<String, List<Sentence>> sentences(Database db, List<String> ids) {
    Map<String, List<Sentence>> out = new HashMap<>();
    try (PreparedStatement p = db.prepare("SELECT article_id, idx, \"begin\", \"end\" FROM sentences"
        + " WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, idx")) {
      p.setArray(1, db.varchars(ids));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new Sentence(r.getInt(2), new Span(r.getInt(3), r.getInt(4)), List.of()));
        }
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read " + db.file() + ": " + Database.firstLine(e), e);
    }
    return out;
  }

  /** The rows of the job's {@code errors} table in {@code dir} (none when it has no such table). */
  public static List<DocumentError> errors(Database db, Path dir) {
    String src = source(dir, ERRORS);
    List<DocumentError> out = new ArrayList<>();
    if (src == null) {
      return out;
    }
    try (PreparedStatement p = db.prepare("SELECT source, article_id, stage, message FROM " + src
        + " ORDER BY source, stage, message"); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(new DocumentError(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
      }
    } catch (SQLException e) {
      throw Failures.wrap("cannot read " + dir.resolve(ERRORS) + ": " + Database.firstLine(e), e);
    }
    return out;
  }

  private static void check(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new StoreException(StoreException.Kind.INVALID_REQUEST, dir + ": no such folder of Parquet tables");
    }
    if (source(dir, "articles") == null) {
      throw new StoreException(StoreException.Kind.INVALID_REQUEST, dir + " holds no articles table (expected "
          + dir.resolve("articles")
          + "/**/*.parquet, as `newsgraph spark --out` writes)");
    }
  }

  /** {@code read_parquet(...)} over the table's files, or null when the table has none. */
  static String source(Path dir, String table) {
    Path folder = dir.resolve(table);
    if (!Files.isDirectory(folder)) {
      return null;
    }
    try (Stream<Path> s = Files.walk(folder)) {
      if (s.noneMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String glob = folder.toAbsolutePath() + "/**/*.parquet";
    return "read_parquet(" + literal(glob) + ", hive_partitioning = false, union_by_name = true)";
  }

  /**
   * The columns of {@code table} that the files hold: all but the derived sentence columns, which are computed from
   * the sentences whether or not a file has them (the Spark job does not write them).
   */
  private static List<String[]> stored(Database db, String table) throws SQLException {
    List<String[]> cols = columns(db, table);
    if (SentenceColumns.TABLES.contains(table)) {
      cols.removeIf(c -> c[0].equals(SentenceColumns.COLUMN));
    }
    return cols;
  }

  /** Name and type of each column of {@code table}, in order. */
  private static List<String[]> columns(Database db, String table) throws SQLException {
    List<String[]> cols = new ArrayList<>();
    try (PreparedStatement p = db.prepare("SELECT column_name, data_type FROM information_schema.columns"
        + " WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          cols.add(new String[] {r.getString(1), r.getString(2)});
        }
      }
    }
    return cols;
  }

  private static String names(List<String[]> cols) {
    return String.join(", ", cols.stream().map(c -> quote(c[0])).toList());
  }

  /** The column names the Parquet files of {@code src} hold. */
  private static java.util.Set<String> present(Database db, String src) throws SQLException {
    java.util.Set<String> names = new java.util.HashSet<>();
    try (PreparedStatement p = db.prepare("DESCRIBE SELECT * FROM " + src); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        names.add(r.getString("column_name"));
      }
    }
    return names;
  }

  /**
   * The select list: every column cast to the store's type; {@code ingested_at}, which the job does not write (a
   * re-run must give the same rows), is the time the table's folder was last written. A column the files lack
   * (written before the schema had it: {@code claims.source_countries}) reads as null.
   */
  private static String select(List<String[]> cols, java.util.Set<String> present, Path dir, String table) {
    List<String> out = new ArrayList<>();
    for (String[] c : cols) {
      if (!present.contains(c[0]) && !c[0].equals("ingested_at")) {
        out.add("CAST(NULL AS " + c[1] + ") AS " + quote(c[0]));
      } else if (c[0].equals("ingested_at")) {
        out.add("TIMESTAMP " + literal(writtenAt(dir.resolve(table)).toString().replace('T', ' '))
            + " AS ingested_at");
      } else {
        out.add("CAST(" + quote(c[0]) + " AS " + c[1] + ") AS " + quote(c[0]));
      }
    }
    return String.join(", ", out);
  }

  private static LocalDateTime writtenAt(Path folder) {
    try {
      Instant t = Files.getLastModifiedTime(folder).toInstant();
      return LocalDateTime.ofInstant(t, ZoneOffset.UTC).withNano(0);
    } catch (IOException e) {
      return LocalDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);
    }
  }

  private static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static String literal(Object s) {
    return "'" + s.toString().replace("'", "''") + "'";
  }
}
