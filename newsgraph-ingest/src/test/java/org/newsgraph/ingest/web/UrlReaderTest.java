package org.newsgraph.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.ReadResult;

/** Feeds and pages fetched from a real HTTP server on 127.0.0.1 that the test starts. */
class UrlReaderTest {
  static final String FULL = "The harbour bridge will close to lorries from Monday, the council said, after engineers "
      + "found cracks in two of its piers during an inspection.";
  static final String SUMMARY = "Council votes on a new bus plan.";
  static final List<String> PAGE = List.of(
      "The city council approved a new bus plan on Tuesday that adds four night lines and raises the frequency "
          + "of the busiest daytime routes to one bus every six minutes.",
      "The plan costs about twelve million euros a year, paid from the parking charges that rose last spring, "
          + "and starts in September once the new drivers are trained.");

  private HttpServer server;
  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/feed.xml", x -> send(x, 200, "application/rss+xml", feed()));
    server.createContext("/bus-plan.html", x -> send(x, 200, "text/html; charset=utf-8", page()));
    server.createContext("/moved", x -> redirect(x, "/feed.xml"));
    server.createContext("/loop", x -> redirect(x, "/loop"));
    server.createContext("/gone", x -> send(x, 404, "text/plain", "not here"));
    server.createContext("/huge.xml", x -> send(x, 200, "application/rss+xml", "<rss>" + "x".repeat(3_000_000)));
    server.createContext("/slow", x -> {
      sleep(3000);
      send(x, 200, "application/rss+xml", feed());
    });
    server.createContext("/trickle.html", x -> {
      // the headers at once, then one byte a second for a minute: only a bound on the whole response ends it
      x.getResponseHeaders().set("Content-Type", "text/html");
      x.sendResponseHeaders(200, 0);
      try (OutputStream out = x.getResponseBody()) {
        for (int i = 0; i < 60; i++) {
          out.write('<');
          out.flush();
          sleep(1000);
        }
      } catch (IOException e) {
        // the client hung up: what the test wants
      }
    });
    server.createContext("/big-page.html", x -> send(x, 200, "text/html", "<html><body><p>"
        + "word ".repeat(600_000) + "</p></body></html>"));
    server.createContext("/image.png", x -> send(x, 200, "image/png", "\u0089PNG\r\n\u001a\n\u0000\u0000"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String feed() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>City Times</title>"
        + "<link>" + base + "/</link><description>News</description>"
        + "<item><title>Bridge closes to lorries</title><link>" + base + "/bridge.html</link>"
        + "<pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate><description>Short teaser.</description>"
        + "<content:encoded><![CDATA[<p>" + FULL + "</p>]]></content:encoded></item>"
        + "<item><title>Council votes on bus plan</title><link>/bus-plan.html</link>"
        + "<pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate><description>" + SUMMARY + "</description></item>"
        + "</channel></rss>";
  }

  private static String page() {
    StringBuilder b = new StringBuilder("<html><head><title>Bus plan</title></head><body><nav><a href=/>Home</a>"
        + "</nav><article><h1>Council approves bus plan</h1>");
    for (String p : PAGE) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article></body></html>").toString();
  }

  private void send(HttpExchange x, int status, String type, String body) throws IOException {
    userAgents.add(x.getRequestHeaders().getFirst("User-Agent"));
    byte[] bytes = body.getBytes(type.startsWith("image") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    } catch (IOException e) {
      // the client gave up (size limit, timeout): nothing to do
    }
  }

  private void redirect(HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().set("Location", to);
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Got(List<Article> articles, List<ReadResult.Problem> problems) {}

  private static Got read(FetchSettings settings, String url) {
    List<Article> articles = new ArrayList<>();
    List<ReadResult.Problem> problems = new ArrayList<>();
    new UrlReader(settings).read(URI.create(url), new ArticleSink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void problem(ReadResult.Problem p) {
        problems.add(p);
      }
    });
    return new Got(articles, problems);
  }

  @Test
  void a_feed_url_gives_its_items_with_full_content_or_summary() {
    Got g = read(FetchSettings.defaults(), base + "/feed.xml");
    assertEquals(List.of(), g.problems());
    assertEquals(2, g.articles().size());
    Article full = g.articles().get(0);
    assertEquals(FULL, full.text());
    assertEquals(base + "/bridge.html", full.source());
    assertEquals("City Times", full.outlet());
    assertEquals(LocalDate.of(2025, 6, 2), full.published());
    assertEquals(SUMMARY, g.articles().get(1).text());
    assertTrue(userAgents.stream().allMatch(FetchSettings.USER_AGENT::equals), userAgents.toString());
  }

  @Test
  void with_fetch_pages_an_item_without_full_content_is_read_from_its_page() {
    Got g = read(FetchSettings.defaults().withFetchPages(true), base + "/feed.xml");
    assertEquals(List.of(), g.problems());
    assertEquals(2, g.articles().size());
    assertEquals(FULL, g.articles().get(0).text(), "full content needs no page");
    Article page = g.articles().get(1);
    assertEquals(String.join("\n\n", PAGE), page.text());
    assertEquals(base + "/bus-plan.html", page.source(), "the relative link is resolved against the feed");
    assertEquals("City Times", page.outlet(), "the feed's outlet where the page names none");
    assertEquals(LocalDate.of(2025, 6, 3), page.published(), "the feed's date where the page has none");
  }

  @Test
  void a_page_that_cannot_be_fetched_leaves_the_summary_and_one_line() {
    server.removeContext("/bus-plan.html");
    Got g = read(FetchSettings.defaults().withFetchPages(true), base + "/feed.xml");
    assertEquals(2, g.articles().size());
    assertEquals(SUMMARY, g.articles().get(1).text());
    assertEquals(List.of(base + "/bus-plan.html: HTTP 404; the feed's summary is kept"),
        g.problems().stream().map(ReadResult.Problem::oneLine).toList());
  }

  @Test
  void a_page_url_is_read_as_a_page() {
    Got g = read(FetchSettings.defaults(), base + "/bus-plan.html");
    assertEquals(List.of(), g.problems());
    assertEquals(String.join("\n\n", PAGE), g.articles().get(0).text());
  }

  @Test
  void redirects_are_followed_up_to_the_limit() {
    assertEquals(2, read(FetchSettings.defaults(), base + "/moved").articles().size());
    Got loop = read(FetchSettings.defaults(), base + "/loop");
    assertEquals(List.of(base + "/loop: too many redirects (more than 5)"), lines(loop));
    assertTrue(loop.articles().isEmpty());
  }

  @Test
  void each_failure_is_one_line_naming_the_url() throws IOException {
    assertEquals(List.of(base + "/gone: HTTP 404"), lines(read(FetchSettings.defaults(), base + "/gone")));
    FetchSettings small = new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 5, 1024 * 1024, false,
        null, new ReadOptions(null, null, 1024 * 1024));
    assertEquals(List.of(base + "/huge.xml: feed too large (over 1 MiB, the feed limit: ingest.maxFeedMib)"),
        lines(read(small, base + "/huge.xml")));
    FetchSettings impatient = new FetchSettings(Duration.ofSeconds(5), Duration.ofMillis(500), 5, 1024 * 1024,
        false, null, null);
    assertEquals(List.of(base + "/slow: no complete response within 0.5 s (--timeout, ingest.requestTimeoutSeconds)"),
        lines(read(impatient, base + "/slow")));
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    String refused = "http://127.0.0.1:" + closed + "/feed.xml";
    assertEquals(List.of(refused + ": cannot connect: connection refused"),
        lines(read(FetchSettings.defaults(), refused)));
    List<String> image = lines(read(FetchSettings.defaults(), base + "/image.png"));
    assertEquals(1, image.size());
    assertTrue(image.get(0).startsWith(base + "/image.png: neither an RSS/Atom feed nor an HTML page"), image.get(0));
  }

