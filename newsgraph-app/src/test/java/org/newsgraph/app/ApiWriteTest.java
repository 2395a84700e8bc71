package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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

/** Storing through the API ({@code POST /api/articles}) needs the server's write token. */
@Tag("models")
class ApiWriteTest {
  private static final String TOKEN = "test-token-7f3a";
  private static final String TEXT = "Talks in Oman\n\nMUSCAT: Oman's foreign minister met Indian officials on Monday"
      + " to discuss shipping in the Gulf.";
  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer open;
  private static ApiServer locked;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = NewsStore.open(tmp.resolve("store"));
    NewsgraphConfig cfg = NewsgraphConfig.defaults();
    Supplier<Stage> pipeline = () -> AnalysisPipeline.standard(cfg);
    locked = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, null, 64 * 1024), pipeline);
    open = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, TOKEN, 64 * 1024), pipeline);
  }

  @AfterAll
  static void stop() {
    open.close();
    locked.close();
    store.close();
  }

  private static HttpResponse<String> post(ApiServer s, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/articles"))
        .POST(HttpRequest.BodyPublishers.ofString(TEXT));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String message(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body()).get("error").get("message").asText();
  }

  @Test
  void without_a_configured_token_storing_is_refused_whatever_is_sent() throws Exception {
    long before = store.articleCount();
    HttpResponse<String> r = post(locked, "Bearer " + TOKEN);
    assertEquals(403, r.statusCode());
    assertTrue(message(r).contains("server.writeToken"), r.body());
    assertEquals(403, post(locked, null).statusCode());
    assertEquals(before, store.articleCount());
  }

  @Test
  void no_token_or_a_wrong_one_is_refused_and_the_right_one_stores_once() throws Exception {
    long before = store.articleCount();
    HttpResponse<String> none = post(open, null);
    assertEquals(401, none.statusCode());
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    HttpResponse<String> wrong = post(open, "Bearer " + TOKEN + "x");
    assertEquals(403, wrong.statusCode());
    assertEquals("wrong write token", message(wrong));
    assertEquals(403, post(open, "Bearer " + TOKEN.substring(0, 5)).statusCode());
    assertEquals(before, store.articleCount());

    HttpResponse<String> ok = post(open, "Bearer " + TOKEN);
    assertEquals(201, ok.statusCode(), ok.body());
    JsonNode body = Json.MAPPER.readTree(ok.body());
    String id = body.get("stored").get(0).asText();
    assertEquals(before + 1, store.articleCount());
    assertEquals("Talks in Oman", store.article(id).orElseThrow().article().headline());
    assertTrue(store.search("shipping", 5).total() > 0, "the stored article is searchable");

    HttpResponse<String> again = post(open, "Bearer " + TOKEN);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(id, Json.MAPPER.readTree(again.body()).get("duplicates").get(0).asText());
    assertEquals(before + 1, store.articleCount());
  }
}
