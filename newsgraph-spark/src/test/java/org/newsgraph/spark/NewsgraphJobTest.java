package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.app.service.Ingestion;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.ingest.dedup.NearDuplicateRule;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SaveResult;
import org.newsgraph.store.StoreFiles;

/**
 * The proof of issue 8: the job at local[2] over a small input gives, once imported, the same rows as
 * {@code newsgraph ingest} of the same input into a fresh store (publications included: the same near-duplicate
 * definition); a corrupt file is an error row, not a failed job; a syndicated copy becomes a publication of the
 * article it copies.
 */
@Tag("spark")
class NewsgraphJobTest {
  private static final Path HOME = Path.of(System.getProperty("newsgraph.home", "..")).toAbsolutePath().normalize();
  private static final Path BBC = Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data", "corpora",
      "bbc-news");
  /** Columns compared per table: all of them but the time of ingest. */
  private static final Map<String, String> COMPARED = Map.of(
      "articles", "id, source, outlet, headline, dateline, agency, published, updated, anchor, language, bullets,"
          + " captions, paragraphs, text, stage_ids",
      "entities", "*", "article_entities", "*", "sentences", "*", "mentions", "*", "times", "*", "claims", "*",
      "events", "*",
      "publications", "article_id, content_id, source, outlet, headline, published, similarity, scheme, signature");

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path input;
  static Path copies;
  static Path out;
  static NewsgraphJob.Summary summary;

  @BeforeAll
  static void runJob() throws IOException {
    // Load the models and the stage classes first (in this JVM, the local executor's), as an executor would on
    // its first task.
    PipelineHolder.get(NewsgraphConfig.defaults().settings()).apply(org.newsgraph.core.AnalyzedArticle.of(
        org.newsgraph.ingest.Sources.read(HOME.resolve("examples/arabnews-2025.txt")).articles().get(0)));
    input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(HOME.resolve("examples/arabnews-2025.txt"), input.resolve("arabnews-2025.txt"));
    List<Path> bbc = bbcSample(4);
    for (Path p : bbc) {
      Files.copy(p, input.resolve("bbc-" + p.getParent().getFileName() + "-" + p.getFileName()));
    }
    byte[] corrupt = new byte[4096];
    new java.util.Random(8).nextBytes(corrupt);
    Files.write(input.resolve("corrupt.txt"), corrupt);
    copies = Files.createDirectories(tmp.resolve("copies"));
    if (!bbc.isEmpty()) {
      // The same wire story as another outlet runs it: its own credit line, one sentence changed, the tail cut.
      String text = Files.readString(bbc.get(0), StandardCharsets.UTF_8).strip();
      String[] lines = text.split("\n");
      StringBuilder copy = new StringBuilder();
      for (int i = 0; i < lines.length - 2; i++) {
        copy.append(i == 2 ? lines[i].replaceFirst("\\.", ", a spokesman said.") : lines[i]).append('\n');
      }
      copy.append("\nReporting by the syndication desk.\n");
      Files.writeString(copies.resolve("syndicated-copy.txt"), copy, StandardCharsets.UTF_8);
    }
    out = tmp.resolve("out");
    spark = Sessions.local("local[2]", 4);
    summary = NewsgraphJob.run(spark, NewsgraphJob.Spec.of(List.of(input.toString(), copies.toString()), out));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static List<Path> bbcSample(int n) throws IOException {
    if (!Files.isDirectory(BBC)) {
      return List.of(); // the shared corpus is absent: the repo's example alone
    }
    try (Stream<Path> s = Files.walk(BBC.resolve("politics"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList();
    }
  }

  @Test
  void imported_tables_equal_a_fresh_ingest_of_the_same_input_row_for_row() throws Exception {
    Path ingested = tmp.resolve("store-ingest");
    try (NewsStore store = NewsStore.open(ingested)) {
      new Ingestion(AnalysisPipeline.standard(NewsgraphConfig.defaults()), store, 2)
          .run(List.of(input, copies), done -> {}, total -> {});
    }
    Path imported = tmp.resolve("store-import");
    try (NewsStore store = NewsStore.open(imported)) {
      SaveResult r = StoreFiles.importParquet(store, out, 3);
      assertEquals(summary.articles(), r.stored().size());
      assertTrue(store.search("Korea", 5).hits().size() > 0, "the search index caught up with the import");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("ATTACH '" + ingested.resolve("newsgraph.duckdb") + "' AS a (READ_ONLY)");
      s.execute("ATTACH '" + imported.resolve("newsgraph.duckdb") + "' AS b (READ_ONLY)");
      for (Map.Entry<String, String> t : COMPARED.entrySet()) {
        String cols = t.getValue();
        long rows = count(s, "SELECT count(*) FROM a." + t.getKey());
        assertEquals(rows, count(s, "SELECT count(*) FROM b." + t.getKey()), t.getKey() + ": row counts");
        assertEquals(0, count(s, "SELECT count(*) FROM (SELECT " + cols + " FROM a." + t.getKey()
            + " EXCEPT ALL SELECT " + cols + " FROM b." + t.getKey() + ")"), t.getKey() + ": rows only ingested");
        if (!t.getKey().equals("claims") && !t.getKey().equals("events")) {
          assertTrue(rows > 0, t.getKey() + " is empty: nothing was compared");
        }
      }
    }
  }

  @Test
  void a_corrupt_file_is_an_error_row_and_the_job_completes() throws SQLException {
    List<String> errors = strings("SELECT source || ' | ' || stage || ' | ' || message FROM read_parquet('"
        + out.resolve("errors") + "/*.parquet')");
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("corrupt.txt | read | "), errors.get(0));
    assertEquals(1, summary.errors());
    assertTrue(summary.articles() > 0);
  }

  @Test
  void a_syndicated_copy_becomes_a_publication_of_the_article_it_copies() throws SQLException {
    if (!Files.isDirectory(BBC)) {
      return;
    }
    List<String> rows = strings("SELECT p.source || ' | ' || a.source || ' | ' || (p.similarity < 1)"
        + " FROM read_parquet('" + out.resolve("publications") + "/**/*.parquet') p"
        + " JOIN read_parquet('" + out.resolve("articles") + "/**/*.parquet') a ON a.id = p.article_id"
        + " WHERE p.content_id <> p.article_id");
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).startsWith(copies.resolve("syndicated-copy.txt") + " | "), rows.get(0));
    assertTrue(rows.get(0).endsWith(" | true"), rows.get(0));
    assertEquals(1, summary.nearDuplicates());
    assertEquals(List.of(new NearDuplicateRule(NewsgraphConfig.defaults().dedup()).scheme()), strings("SELECT DISTINCT scheme FROM"
        + " read_parquet('" + out.resolve("publications") + "/**/*.parquet') WHERE content_id = article_id"),
        "first publications carry the ingest module's MinHash signature");
    assertEquals(0, count("SELECT count(*) FROM read_parquet('" + out.resolve("articles")
        + "/**/*.parquet') WHERE source LIKE '%syndicated-copy%'"), "the copy is not an article of its own");
  }

  @Test
  void models_load_once_per_executor_jvm() {
    assertEquals(1, PipelineHolder.builds());
  }

  @Test
  void a_store_over_the_parquet_tables_answers_queries_in_place() {
    try (NewsStore store = StoreFiles.openParquet(out)) {
      assertEquals(summary.articles(), store.articleCount());
      String id = store.articles(0, 1).get(0).id();
      assertTrue(store.article(id).isPresent());
      assertTrue(store.topEntities(3).size() > 0);
      assertTrue(store.search("Korea", 3).hits().size() > 0);
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      return count(s, sql);
    }
  }

  private static List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