  @Test
  void only_http_and_https_arguments_are_urls() {
    assertTrue(UrlReader.isUrl("https://example.com/feed.xml"));
    assertTrue(UrlReader.isUrl("HTTP://example.com/"));
    assertFalse(UrlReader.isUrl("feeds/http-news.xml"));
    assertFalse(UrlReader.isUrl("ftp://example.com/feed.xml"));
  }

  private static List<String> lines(Got g) {
    return g.problems().stream().map(ReadResult.Problem::oneLine).toList();
  }

  @Test
  void a_server_that_sends_one_byte_a_second_is_cut_off_when_the_timeout_is_up() {
    FetchSettings fiveSeconds = new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(2), 5, 1024 * 1024,
        false, null, null);
    long t0 = System.nanoTime();
    List<String> lines = lines(read(fiveSeconds, base + "/trickle.html"));
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(List.of(base + "/trickle.html: no complete response within 2 s (--timeout,"
        + " ingest.requestTimeoutSeconds)"), lines);
    assertTrue(seconds < 5, "the fetch ended after " + seconds + " s");
  }

  @Test
  void a_page_over_the_page_limit_names_the_page_limit_not_the_feed_limit() {
    FetchSettings onePageMib = new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 5,
        50L * 1024 * 1024, false, null, new ReadOptions(null, null, 1024 * 1024));
    assertEquals(List.of(base + "/big-page.html: page too large (over 1 MiB, the page limit: ingest.maxPageMib or"
        + " --max-page-mib)"), lines(read(onePageMib, base + "/big-page.html")));
  }
}
