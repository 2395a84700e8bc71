package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.ArticleBuilder;

/** What the CLI prints about inputs it cannot take whole: one true line, never "null" or a limit it did not use. */
class HonestLinesCliTest {
  @TempDir Path tmp;

  @Test
  void search_lists_an_article_without_a_headline_as_such_not_as_null() {
    Path dir = tmp.resolve("store");
    AnalyzedArticle a = ArticleBuilder.text("Farmers in Punjab said heavy rain delayed the wheat harvest.")
        .published("2025-04-02").build();
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(a), List.of(), "test");
    }
    Cli.Run r = Cli.run("search", "--store", dir.toString(), "harvest");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("2025-04-02  (no headline)  [" + a.article().id() + "]"), r.out());
    assertFalse(r.out().contains("null"), r.out());
  }

  @Test
  void a_page_over_max_page_mib_1_is_refused_naming_1_mib() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] page = ("<html><body><p>" + "word ".repeat(700_000) + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    server.createContext("/big.html", x -> {
      x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      x.sendResponseHeaders(200, page.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(page);
      } catch (java.io.IOException e) {
        // the client hung up at its limit
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/big.html";
      Cli.Run r = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--max-page-mib", "1", url);
      assertEquals(1, r.exit(), r.out() + r.err());
      assertTrue(r.err().contains("failed: " + url + ": page too large (over 1 MiB, the page limit:"), r.err());
      assertFalse(r.err().contains("50 MiB"), r.err());
    } finally {
      server.stop(0);
    }
  }
}
