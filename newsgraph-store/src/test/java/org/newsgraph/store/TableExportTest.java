package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.testkit.ArticleBuilder;
import org.newsgraph.testkit.Rfc4180;

/** Exports read back as an analyst reads them: DuckDB's own readers, and a strict RFC 4180 parser. */
class TableExportTest {
  static final List<String> EVENT_COLUMNS = List.of("article_id", "event_id", "type", "mode", "modality",
      "trigger_text", "actor_entities", "actor_texts", "recipient_entities", "recipient_texts", "location_entity",
      "location_text", "date_begin", "date_end", "date_from_article", "confidence", "claim_id", "sentence_index",
      "sentence_text", "article_headline", "article_anchor");
  static final List<String> CLAIM_COLUMNS = List.of("article_id", "claim_id", "source_text", "source_entity",
      "source_countries", "cue_text", "content_text", "kind", "stance", "said", "said_until", "said_from_text",
      "confidence", "reported_by", "sentence_index", "article_headline", "article_anchor");
  static final List<String> ARTICLE_COLUMNS = List.of("article_id", "source", "outlet", "headline", "dateline",
      "agency", "published", "updated", "anchor", "language", "ingested_at", "text");
  static final List<String> ENTITY_COLUMNS = List.of("entity_id", "type", "name", "country", "aliases",
      "article_count", "mention_count");
  static final List<String> MENTION_COLUMNS = List.of("article_id", "mention_index", "begin", "end", "text",
      "entity_id", "entity_name", "entity_type", "role", "sentence_index");
  static final String AWKWARD_HEADLINE = "\"No\", says Seoul,\nthen \"maybe\"";

  @TempDir Path dir;

  private NewsStore filled() {
    NewsStore store = NewsStore.open(dir.resolve("store"));
    AnalyzedArticle awkward = ArticleBuilder.text("Officials said \"no, never\", then left.\nNothing more.")
        .source("samples/awkward.txt").headline(AWKWARD_HEADLINE).published("2025-04-01").build();
    store.save(List.of(ClaimEventStoreTest.withClaimAndEvent(), ClaimEventStoreTest.withGroupClaim(), awkward),
        List.of(), "run");
    return store;
  }

  @Test
  void events_as_csv_read_back_in_a_strict_parser_and_in_duckdb_with_the_documented_columns() throws Exception {
    Path csv = dir.resolve("events.csv");
    try (NewsStore store = filled()) {
      assertEquals(1, StoreFiles.export(store, Export.What.EVENTS, Export.Format.CSV, Export.Filter.ALL, csv));
    }
    List<List<String>> rows = Rfc4180.parse(Files.readString(csv, StandardCharsets.UTF_8));
    assertEquals(EVENT_COLUMNS, rows.get(0));
    assertEquals(2, rows.size());
    List<String> e = rows.get(1);
    assertEquals("RETREAT", e.get(EVENT_COLUMNS.indexOf("type")));
    assertEquals("withdrawn", e.get(EVENT_COLUMNS.indexOf("trigger_text")));
    assertEquals("claimed", e.get(EVENT_COLUMNS.indexOf("modality")), "lower case, as the API writes it");
    assertEquals(Samples.PRK, e.get(EVENT_COLUMNS.indexOf("actor_entities")));
    assertEquals("", e.get(EVENT_COLUMNS.indexOf("recipient_entities")), "an unlinked recipient has no id");
    assertEquals("the front", e.get(EVENT_COLUMNS.indexOf("recipient_texts")));
    assertEquals("2025-01-11", e.get(EVENT_COLUMNS.indexOf("date_begin")));
    assertEquals(EVENT_COLUMNS, duckColumns("read_csv_auto('" + csv + "')"));
  }

  @Test
  void quotes_commas_and_newlines_in_text_survive_csv_parquet_and_json_lines() throws Exception {
    Path csv = dir.resolve("articles.csv");
    Path parquet = dir.resolve("articles.parquet");
    Path jsonl = dir.resolve("articles.jsonl");
    try (NewsStore store = filled()) {
      StoreFiles.export(store, Export.What.ARTICLES, Export.Format.CSV, Export.Filter.ALL, csv);
      StoreFiles.export(store, Export.What.ARTICLES, Export.Format.PARQUET, Export.Filter.ALL, parquet);
      StoreFiles.export(store, Export.What.ARTICLES, Export.Format.JSONL, Export.Filter.ALL, jsonl);
    }
    List<List<String>> rows = Rfc4180.parse(Files.readString(csv, StandardCharsets.UTF_8));
    assertEquals(ARTICLE_COLUMNS, rows.get(0));
    assertEquals(4, rows.size());
    int h = ARTICLE_COLUMNS.indexOf("headline");
    assertTrue(rows.stream().anyMatch(r -> r.get(h).equals(AWKWARD_HEADLINE)), "the headline came back whole");
    assertTrue(rows.stream().anyMatch(r -> r.get(ARTICLE_COLUMNS.indexOf("text")).equals(Samples.KURSK_TEXT)));
    for (String source : List.of("read_csv_auto('" + csv + "')", "read_parquet('" + parquet + "')",
        "read_json_auto('" + jsonl + "')")) {
      assertEquals(ARTICLE_COLUMNS, duckColumns(source), source);
      assertEquals(List.of(AWKWARD_HEADLINE), duckStrings("SELECT headline FROM " + source
          + " WHERE headline LIKE '%maybe%'"), source);
    }
    assertEquals(3, Files.readAllLines(jsonl).size(), "one line per article");
  }

