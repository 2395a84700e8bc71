package org.newsgraph.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.BoundedAnalysis;
import org.newsgraph.core.Facet;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.Stage;
import org.newsgraph.core.Work;
import org.newsgraph.store.NewsStore;

/**
 * The server protects itself, as a client sees it: analyses need a token, are bounded in number and in time (429,
 * a partial answer, 503, never a computation left running), pages of other origins are refused, binary bodies are
 * refused as the CLI refuses them, and every error, Jetty's own included, is JSON. The analysis here is a stand-in
 * stage (no language models), so that the limits are what is tested.
 */
class ApiProtectionTest {
  private static final String TEXT = "Talks in Oman\n\nMUSCAT: Oman's foreign minister met Indian officials on Monday.";
  private static final String WRITE = "write-token-1";
  private static final String ANALYZE = "analyze-token-1";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir Path tmp;
  private NewsStore store;
  private final List<ApiServer> servers = new ArrayList<>();

  /** A stage standing in for the analysis: it does {@code work}, then gives sentences (none). */
  private record Fake(String id, UnaryOperator<AnalyzedArticle> work) implements Stage {
    @Override
    public Set<Facet> requires() {
      return Set.of(Facet.TEXT);
    }

    @Override
    public Set<Facet> provides() {
      return Set.of(Facet.SENTENCES);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
      return work.apply(in).withSentences(List.of(), provides(), id);
    }
  }

  private static final Stage QUICK = new Fake("quick.v1", in -> in);

  @BeforeEach
  void open() {
    store = NewsStore.open(tmp.resolve("store"));
  }

  @AfterEach
  void close() {
    servers.forEach(ApiServer::close);
    store.close();
  }

  private ApiServer start(NewsgraphConfig.Server cfg, Stage... stages) {
    NewsgraphConfig.Limits limits = NewsgraphConfig.defaults().limits();
    Stage p = new BoundedAnalysis(Pipeline.of(stages), limits);
    ApiServer s = ApiServer.start(store, cfg, () -> p);
    servers.add(s);
    return s;
  }

  private static NewsgraphConfig.Server config() {
    return new NewsgraphConfig.Server("127.0.0.1", 0, WRITE, 256 * 1024, ANALYZE, false, 2, 4, 30, List.of());
  }

  private static HttpResponse<String> send(ApiServer s, String method, String path, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> analyze(ApiServer s, String token) throws Exception {
    return token == null ? send(s, "POST", "/api/analyze", TEXT.getBytes(StandardCharsets.UTF_8))
        : send(s, "POST", "/api/analyze", TEXT.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);
  }

  /** The API's error answer: its status agrees with the response's, and it has a message. */
  private static JsonNode error(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        r.headers().map() + "\n" + r.body());
    JsonNode e = Json.MAPPER.readTree(r.body()).get("error");
    assertEquals(status, e.get("status").asInt(), r.body());
    assertFalse(e.get("message").asText().isBlank());
    return e;
  }

  @Test
  void analysing_needs_the_analyze_or_write_token_unless_the_configuration_opens_it() throws Exception {
    ApiServer s = start(config(), QUICK);
    assertTrue(error(analyze(s, null), 401).get("message").asText().contains("Authorization: Bearer"));
    error(analyze(s, "guess"), 403);
    assertEquals(200, analyze(s, ANALYZE).statusCode());
    assertEquals(200, analyze(s, WRITE).statusCode());
    ApiServer open = start(config().withOpenAnalyze(true), QUICK);
    assertEquals(200, analyze(open, null).statusCode());
    ApiServer none = start(new NewsgraphConfig.Server("127.0.0.1", 0, null, 64 * 1024), QUICK);
    assertTrue(error(analyze(none, "anything"), 403).get("message").asText().contains("server.analyzeToken"));
  }

