package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;

/** {@code newsgraph ingest URL}: a feed served by a real HTTP server on 127.0.0.1, and a URL that fails. */
@Tag("models")
class IngestUrlCliTest {
  @TempDir Path tmp;
  private HttpServer server;
  private String base;

  private static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley News"
      + "</title><link>http://127.0.0.1/</link><description>d</description>"
      + "<item><title>Dam opens new turbine</title><link>http://127.0.0.1/dam</link>"
      + "<pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate><description>The river dam opened its third turbine on "
      + "Monday, raising the plant's output by a third, the operator said.</description></item>"
      + "<item><title>School year ends early</title><link>http://127.0.0.1/school</link>"
      + "<pubDate>Tue, 03 Jun 2025 08:00:00 GMT</pubDate><description>Schools in the valley will close a week "
      + "early this summer because of building work, the education office said on Tuesday.</description></item>"
      + "</channel></rss>";

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.xml", x -> {
      byte[] b = FEED.getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().set("Content-Type", "application/rss+xml");
      x.sendResponseHeaders(200, b.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(b);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void a_feed_url_is_fetched_and_stored_and_a_failing_url_is_one_line() throws Exception {
    Cli.Run r = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--json", base + "/feed.xml",
        base + "/missing.xml");
    assertEquals(1, r.exit(), r.err());
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertEquals(2, s.get("stored").asInt(), r.out());
    assertEquals(1, s.get("failed").size(), r.out());
    assertEquals(base + "/missing.xml", s.get("failed").get(0).get("source").asText());
    assertEquals("HTTP 404", s.get("failed").get(0).get("reason").asText());

    Cli.Run search = Cli.run("search", "--store", tmp.resolve("store").toString(), "turbine");
    assertEquals(0, search.exit(), search.err());
    assertTrue(search.out().contains("Dam opens new turbine"), search.out());
  }
}
