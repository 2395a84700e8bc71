package org.newsgraph.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on 127.0.0.1 for the watch tests: pages and feeds that the test changes between polls, with
 * ETags (a matching {@code If-None-Match} gets 304), a robots.txt, URLs that answer 500 or answer slowly, and a
 * count of the requests each path got.
 */
public final class TestSite implements AutoCloseable {
  private record Answer(int status, String type, String body, long delayMillis, String location) {
    Answer(int status, String type, String body, long delayMillis) {
      this(status, type, body, delayMillis, null);
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();

  public TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(threads);
    server.start();
  }

  /** The site's address, e.g. http://127.0.0.1:43121 (no final slash). */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String url(String path) {
    return base() + path;
  }

  public void page(String path, String html) {
    answers.put(path, new Answer(200, "text/html; charset=utf-8", html, 0));
  }

  public void feed(String path, String xml) {
    answers.put(path, new Answer(200, "application/rss+xml", xml, 0));
  }

  public void robots(String text) {
    answers.put("/robots.txt", new Answer(200, "text/plain", text, 0));
  }

  public void status(String path, int status) {
    answers.put(path, new Answer(status, "text/plain", "status " + status, 0));
  }

  /** {@code path} answers only after {@code millis}. */
  public void slow(String path, String xml, long millis) {
    answers.put(path, new Answer(200, "application/rss+xml", xml, millis));
  }

  /** {@code path} redirects (302) to {@code to}. */
  public void redirect(String path, String to) {
    answers.put(path, new Answer(302, "text/plain", "moved", 0, to));
  }

  public int requests(String path) {
    return requests.getOrDefault(path, new AtomicInteger()).get();
  }

  public int notModified(String path) {
    return notModified.getOrDefault(path, new AtomicInteger()).get();
  }

  /** The most requests the site was answering at one moment. */
  public int mostAtOnce() {
    return mostAtOnce.get();
  }

  private void answer(HttpExchange x) throws IOException {
    mostAtOnce.accumulateAndGet(active.incrementAndGet(), Math::max);
    try {
      respond(x);
    } finally {
      active.decrementAndGet();
    }
  }

  private void respond(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    Answer a = answers.getOrDefault(path, new Answer(404, "text/plain", "not found", 0));
    try {
      if (a.delayMillis() > 0) {
        Thread.sleep(a.delayMillis());
      }
      byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
      String etag = "\"" + Integer.toHexString(a.body().hashCode()) + "\"";
      if (a.status() == 200) {
        x.getResponseHeaders().set("ETag", etag);
        if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
          notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          x.sendResponseHeaders(304, -1);
          return;
        }
      }
      x.getResponseHeaders().set("Content-Type", a.type());
      if (a.location() != null) {
        x.getResponseHeaders().set("Location", a.location());
      }
      x.sendResponseHeaders(a.status(), body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException | IOException e) {
      // the client gave up (a timeout): nothing more to send
    } finally {
      x.close();
    }
  }

  /** One feed item. */
  public record Item(String title, String link, String date, String text) {}

  /** An RSS 2.0 feed of {@code items}. */
  public static String rss(String title, List<Item> items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
        .append(title).append("</title><link>http://127.0.0.1/</link><description>d</description>");
    for (Item i : items) {
      b.append("<item><title>").append(i.title()).append("</title><link>").append(i.link()).append("</link>")
          .append("<guid>").append(i.link()).append("</guid><pubDate>").append(i.date()).append("</pubDate>")
          .append("<description>").append(i.text()).append("</description></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
