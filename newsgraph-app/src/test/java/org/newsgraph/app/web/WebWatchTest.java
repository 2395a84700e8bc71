package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.TestSite;
import org.newsgraph.app.TestSite.Item;
import org.newsgraph.app.cli.Serving;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve --watch} as a reader sees it, in a real headless Chromium: the server polls a small news site on
 * 127.0.0.1 into the store it serves, and the open page's list of latest articles grows as a new feed item and a
 * new page appear on the site between polls, without a reload. One feed answers 500, one is too slow, one is
 * malformed: each poll of them is one log line, and the others go on.
 */
@Tag("browser")
@Tag("models")
class WebWatchTest {
  @TempDir Path tmp;
  private TestSite site;
  private Serving serving;
  private Browser browser;
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  private static final Item DAM = new Item("Dam opens new turbine", "http://127.0.0.1/dam",
      "Mon, 02 Jun 2025 08:00:00 GMT", "The river dam opened its third turbine on Monday, raising the plant's "
      + "output by a third, the operator said.");
  private static final Item SCHOOL = new Item("School year ends early", "http://127.0.0.1/school",
      "Tue, 03 Jun 2025 08:00:00 GMT", "Schools in the valley will close a week early this summer because of "
      + "building work, the education office said on Tuesday.");
  /** A page that states no date: it shows as undated. */
  private static final String MARKET_PAGE = "<!doctype html><html><head><title>Market hall to be rebuilt</title>"
      + "</head><body><article>"
      + "<h1>Market hall to be rebuilt</h1><p>The town will rebuild the old market hall after a fire last winter "
      + "left only its walls standing, the mayor announced on Wednesday.</p></article></body></html>";

  /** Collects what the server prints, line by line. */
  private final class Lines extends Writer {
    private final StringBuilder pending = new StringBuilder();

    @Override
    public synchronized void write(char[] c, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (c[i] == '\n') {
          lines.add(pending.toString());
          pending.setLength(0);
        } else {
          pending.append(c[i]);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @BeforeEach
  void start() throws Exception {
    Browser.assumeInstalled();
    site = new TestSite();
    site.feed("/news.xml", TestSite.rss("Valley News", List.of(DAM)));
    site.status("/down.xml", 500);
    site.slow("/slow.xml", TestSite.rss("Slow", List.of(SCHOOL)), 5000);
    site.feed("/broken.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Cut");
    NewsgraphConfig cfg = NewsgraphConfig.defaults().with(Map.of("ingest.requestTimeoutSeconds", "1",
        "watch.hostDelaySeconds", "0.05", "watch.maxBackoffSeconds", "4", "server.port", "0"), "test");
    NewsStore store = NewsStore.open(tmp.resolve("store"));
    List<String> watched = List.of(site.url("/news.xml"), site.url("/down.xml"), site.url("/slow.xml"),
        site.url("/broken.xml"), site.url("/market.html"));
    serving = Serving.start(cfg, store, watched, Duration.ofSeconds(2), new PrintWriter(new Lines(), true));
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    WebFixtures.close(browser, serving, site);
  }

  /** The headlines of the latest list; read again when the page redraws the list while they are read. */
  private List<String> headlines() {
    for (int attempt = 1; ; attempt++) {
      try {
        return browser.driver.findElements(By.cssSelector("#latest li h3")).stream().map(WebElement::getText)
            .toList();
      } catch (StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  private void waitForHeadlines(int n) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(240)).until(d -> headlines().size() >= n);
  }

  private List<String> linesOf(String path) {
    synchronized (lines) {
      return lines.stream().filter(l -> l.contains(site.url(path) + ": ")).toList();
    }
  }

  @Test
  void new_articles_appear_on_the_open_page_as_the_site_publishes_them_and_bad_feeds_are_one_line_a_poll() {
    browser.width(1280);
    browser.open("http://127.0.0.1:" + serving.port() + "/#/", "search");
    waitForHeadlines(1);
    assertEquals(List.of("Dam opens new turbine"), headlines());

    site.feed("/news.xml", TestSite.rss("Valley News", List.of(SCHOOL, DAM)));
    waitForHeadlines(2);
    assertTrue(headlines().contains("School year ends early"), headlines().toString());

    site.page("/market.html", MARKET_PAGE);
    waitForHeadlines(3);
    assertTrue(headlines().contains("Market hall to be rebuilt"), headlines().toString());
    assertEquals("3", browser.find("#latest").getAttribute("data-total"));
    assertTrue(browser.find("#latest li:last-child").getText().contains("undated"),
        browser.find("#latest").getText());
    browser.screenshot("watch-1-latest");

    assertTrue(linesOf("/news.xml").stream().anyMatch(l -> l.contains("1 new: 1 stored")), lines.toString());
    assertTrue(linesOf("/market.html").get(0).contains("failed: HTTP 404"), lines.toString());
    for (String[] bad : new String[][] {{"/down.xml", "failed: HTTP 500"},
        {"/slow.xml", "failed: no complete response within 1 s"},
        {"/broken.xml", "failed: not a readable RSS/Atom feed"}}) {
      List<String> of = linesOf(bad[0]);
      assertTrue(!of.isEmpty() && of.stream().allMatch(l -> l.contains(bad[1])), bad[0] + ": " + lines);
    }
  }
}