  @Test
  void every_table_has_its_documented_columns_in_parquet() throws Exception {
    try (NewsStore store = filled()) {
      for (Export.What w : Export.What.values()) {
        Path p = dir.resolve(w.lower() + ".parquet");
        StoreFiles.export(store, w, Export.Format.PARQUET, Export.Filter.ALL, p);
        List<String> expected = switch (w) {
          case ARTICLES -> ARTICLE_COLUMNS;
          case ENTITIES -> ENTITY_COLUMNS;
          case MENTIONS -> MENTION_COLUMNS;
          case CLAIMS -> CLAIM_COLUMNS;
          case EVENTS -> EVENT_COLUMNS;
        };
        assertEquals(expected, duckColumns("read_parquet('" + p + "')"), w.lower());
      }
    }
  }

  @Test
  void a_nested_claim_names_the_claim_that_reports_it_in_csv_and_json_lines() throws Exception {
    Path csv = dir.resolve("claims.csv");
    Path jsonl = dir.resolve("claims.jsonl");
    try (NewsStore store = NewsStore.open(dir.resolve("nested"))) {
      store.save(List.of(ClaimEventStoreTest.withNestedClaim()), List.of(), "run");
      StoreFiles.export(store, Export.What.CLAIMS, Export.Format.CSV, Export.Filter.ALL, csv);
      StoreFiles.export(store, Export.What.CLAIMS, Export.Format.JSONL, Export.Filter.ALL, jsonl);
    }
    List<List<String>> rows = Rfc4180.parse(Files.readString(csv, StandardCharsets.UTF_8));
    int id = CLAIM_COLUMNS.indexOf("claim_id");
    int by = CLAIM_COLUMNS.indexOf("reported_by");
    assertEquals(List.of("c1=", "c2=c1"), rows.subList(1, rows.size()).stream()
        .map(r -> r.get(id) + "=" + r.get(by)).sorted().toList());
    assertEquals(List.of("c1"), duckStrings("SELECT reported_by FROM read_json_auto('" + jsonl
        + "') WHERE claim_id = 'c2'"));
  }

  @Test
  void an_empty_store_gives_a_header_only_csv() throws Exception {
    Path csv = dir.resolve("claims.csv");
    try (NewsStore store = NewsStore.open(dir.resolve("empty"))) {
      assertEquals(0, StoreFiles.export(store, Export.What.CLAIMS, Export.Format.CSV, Export.Filter.ALL, csv));
    }
    assertEquals(List.of(CLAIM_COLUMNS), Rfc4180.parse(Files.readString(csv, StandardCharsets.UTF_8)));
  }

  @Test
  void filters_select_by_search_words_entity_event_type_and_period() throws Exception {
    try (NewsStore store = filled()) {
      Path out = dir.resolve("x.csv");
      assertEquals(1, StoreFiles.export(store, Export.What.ARTICLES, Export.Format.CSV,
          new Export.Filter("missile factory", null, null, null, null), out));
      assertEquals(1, StoreFiles.export(store, Export.What.CLAIMS, Export.Format.CSV,
          new Export.Filter(null, "North Korea", null, null, null), out), "a name resolves; a group counts");
      assertEquals(2, StoreFiles.export(store, Export.What.ARTICLES, Export.Format.CSV,
          new Export.Filter(null, Samples.PRK, null, null, null), out));
      assertEquals(1, StoreFiles.export(store, Export.What.ARTICLES, Export.Format.CSV,
          new Export.Filter(null, null, "retreat", null, null), out));
      assertEquals(0, StoreFiles.export(store, Export.What.EVENTS, Export.Format.CSV,
          new Export.Filter(null, null, "protest", null, null), out));
      assertEquals(1, StoreFiles.export(store, Export.What.EVENTS, Export.Format.CSV,
          new Export.Filter(null, null, null, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 1)), out));
      assertEquals(0, StoreFiles.export(store, Export.What.EVENTS, Export.Format.CSV,
          new Export.Filter(null, null, null, LocalDate.of(2025, 2, 1), null), out));
      assertEquals(2, StoreFiles.export(store, Export.What.MENTIONS, Export.Format.CSV,
          new Export.Filter("Kursk", "Russia", null, null, null), out));
      assertEquals(0, StoreFiles.export(store, Export.What.EVENTS, Export.Format.CSV,
          new Export.Filter("nowherewords", null, null, null, null), out), "a search that finds nothing");
      assertEquals(List.of(EVENT_COLUMNS), Rfc4180.parse(Files.readString(out, StandardCharsets.UTF_8)));
    }
  }

  @Test
  void an_unknown_table_name_is_refused_with_the_names_to_use() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Export.What.parse("stories"));
    assertTrue(e.getMessage().contains("articles, entities, mentions, claims, events"), e.getMessage());
    assertEquals(Export.What.CLAIMS, Export.What.parse(" Claims "));
  }

  private static List<String> duckColumns(String source) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + source + " LIMIT 0")) {
      ResultSetMetaData m = r.getMetaData();
      List<String> out = new ArrayList<>();
      for (int i = 1; i <= m.getColumnCount(); i++) {
        out.add(m.getColumnName(i));
      }
      return out;
    }
  }

  private static List<String> duckStrings(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }
}