  @Test
  void when_every_thread_is_busy_and_the_queue_full_an_analysis_gets_429_at_once() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    Stage blocking = new Fake("blocking.v1", in -> {
      started.incrementAndGet();
      try {
        release.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return in;
    });
    ApiServer s = start(config().withAnalyzePool(1, 1, 30), blocking);
    CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> call(s));
    while (started.get() == 0) {
      Thread.sleep(10);
    }
    CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> call(s));
    Thread.sleep(200); // it is in the queue now
    long t0 = System.nanoTime();
    HttpResponse<String> third = analyze(s, ANALYZE);
    assertTrue((System.nanoTime() - t0) / 1e9 < 2, "refused at once");
    assertTrue(error(third, 429).get("message").asText().contains("server.analyzeQueue"));
    assertEquals("5", third.headers().firstValue("Retry-After").orElse(""));
    assertEquals(200, get(s, "/api/health").statusCode(), "reads go on while analyses are busy");
    release.countDown();
    assertEquals(200, running.get(20, TimeUnit.SECONDS).statusCode());
    assertEquals(200, waiting.get(20, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void a_request_that_times_out_while_it_waits_in_the_queue_gives_its_place_back() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch stubbornDone = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    Stage stage = new Stage() { // unbounded: only the pool's deadline and interrupts reach it
      @Override
      public String id() {
        return "by-text.v1";
      }

      @Override
      public Set<Facet> requires() {
        return Set.of(Facet.TEXT);
      }

      @Override
      public Set<Facet> provides() {
        return Set.of(Facet.SENTENCES);
      }

      @Override
      public AnalyzedArticle apply(AnalyzedArticle in) {
        started.incrementAndGet();
        if (in.text().contains("stubborn")) { // holds the thread past every deadline, deaf to interrupts
          long end = System.nanoTime() + 3_500_000_000L;
          while (System.nanoTime() < end) {
            Thread.interrupted();
          }
          stubbornDone.countDown();
        } else if (in.text().contains("patient")) {
          try {
            release.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return in.withSentences(List.of(), provides(), id());
      }
    };
    ApiServer s = ApiServer.start(store, config().withAnalyzePool(1, 1, 1), () -> stage);
    servers.add(s);
    CompletableFuture<HttpResponse<String>> stubborn = CompletableFuture.supplyAsync(() -> call(s, "stubborn"));
    while (started.get() == 0) {
      Thread.sleep(10);
    }
    // waits in the queue behind it, and its deadline passes there: 503, and it never runs
    HttpResponse<String> queued = call(s, "queued");
    error(queued, 503);
    error(stubborn.get(20, TimeUnit.SECONDS), 503);
    assertTrue(stubbornDone.await(20, TimeUnit.SECONDS));
    Thread.sleep(200); // and its thread is free
    // both places (the thread and the queue) are free again: one analysis runs, the next waits, neither gets 429
    int before = started.get();
    CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> call(s, "patient"));
    for (int i = 0; i < 500 && started.get() == before && !first.isDone(); i++) {
      Thread.sleep(10);
    }
    assertEquals(before + 1, started.get(), "the next analysis got a place: "
        + (first.isDone() ? first.get().body() : "(still waiting)"));
    CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> call(s, "patient"));
    Thread.sleep(200);
    release.countDown();
    assertEquals(200, first.get(20, TimeUnit.SECONDS).statusCode());
    HttpResponse<String> r = second.get(20, TimeUnit.SECONDS);
    assertEquals(200, r.statusCode(), "the place of the request that timed out in the queue was given back: "
        + r.body());
  }

  private static HttpResponse<String> call(ApiServer s, String word) {
    try {
      return send(s, "POST", "/api/analyze", ("A " + word + " text\n\nThe minister met officials on Monday in a "
          + word + " mood.").getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + ANALYZE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> call(ApiServer s) {
    try {
      return analyze(s, ANALYZE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> get(ApiServer s, String path) throws Exception {
    return send(s, "GET", path, null);
  }

  @Test
  void a_runaway_analysis_is_answered_with_what_finished_by_the_deadline_and_stopped() throws Exception {
    AtomicInteger stillRunning = new AtomicInteger();
    Stage stuck = new Fake("stuck.v1", in -> {
      stillRunning.incrementAndGet();
      try {
        while (true) {
          Work.step();
        }
      } finally {
        stillRunning.decrementAndGet();
      }
    });
    ApiServer s = start(config().withAnalyzePool(1, 1, 1.5), QUICK, stuck);
    long t0 = System.nanoTime();
    HttpResponse<String> r = analyze(s, ANALYZE);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(seconds < 4, "answered after " + seconds + " s");
    JsonNode a = Json.MAPPER.readTree(r.body()).get("articles").get(0);
    assertEquals("[\"quick.v1\"]", a.get("stages").toString());
    assertTrue(a.get("notes").get(0).asText().startsWith("stuck.v1 was stopped after"), a.toString());
    assertEquals(0, stillRunning.get(), "nothing is left running once the answer is out");
  }

  @Test
  void an_analysis_that_ignores_its_deadline_gets_503_and_is_interrupted_not_left_running() throws Exception {
    AtomicInteger stillRunning = new AtomicInteger();
    Stage sleepy = new Stage() { // not bounded by the pipeline: only the pool's deadline stops it
      @Override
      public String id() {
        return "sleepy.v1";
      }

      @Override
      public Set<Facet> requires() {
        return Set.of(Facet.TEXT);
      }

      @Override
      public Set<Facet> provides() {
        return Set.of(Facet.SENTENCES);
      }

      @Override
      public AnalyzedArticle apply(AnalyzedArticle in) {
        stillRunning.incrementAndGet();
        try {
          Thread.sleep(60_000);
          return in;
        } catch (InterruptedException e) {
          throw new IllegalStateException("interrupted");
        } finally {
          stillRunning.decrementAndGet();
        }
      }
    };
    ApiServer s = ApiServer.start(store, config().withAnalyzePool(1, 1, 1), () -> sleepy);
    servers.add(s);
    long t0 = System.nanoTime();
    HttpResponse<String> r = analyze(s, ANALYZE);
    assertTrue((System.nanoTime() - t0) / 1e9 < 6);
    assertTrue(error(r, 503).get("message").asText().contains("server.analyzeSeconds"));
    for (int i = 0; i < 100 && stillRunning.get() > 0; i++) {
      Thread.sleep(20);
    }
    assertEquals(0, stillRunning.get(), "the computation was stopped with the request");
  }

  @Test
  void pages_of_other_origins_are_refused_unless_the_configuration_names_them() throws Exception {
    ApiServer s = start(config().withOpenAnalyze(true).withAllowedOrigins(List.of("https://news.example.org")),
        QUICK);
    String self = "http://127.0.0.1:" + s.port();
    // a simple request (text/plain, no preflight) from a page elsewhere: refused before any analysis
    HttpResponse<String> evil = send(s, "POST", "/api/analyze", TEXT.getBytes(StandardCharsets.UTF_8),
        "Origin", "https://evil.example", "Content-Type", "text/plain");
    assertTrue(error(evil, 403).get("message").asText().contains("server.allowedOrigins"));
    error(send(s, "GET", "/api/health", null, "Origin", "https://evil.example"), 403);
    assertEquals(200, send(s, "GET", "/api/health", null, "Origin", self).statusCode(), "the server's own page");
    HttpResponse<String> friend = send(s, "POST", "/api/analyze", TEXT.getBytes(StandardCharsets.UTF_8),
        "Origin", "https://news.example.org");
    assertEquals(200, friend.statusCode(), friend.body());
    assertEquals("https://news.example.org", friend.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    HttpResponse<String> preflight = send(s, "OPTIONS", "/api/analyze", null, "Origin", "https://news.example.org",
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization");
    assertEquals(204, preflight.statusCode(), preflight.body());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
  }

  @Test
  void a_binary_body_is_refused_as_the_cli_refuses_a_binary_file_and_nothing_is_stored() throws Exception {
    ApiServer s = start(config(), QUICK);
    byte[] elf = new byte[256];
    System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
    for (int i = 8; i < elf.length; i++) {
      elf[i] = (byte) (i * 31);
    }
    JsonNode e = error(send(s, "POST", "/api/articles", elf, "Authorization", "Bearer " + WRITE), 415);
    assertTrue(e.get("message").asText().contains("an ELF executable"), e.toString());
    error(send(s, "POST", "/api/analyze", elf, "Authorization", "Bearer " + ANALYZE), 415);
    assertEquals(0, store.articleCount());
    HttpResponse<String> latin1 = send(s, "POST", "/api/analyze", "Caf\u00e9 owners met on Monday.\n\nCAIRO: Caf\u00e9"
        .getBytes(StandardCharsets.ISO_8859_1), "Authorization", "Bearer " + ANALYZE);
    assertEquals(200, latin1.statusCode(), "Windows-1252 text is read, as the CLI reads it");
    assertTrue(latin1.body().contains("Caf\u00e9"), latin1.body());
  }

  @Test
  void a_query_too_complex_to_run_is_a_400_not_a_500() throws Exception {
    ApiServer s = start(config(), QUICK);
    String q = "/.{0,100}a.{0,100}b.{0,100}c.{0,100}d.{0,100}e/";
    JsonNode e = error(get(s, "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), 400);
    assertTrue(e.get("message").asText().contains("too complex"), e.toString());
  }

  /** What the server answers to a request written byte by byte, as a careless or hostile client sends it. */
  private static String raw(ApiServer s, String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", s.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      StringBuilder b = new StringBuilder();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        b.append(line).append('\n');
      }
      return b.toString();
    }
  }

  private static void jsonError(String response, int status) throws Exception {
    assertTrue(response.startsWith("HTTP/1.1 " + status), response);
    assertTrue(response.toLowerCase().contains("content-type: application/json"), response);
    String body = response.substring(response.indexOf("\n\n") + 2).strip();
    System.out.println(response.lines().findFirst().orElse("") + " -> " + body);
    assertEquals(status, Json.MAPPER.readTree(body).get("error").get("status").asInt(), response);
  }

  @Test
  void the_errors_jetty_answers_itself_are_json_too() throws Exception {
    ApiServer s = start(config(), QUICK);
    jsonError(raw(s, "GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    jsonError(raw(s, "GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
        414);
    jsonError(raw(s, "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
        + "\r\nConnection: close\r\n\r\n"), 431);
  }
}
