package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.json.Json;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.store.NewsStore;

/** The real HTTP server on a random loopback port, called over HTTP. */
@Tag("models")
class ApiServerTest {
  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /** {@code newsgraph claims --source …} on the same store, run before the server takes it (one owner at a time). */
  private static Cli.Run claimsOfUkraine;
  private static Cli.Run claimsOfTheSpyAgency;

  @BeforeAll
  static void start() {
    Path dir = tmp.resolve("store");
    Cli.Run r = Cli.run("ingest", "--store", dir.toString(), Cli.example().toString());
    assertEquals(0, r.exit(), r.err());
    claimsOfUkraine = Cli.run("claims", "--store", dir.toString(), "--source", "country:UKR");
    claimsOfTheSpyAgency = Cli.run("claims", "--store", dir.toString(), "--source", "org:nis-kor");
    store = NewsStore.open(dir);
    NewsgraphConfig cfg = NewsgraphConfig.defaults();
    Supplier<Stage> pipeline = () -> AnalysisPipeline.standard(cfg);
    server = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, null, 64 * 1024)
        .withOpenAnalyze(true), pipeline);
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

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void health_reports_the_number_of_articles() throws Exception {
    HttpResponse<String> r = get("/api/health");
    assertEquals(200, r.statusCode());
    assertEquals(2, json(r).get("articles").asInt());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
  }

  @Test
  void envelope_keys_come_in_the_documented_order() throws Exception {
    List<String> keys = new ArrayList<>();
    json(get("/api/articles?limit=1")).fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("offset", "limit", "total", "articles"), keys);
    keys.clear();
    json(get("/api/health")).fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("status", "articles"), keys);
  }

  @Test
  void an_article_comes_back_with_its_annotations() throws Exception {
    JsonNode list = json(get("/api/articles"));
    assertEquals(2, list.get("total").asInt());
    String id = list.get("articles").get(0).get("id").asText();
    JsonNode a = json(get("/api/articles/" + id));
    assertEquals(id, a.get("id").asText());
    assertTrue(a.get("entities").size() > 5);
    assertTrue(a.get("times").size() > 3);
  }

  @Test
  void search_entity_and_timeline_answer() throws Exception {
    JsonNode s = json(get("/api/search?q=" + URLEncoder.encode("Shoura Council", StandardCharsets.UTF_8)));
    assertEquals(1, s.get("total").asInt());
    assertTrue(s.get("hits").get(0).get("snippet").asText().contains("«"));
    JsonNode e = json(get("/api/entities/country:OMN"));
    assertEquals("Oman", e.get("entity").get("name").asText());
    JsonNode t = json(get("/api/timeline?entity=country:PRK&from=2024-01-01&to=2025-01-01"));
    assertTrue(t.get("entries").size() > 0);
    for (JsonNode x : t.get("entries")) {
      String begin = x.get("begin").asText();
      assertTrue(begin.compareTo("2025-01-01") < 0, x.toString());
    }
  }

  @Test
  void the_timeline_comes_in_pages_with_its_total() throws Exception {
    JsonNode two = json(get("/api/timeline?entity=country:PRK&limit=2"));
    assertEquals(2, two.get("entries").size());
    assertTrue(two.get("total").asInt() > 2, two.toString());
    JsonNode second = json(get("/api/timeline?entity=country:PRK&limit=1&offset=1"));
    assertEquals(two.get("total"), second.get("total"));
    assertEquals(two.get("entries").get(1), second.get("entries").get(0));
    assertEquals(400, get("/api/timeline?entity=country:PRK&limit=100000").statusCode());
  }

  @Test
  void search_filters_by_outlet_and_hits_say_how_many_outlets_ran_them() throws Exception {
    // the sample's page dump names no outlet: the filter must then match nothing
    assertTrue(json(get("/api/outlets")).get("outlets").isArray());
    JsonNode all = json(get("/api/search?q=Korea"));
    assertTrue(all.get("total").asInt() > 0);
    for (JsonNode h : all.get("hits")) {
      assertEquals(1, h.get("publications").asInt(), h.toString());
    }
    assertEquals(0, json(get("/api/search?q=Korea&outlet=No+Such+Outlet")).get("total").asInt());
  }

  @Test
  void claims_of_a_country_include_its_unnamed_groups_on_the_command_line() {
    assertEquals(0, claimsOfUkraine.exit(), claimsOfUkraine.err());
    List<String> lines = claimsOfUkraine.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.contains("Ukrainian officials have said [group: UKR]: \"")),
        claimsOfUkraine.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("Ukrainian intelligence agencies say [group: KOR, UKR]: ")),
        claimsOfUkraine.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("[country:UKR]: ")), "named claims of Ukraine stay");
    for (String l : lines) {
      assertTrue(l.contains("[country:UKR]") || l.matches(".*\\[group: [A-Z, ]*UKR[A-Z, ]*\\].*"), l);
    }
    // a named source lists exactly its own claims, as before
    assertEquals(0, claimsOfTheSpyAgency.exit(), claimsOfTheSpyAgency.err());
    List<String> nis = claimsOfTheSpyAgency.out().lines().toList();
    assertTrue(nis.size() >= 2, claimsOfTheSpyAgency.out());
    nis.forEach(l -> assertTrue(l.contains("[org:nis-kor]: ") && !l.contains("[group:"), l));
  }

  @Test
  void claims_of_a_country_include_its_unnamed_groups_over_http() throws Exception {
    JsonNode claims = json(get("/api/claims?source=country:UKR")).get("claims");
    boolean officials = false;
    for (JsonNode c : claims) {
      JsonNode claim = c.get("claim");
      List<String> countries = new ArrayList<>();
      claim.get("source_countries").forEach(x -> countries.add(x.asText()));
      assertTrue("country:UKR".equals(claim.path("source_entity_id").asText(null))
          || countries.contains("country:UKR"), c.toString());
      if ("Ukrainian officials".equals(c.get("source_text").asText())) {
        officials = true;
        assertTrue(claim.get("source_entity_id").isNull(), c.toString());
        assertEquals(List.of("country:UKR"), countries);
      }
    }
    assertTrue(officials, "Ukrainian officials have said…: " + claims);
    // and the article shows the group's countries in the claim's source
    String id = claims.get(0).get("article_id").asText();
    boolean shown = false;
    for (JsonNode c : json(get("/api/articles/" + id)).get("claims")) {
      JsonNode src = c.get("source");
      if (src != null && !src.isNull() && src.get("text").asText().equals("Ukrainian officials")) {
        shown = true;
        assertEquals("country:UKR", src.get("countries").get(0).asText(), c.toString());
      }
    }
    assertTrue(shown, "the article holds the claim of Ukrainian officials");
  }

  @Test
  void events_say_who_claims_them() throws Exception {
    JsonNode events = json(get("/api/events?actor=country:PRK&limit=200")).get("events");
    boolean claimed = false;
    boolean byGroup = false;
    for (JsonNode e : events) {
      JsonNode by = e.get("claimed_by");
      assertEquals(e.get("event").get("claim_id").isNull(), by.isNull(), e.toString());
      if (!by.isNull()) {
        claimed = true;
        assertEquals(e.get("event").get("claim_id").asText(), by.get("claim_id").asText());
        if ("South Korean and Ukrainian intelligence agencies".equals(by.get("source_text").asText())) {
          byGroup = true; // "… intelligence agencies say Pyongyang deployed more than 10,000 troops"
          assertEquals("[\"country:KOR\",\"country:UKR\"]", by.get("source_countries").toString(), by.toString());
        } else if (!by.get("source_entity_id").isNull()) {
          assertEquals(0, by.get("source_countries").size(), "a named source has no group countries: " + by);
        }
      }
    }
    assertTrue(claimed, "the sample reports North Korean moves through claims: " + events);
    assertTrue(byGroup, "an event reported by an unnamed group carries its countries: " + events);
  }

  @Test
  void errors_are_json_with_the_right_status() throws Exception {
    HttpResponse<String> missing = get("/api/articles/nope");
    assertEquals(404, missing.statusCode());
    assertEquals(404, json(missing).get("error").get("status").asInt());
    assertEquals(400, get("/api/search").statusCode());
    assertEquals(400, get("/api/timeline?entity=country:PRK&from=yesterday").statusCode());
    assertEquals(404, get("/api/entities/country:XXX").statusCode());
    HttpResponse<String> unknown = get("/api/nothing-here");
    assertEquals(404, unknown.statusCode());
    assertTrue(json(unknown).get("error").get("message").asText().contains("/api/nothing-here"));
  }

  @Test
  void analyze_returns_annotations_without_storing_and_a_huge_body_gets_413() throws Exception {
    String text = "Talks in Oman\n\nMUSCAT: Oman's foreign minister met Indian officials on Monday.";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/analyze")).POST(HttpRequest.BodyPublishers.ofString(text)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("MUSCAT", json(r).get("articles").get(0).get("dateline").asText());
    assertEquals(2, json(get("/api/health")).get("articles").asInt(), "nothing was stored");
    HttpResponse<String> big = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/analyze")).POST(HttpRequest.BodyPublishers.ofString("x".repeat(200_000))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(413, big.statusCode());
  }
}
