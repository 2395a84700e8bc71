package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.cli.Main;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.json.Json;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.ArticleBuilder;
import org.newsgraph.testkit.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The entity page and search at more than a page of results, in a real headless Chromium against the real server:
 * the sample as the whole pipeline stores it, plus {@value #MANY} short dispatches naming North Korea, each dated in
 * its sentence, ten years apart at most (seeded, different words each). The page must lead with the counts, agree
 * with itself and with the API on every count, list the timeline newest first and page through it and through
 * search.
 */
@Tag("browser")
class WebEntityPageTest {
  private static final int MANY = 130;
  private static final String[] WORDS = ("harbour border summit envoy rocket launch test coast drill sanction talks"
      + " delegation factory satellite reactor artillery shell warning statement ministry parade convoy signal"
      + " vessel fishing island aid grain rail bridge cable market currency price winter flood harvest").split(" ");

  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer server;
  private static Browser browser;
  private static String base;

  private static List<AnalyzedArticle> dispatches() {
    Random random = new Random(21);
    List<AnalyzedArticle> out = new ArrayList<>();
    LocalDate first = LocalDate.of(2015, 1, 1);
    for (int i = 0; i < MANY; i++) {
      LocalDate day = first.plusDays(random.nextInt(3650));
      StringBuilder words = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        words.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
      String when = day.toString();
      String text = "North Korea missile dispatch " + i + " on " + when + ":" + words + ".";
      out.add(ArticleBuilder.text(text)
          .source("samples/dispatch-" + i + ".txt")
          .headline("Dispatch " + i + ":" + words.substring(0, 30))
          .published(day.plusDays(1).toString())
          .entity("country:PRK", EntityType.COUNTRY, "North Korea")
          .mention("North Korea", "country:PRK")
          .time(when, when, when, day.plusDays(1).toString())
          .build());
    }
    return out;
  }

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    Path sample = Path.of(System.getProperty("newsgraph.home", ".."), "examples", "arabnews-2025.txt");
    Path dir = tmp.resolve("store");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"ingest", "--store", dir.toString(), sample.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, out + "\n" + err);
    store = NewsStore.open(dir);
    store.save(dispatches(), List.of(), "run-2");
    NewsgraphConfig cfg = NewsgraphConfig.defaults();
    server = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, null, 256 * 1024),
        () -> AnalysisPipeline.standard(cfg));
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    WebFixtures.close(browser, server, store);
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body());
  }

  /** Loads the page anew (a new query string), so that no state of an earlier test's visit is left. */
  private static void openAfresh(String route, String view) {
    browser.open(base + "?visit=" + System.nanoTime() + route, view);
  }

  private static List<String> texts(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** Whether the element {@code a} comes before {@code b} in the page. */
  private static boolean before(String a, String b) {
    return (Boolean) browser.js("return !!(document.querySelector(arguments[0]).compareDocumentPosition("
        + "document.querySelector(arguments[1])) & Node.DOCUMENT_POSITION_FOLLOWING)", a, b);
  }

  private static List<String> listedDays() {
    return browser.driver.findElements(By.cssSelector(".timeline-list time.when")).stream()
        .map(t -> t.getAttribute("datetime")).filter(d -> d != null && !d.isEmpty()).toList();
  }

  @Test
  void the_entity_page_leads_with_counts_then_its_events_claims_and_company_then_the_timeline() {
    browser.width(1280);
    openAfresh("#/entity/country%3APRK", "entity");
    List<String> order = List.of("#entity-counts", "#entity-board", "#made-h", "#about-h", "#rel-h", "#timeline");
    for (int i = 1; i < order.size(); i++) {
      assertTrue(before(order.get(i - 1), order.get(i)), order.get(i - 1) + " before " + order.get(i));
    }
    assertFalse(texts("#entity-corroborated .entity-board-item").isEmpty(),
        "the deployment, asserted by Seoul and Kyiv: " + browser.find("#entity-board").getText());
    assertTrue(browser.find("#entity-disputed").getText().contains("Has not confirmed"),
        browser.find("#entity-disputed").getText());
    browser.screenshot("entity-1-leads");
  }

  @Test
  void every_count_on_the_entity_page_agrees_with_the_api_and_with_itself() throws Exception {
    browser.width(1280);
    openAfresh("#/entity/country%3APRK", "entity");
    long times = get("api/timeline?entity=country:PRK&limit=1").get("total").asLong();
    long events = get("api/events?entity=country:PRK&limit=1").get("total").asLong();
    long made = get("api/claims?source=country:PRK&limit=1").get("total").asLong();
    long about = get("api/claims?about=country:PRK&limit=1").get("total").asLong();
    long total = times + events;
    assertTrue(total > 100, "more than a page: " + total);
    assertEquals("Timeline (" + total + ")", browser.find("#tl-h").getText());
    String counts = browser.find("#entity-counts").getText();
    assertTrue(counts.contains(total + " timeline entries"), counts);
    assertTrue(counts.contains(made + " claim" + (made == 1 ? "" : "s") + " made"), counts);
    assertTrue(counts.contains(about + " claim" + (about == 1 ? "" : "s") + " about it"), counts);
    assertEquals("Claims about it (" + about + ")", browser.find("#about-h").getText());
    assertTrue(browser.find("#timeline-more").getText().startsWith("The latest 100 of " + total + " "),
        browser.find("#timeline-more").getText());
    assertEquals(100, browser.driver.findElements(By.cssSelector(".timeline-list li")).size());
  }

  @Test
  void the_timeline_lists_the_latest_first_and_its_next_page_continues_it() {
    browser.width(1280);
    openAfresh("#/entity/country%3APRK", "entity");
    List<String> days = listedDays();
    List<String> sorted = new ArrayList<>(days);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, days, "newest first");
    String heading = browser.find("#tl-h").getText();
    List<String> firstPage = texts(".timeline-list li");
    browser.find("#timeline-next").click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
        .until(d -> d.findElements(By.cssSelector(".timeline-list li")).size() > firstPage.size());
    List<String> both = texts(".timeline-list li");
    assertEquals(firstPage, both.subList(0, firstPage.size()), "the next page follows the first");
    List<String> next = listedDays();
    List<String> nextSorted = new ArrayList<>(next);
    nextSorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(nextSorted, next, "still newest first");
    assertEquals(heading, browser.find("#tl-h").getText(), "the total does not change with the page");
    assertTrue(browser.find("#timeline-more").getText().startsWith("The latest " + both.size() + " of "),
        browser.find("#timeline-more").getText());
    browser.screenshot("entity-2-timeline-next");
  }

  @Test
  void search_pages_through_all_its_results() {
    browser.width(1280);
    openAfresh("#/search?q=missile%20dispatch", "search");
    assertEquals(MANY + " articles match (showing 1–50)", browser.find("#result-count").getText());
    java.util.Set<String> seen = new HashSet<>();
    int pages = 0;
    while (true) {
      pages++;
      for (WebElement a : browser.driver.findElements(By.cssSelector(".results .hit h2 a"))) {
        assertTrue(seen.add(a.getAttribute("href")), "each hit on one page only: " + a.getAttribute("href"));
      }
      List<WebElement> next = browser.driver.findElements(By.cssSelector("#search-pager a[rel=next]"));
      if (next.isEmpty()) {
        break;
      }
      String count = browser.find("#result-count").getText();
      next.get(0).click();
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
          .until(d -> "search".equals(d.findElement(By.id("main")).getAttribute("data-rendered"))
              && !d.findElements(By.id("result-count")).isEmpty()
              && !count.equals(d.findElement(By.id("result-count")).getText()));
    }
    assertEquals(3, pages);
    assertEquals(MANY, seen.size());
    assertEquals(MANY + " articles match (showing 101–" + MANY + ")", browser.find("#result-count").getText());
    assertFalse(browser.driver.findElements(By.cssSelector("#search-pager a[rel=prev]")).isEmpty());
  }
}
