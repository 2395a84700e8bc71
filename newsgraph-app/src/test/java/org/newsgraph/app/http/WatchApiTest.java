package org.newsgraph.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Watchlists, their Atom feeds and trends on the real server on 127.0.0.1, over a store of hand-made reports. */
class WatchApiTest {
  private static final String TOKEN = "watch-token-9f2c";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir Path dir;
  private NewsStore store;
  private ApiServer server;

  @BeforeEach
  void start() {
    store = NewsStore.open(dir);
    store.save(List.of(WatchArticles.report("2025-02-13", "withdrew", "RETREAT", "Kursk"),
        WatchArticles.report("2024-11-05", "massed", "MOBILIZE", "Kursk")), List.of(), "run-1");
    server = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, TOKEN, 64 * 1024), () -> {
      throw new IllegalStateException("no analysis here");
    });
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode ok(String method, String path, String body, int status) throws Exception {
    HttpResponse<String> r = send(method, path, body, TOKEN);
    assertEquals(status, r.statusCode(), method + " " + path + ": " + r.body());
    return Json.MAPPER.readTree(r.body());
  }

  private String error(String method, String path, String body, String token, int status) throws Exception {
    HttpResponse<String> r = send(method, path, body, token);
    assertEquals(status, r.statusCode(), method + " " + path + ": " + r.body());
    return Json.MAPPER.readTree(r.body()).get("error").get("message").asText();
  }

  private String watch(String json) throws Exception {
    return ok("POST", "/api/watchlists", json, 201).get("id").asText();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The one child of {@code e} called {@code name} in the Atom namespace; fails when there is none or several. */
  private static Element child(Element e, String name) {
    List<Element> found = children(e, name);
    assertEquals(1, found.size(), "one atom:" + name + " in atom:" + e.getLocalName());
    return found.get(0);
  }

  private static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && AtomFeed.NS.equals(c.getNamespaceURI()) && c.getLocalName().equals(name)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The feed parsed and checked against what RFC 4287 requires; answers its entries. */
  private List<Element> feed(String id) throws Exception {
    HttpResponse<String> r = send("GET", "/feeds/" + id + ".atom", null, null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/atom+xml"));
    Element feed = parse(r.body()).getDocumentElement();
    assertEquals("feed", feed.getLocalName());
    assertEquals(AtomFeed.NS, feed.getNamespaceURI());
    assertFalse(child(feed, "id").getTextContent().isBlank());
    assertTrue(child(feed, "title").getTextContent().contains("Korea watch"));
    Instant.parse(child(feed, "updated").getTextContent());
    assertFalse(child(child(feed, "author"), "name").getTextContent().isBlank());
    List<Element> entries = children(feed, "entry");
    for (Element e : entries) {
      assertTrue(child(e, "id").getTextContent().startsWith("urn:newsgraph:fact:"));
      assertFalse(child(e, "title").getTextContent().isBlank());
      Instant.parse(child(e, "updated").getTextContent());
      String href = child(e, "link").getAttribute("href");
      assertTrue(href.matches("http://[^/]+/#/article/[0-9a-f]+\\?fact=[ce]\\d+"), href);
    }
    return entries;
  }

  private static List<String> ids(List<Element> entries) {
    return entries.stream().map(e -> child(e, "id").getTextContent()).toList();
  }

  @Test
  void a_watchlist_feed_is_valid_atom_and_a_newly_stored_matching_claim_appears_first_with_the_old_ids_kept()
      throws Exception {
    String id = watch("{\"name\":\"Korea watch\",\"entities\":[\"North Korea\"]}");
    List<Element> before = feed(id);
    assertEquals(4, before.size(), "two claims and two events name North Korea");
    Instant between = Instant.now();
    store.save(List.of(WatchArticles.report("2025-03-02", "advanced", "MOBILIZE", "Sudzha")), List.of(), "run-2");
    List<Element> after = feed(id);
    assertEquals(6, after.size());
    List<String> newIds = ids(after);
    assertTrue(newIds.subList(2, 6).containsAll(ids(before)), "the old entries keep their ids: " + newIds);
    String newest = child(after.get(0), "title").getTextContent() + " " + child(after.get(1), "title")
        .getTextContent();
    assertTrue(newest.contains("advanced near Sudzha"), newest);
    assertTrue(child(after.get(0), "link").getAttribute("href").contains(
        WatchArticles.report("2025-03-02", "advanced", "MOBILIZE", "Sudzha").article().id()));
    // only the new ones since a time
    JsonNode since = ok("GET", "/api/watchlists/" + id + "/matches?since=" + between, null, 200);
    assertEquals(2, since.get("total").asInt(), since.toString());
    assertEquals(6, ok("GET", "/api/watchlists/" + id + "/matches?since=1970-01-01", null, 200).get("total")
        .asInt());
    JsonNode page = ok("GET", "/api/watchlists/" + id + "/matches?offset=5&limit=10", null, 200);
    assertEquals(1, page.get("matches").size(), "a long list is read a page at a time");
  }

  @Test
  void watchlists_are_saved_listed_and_removed_and_bad_ones_are_refused_with_a_reason() throws Exception {
    String id = watch("{\"name\":\"retreats\",\"entities\":[\"country:PRK\"],\"event_types\":[\"retreat\"],"
        + "\"min_confidence\":0.5}");
    JsonNode listed = ok("GET", "/api/watchlists", null, 200).get("watchlists");
    assertEquals(1, listed.size());
    assertEquals(List.of("retreat"), List.of(listed.get(0).get("event_types").get(0).asText()));
    assertEquals("/feeds/" + id + ".atom", listed.get(0).get("feed").asText());
    JsonNode matches = ok("GET", "/api/watchlists/" + id + "/matches", null, 200);
    assertEquals(1, matches.get("total").asInt(), "the one retreat; claims are left out");
    assertEquals("event", matches.get("matches").get(0).get("kind").asText());
    assertTrue(error("POST", "/api/watchlists", "{\"name\":\"x\",\"entities\":[\"Atlantis\"]}", TOKEN, 400)
        .contains("Atlantis"));
    assertTrue(error("POST", "/api/watchlists", "{\"name\":\"x\",\"event_types\":[\"dance\"]}", TOKEN, 400)
        .contains("dance"));
    assertTrue(error("POST", "/api/watchlists", "{\"name\":\"x\",\"words\":\"troops AND (\"}", TOKEN, 400)
        .contains("search"));
    assertTrue(error("POST", "/api/watchlists", "{\"name\":\"x\"}", TOKEN, 400).contains("at least one"));
    assertTrue(error("POST", "/api/watchlists", "{\"name\":\"x\",\"words\":\"a\",\"min_level\":\"denied\"}", TOKEN,
        400).contains("single_source"));
    error("POST", "/api/watchlists", "{\"name\":", TOKEN, 400);
    error("POST", "/api/watchlists", "{\"name\":\"x\",\"colour\":\"red\"}", TOKEN, 400);
    error("POST", "/api/watchlists", "{\"name\":\"x\",\"words\":\"troops\"}", null, 401);
    error("DELETE", "/api/watchlists/" + id, null, null, 401);
    assertTrue(error("GET", "/feeds/wnope.atom", null, null, 404).contains("no watchlist with id wnope"));
    error("GET", "/api/watchlists/wnope/matches", null, null, 404);
    error("GET", "/api/watchlists/" + id + "/matches?since=last+tuesday", null, null, 400);
    error("GET", "/api/watchlists/" + id + "/matches?limit=501", null, null, 400);
    assertEquals(1, ok("GET", "/api/watchlists", null, 200).get("watchlists").size(), "the bad ones were not saved");
    assertTrue(ok("DELETE", "/api/watchlists/" + id, null, 200).get("removed").asBoolean());
    error("DELETE", "/api/watchlists/" + id, null, TOKEN, 404);
    assertEquals(0, ok("GET", "/api/watchlists", null, 200).get("watchlists").size());
  }

  @Test
  void trends_count_the_events_of_a_search_by_actor_per_month_and_refuse_what_they_cannot_count()
      throws Exception {
    JsonNode t = ok("GET", "/api/trends?by=type&interval=month", null, 200);
    assertEquals(2, t.get("total").asInt());
    List<String> keys = new ArrayList<>();
    t.get("series").forEach(s -> keys.add(s.get("key").asText() + " " + s.get("points").get(0).get("start")
        .asText()));
    assertEquals(List.of("MOBILIZE 2024-11-01", "RETREAT 2025-02-01"), keys);
    JsonNode searched = ok("GET", "/api/trends?q=withdrew&by=actor&interval=year", null, 200);
    assertEquals("North Korea", searched.get("series").get(0).get("name").asText());
    assertEquals(1, searched.get("total").asInt());
    JsonNode stances = ok("GET", "/api/trends?by=stance&from=2025-01-01", null, 200);
    assertEquals(1, stances.get("total").asInt(), stances.toString());
    assertNotNull(stances.get("series").get(0).get("points"));
    error("GET", "/api/trends?by=colour", null, null, 400);
    error("GET", "/api/trends?interval=hour", null, null, 400);
    error("GET", "/api/trends?q=" + java.net.URLEncoder.encode("\"unclosed", StandardCharsets.UTF_8), null, null,
        400);
  }
}
