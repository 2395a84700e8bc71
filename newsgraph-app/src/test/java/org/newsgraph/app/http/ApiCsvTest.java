package org.newsgraph.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Span;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.ArticleBuilder;
import org.newsgraph.testkit.Rfc4180;

/** {@code ?format=csv} on the list endpoints, over HTTP: a download a spreadsheet or pandas reads. */
class ApiCsvTest {
  static final String TEXT = "Russia said on Monday, \"we will not\", that it moved troops.\nKyiv disagreed.";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer server;

  @BeforeAll
  static void start() {
    AnalyzedArticle a = ArticleBuilder.text(TEXT).source("t.txt").headline("Troops, \"moved\"\nagain")
        .published("2025-05-05").entity("country:RUS", EntityType.COUNTRY, "Russia")
        .mention("Russia", "country:RUS").build();
    int at = TEXT.indexOf("moved");
    Event e = new Event("e1", "MOBILIZE", null, new Span(at, at + 5),
        List.of(new Event.Argument(new Span(0, 6), "country:RUS")), List.of(), null, null,
        LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6), true, Event.Modality.CLAIMED, null, 0.7, 0);
    store = NewsStore.open(tmp.resolve("store"));
    store.save(List.of(a.withEvents(List.of(e), "events.test.v1")), List.of(), "run");
    server = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, null, 64 * 1024), () -> {
      throw new IllegalStateException("no analysis here");
    });
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void events_as_csv_are_a_download_with_one_row_per_event_and_nested_fields_by_path() throws Exception {
    HttpResponse<String> r = get("/api/events?format=csv&type=mobilize");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("text/csv; charset=utf-8", r.headers().firstValue("content-type").orElse(""));
    assertEquals("attachment; filename=\"events.csv\"", r.headers().firstValue("content-disposition").orElse(""));
    List<List<String>> rows = Rfc4180.parse(r.body());
    assertEquals(2, rows.size(), r.body());
    List<String> header = rows.get(0);
    assertEquals("Troops, \"moved\"\nagain", rows.get(1).get(header.indexOf("headline")));
    assertEquals("MOBILIZE", rows.get(1).get(header.indexOf("event_type")));
    assertEquals("moved", rows.get(1).get(header.indexOf("trigger_text")));
    assertEquals("2025-05-05", rows.get(1).get(header.indexOf("event_interval_begin")));
    assertEquals("claimed", rows.get(1).get(header.indexOf("event_modality")), "as the JSON writes it");
  }

  @Test
  void an_empty_list_is_the_header_alone_and_json_stays_the_default() throws Exception {
    HttpResponse<String> csv = get("/api/claims?format=csv");
    assertEquals(200, csv.statusCode(), csv.body());
    List<List<String>> rows = Rfc4180.parse(csv.body());
    assertEquals(1, rows.size(), csv.body());
    assertTrue(rows.get(0).containsAll(List.of("article_id", "content_text", "claim_stance")), rows.toString());
    HttpResponse<String> json = get("/api/claims");
    assertTrue(json.headers().firstValue("content-type").orElse("").startsWith("application/json"));
  }

  @Test
  void search_hits_and_articles_have_csv_forms_and_an_unknown_format_is_400() throws Exception {
    HttpResponse<String> hits = get("/api/search?q=troops&format=csv");
    assertEquals(200, hits.statusCode(), hits.body());
    assertEquals(2, Rfc4180.parse(hits.body()).size(), hits.body());
    assertEquals("attachment; filename=\"search.csv\"", hits.headers().firstValue("content-disposition")
        .orElse(""));
    HttpResponse<String> articles = get("/api/articles?format=csv");
    assertEquals(2, Rfc4180.parse(articles.body()).size(), articles.body());
    HttpResponse<String> bad = get("/api/events?format=xml");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("format is json or csv"), bad.body());
  }
}
