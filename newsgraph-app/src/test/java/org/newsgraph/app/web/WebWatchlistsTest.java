package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.http.WatchArticles;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trends chart and the watchlists page in a real headless Chromium against the real server, over ten years of
 * hand-made reports (one a month or so, 2015 to 2024).
 */
@Tag("browser")
class WebWatchlistsTest {
  private static final String TOKEN = "web-watch-token";
  private static final String[] VERBS = {"withdrew", "massed", "advanced", "regrouped"};
  private static final String[] TYPES = {"RETREAT", "MOBILIZE", "MOBILIZE", "RETREAT"};
  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer server;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    store = NewsStore.open(tmp.resolve("store"));
    List<AnalyzedArticle> reports = new ArrayList<>();
    LocalDate d = LocalDate.of(2015, 1, 20);
    for (int i = 0; d.isBefore(LocalDate.of(2025, 1, 1)); i++, d = d.plusDays(37)) {
      reports.add(WatchArticles.report(d.toString(), VERBS[i % 4], TYPES[i % 4], "Town" + (char) ('A' + i % 26)
          + i));
    }
    store.save(reports, List.of(), "run-1");
    server = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, TOKEN, 256 * 1024), () -> {
      throw new IllegalStateException("no analysis here");
    });
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    WebFixtures.close(browser, server, store);
  }

  /** The axis labels: text and the left and right edges of each, as drawn. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> xLabels() {
    return (List<Map<String, Object>>) browser.js("return [...document.querySelectorAll('#trend-chart .x-tick')]"
        + ".map(t => { const r = t.getBoundingClientRect(); return {text: t.textContent, left: r.left,"
        + " right: r.right}; })");
  }

  private static void assertNoOverlap(List<Map<String, Object>> labels) {
    for (int i = 1; i < labels.size(); i++) {
      double gap = ((Number) labels.get(i).get("left")).doubleValue()
          - ((Number) labels.get(i - 1).get("right")).doubleValue();
      assertTrue(gap >= 4, "labels " + labels.get(i - 1).get("text") + " and " + labels.get(i).get("text")
          + " are " + gap + " px apart: " + labels);
    }
  }

  @Test
  void ten_years_of_events_are_charted_by_month_with_year_ticks_whose_labels_never_overlap() {
    for (int width : new int[] {1280, 390}) {
      browser.width(width);
      browser.open(base + "#/trends?by=type", "trends");
      assertTrue(browser.find("#trend-count").getText().contains("per month"), browser.find("#trend-count")
          .getText());
      List<WebElement> lines = browser.driver.findElements(By.cssSelector("#trend-chart polyline.series"));
      assertEquals(List.of("MOBILIZE", "RETREAT"), lines.stream().map(l -> l.getAttribute("data-key")).sorted()
          .toList());
      // one point per month from January 2015 to December 2024
      assertEquals(120, lines.get(0).getAttribute("points").split(" ").length);
      List<Map<String, Object>> labels = xLabels();
      assertTrue(labels.size() >= 3, labels.toString());
      assertTrue(labels.stream().allMatch(l -> ((String) l.get("text")).matches("20\\d\\d")), "year ticks: "
          + labels);
      assertNoOverlap(labels);
      if (width == 1280) {
        assertEquals(10, labels.size(), "every year fits at this width: " + labels);
        browser.screenshot("trends-1-ten-years");
      }
    }
  }

  @Test
  void a_short_period_is_charted_by_week_or_day_with_month_or_day_ticks_that_do_not_overlap() {
    browser.width(1280);
    browser.open(base + "#/trends?by=actor&from=2019-01-01&to=2019-04-01", "trends");
    String count = browser.find("#trend-count").getText();
    assertTrue(count.contains("per week") || count.contains("per day"), count);
    List<Map<String, Object>> labels = xLabels();
    assertFalse(labels.isEmpty());
    assertNoOverlap(labels);
    assertTrue(browser.find("#trend-legend").getText().contains("North Korea"), browser.find("#trend-legend")
        .getText());
    browser.open(base + "#/trends?by=stance&interval=year", "trends");
    assertNoOverlap(xLabels());
    assertEquals(List.of("asserted"), browser.driver.findElements(By.cssSelector("#trend-chart polyline.series"))
        .stream().map(l -> l.getAttribute("data-key")).toList());
  }

  @Test
  void a_watchlist_saved_from_the_form_lists_its_matches_links_to_their_sentences_and_has_an_atom_feed() {
    browser.width(1280);
    browser.open(base + "#/watchlists", "watchlists");
    browser.find("#wl-name").sendKeys("North Korean retreats");
    browser.find("#wl-entities").sendKeys("North Korea");
    browser.find("#wl-types option[value=retreat]").click();
    browser.find("#wl-token").sendKeys(TOKEN);
    browser.find("#wl-form button[type=submit]").click();
    WebElement saved = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> d.findElements(By.cssSelector("li.watchlist.just-saved .wl-matches li")).stream().findFirst()
            .orElse(null));
    assertTrue(saved.getText().contains("retreat (claimed)"), saved.getText());
    WebElement item = browser.find("li.watchlist.just-saved");
    String feed = item.findElement(By.cssSelector("a.feed-link")).getAttribute("href");
    assertTrue(feed.matches(".*/feeds/w[0-9a-f]{12}\\.atom"), feed);
    String xml = (String) browser.js("const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send();"
        + " return r.responseText;", feed);
    assertTrue(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">") && xml.contains("<entry>"), xml);
    browser.screenshot("watchlists-1-saved");
    saved.findElement(By.cssSelector("a")).click();
    browser.waitRendered("article");
    String marked = (String) browser.js("return [...document.querySelectorAll('mark.target-sentence')]"
        + ".map(m => m.textContent).join('')");
    assertTrue(marked.contains("North Korean troops") && marked.contains("spy agency said"), "the sentence of the"
        + " match is marked: " + marked);
  }

  @Test
  void a_watchlist_without_the_token_or_naming_nothing_known_is_refused_on_the_page_with_the_reason() {
    browser.width(1280);
    browser.open(base + "#/watchlists", "watchlists");
    browser.find("#wl-name").sendKeys("Atlantis");
    browser.find("#wl-entities").sendKeys("Atlantis");
    browser.find("#wl-token").sendKeys(TOKEN);
    browser.find("#wl-form button[type=submit]").click();
    WebElement error = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> d.findElements(By.cssSelector("#wl-out .error")).stream().findFirst().orElse(null));
    assertTrue(error.getText().contains("Atlantis"), error.getText());
  }
}
