package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
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

  /**
   * Bulletins of a harbour authority, each dated in its sentence: {@code n} days from {@code first} {@code step}
   * days apart, and the {@code extra} days given (far from the others).
   */
  private static List<AnalyzedArticle> bulletins(String entityId, String name, LocalDate first, int n, int step,
      List<LocalDate> extra) {
    Random random = new Random(entityId.hashCode());
    List<LocalDate> days = new ArrayList<>(extra);
    for (int i = 0; i < n; i++) {
      days.add(first.plusDays((long) i * step));
    }
    List<AnalyzedArticle> out = new ArrayList<>();
    for (LocalDate day : days) {
      StringBuilder words = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        words.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
      String when = day.toString();
      String text = name + " bulletin of " + when + ":" + words + ".";
      out.add(ArticleBuilder.text(text)
          .source("samples/" + entityId.replace(':', '-') + "-" + when + ".txt")
          .headline(name + " bulletin " + when)
          .published(day.plusDays(1).toString())
          .entity(entityId, EntityType.ORGANIZATION, name)
          .mention(name, entityId)
          .time(when, when, when, day.plusDays(1).toString())
          .build());
    }
    return out;
  }

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    store = WebFixtures.sampleStore(tmp.resolve("store"));
    store.save(dispatches(), List.of(), "run-2");
    store.save(bulletins("org:ten-days", "Harbour Ten", LocalDate.of(2020, 3, 1), 10, 1, List.of()), List.of(),
        "run-3");
    store.save(bulletins("org:ten-years", "Harbour Decade", LocalDate.of(2010, 1, 5), 40, 91,
        List.of(LocalDate.of(1912, 4, 15), LocalDate.of(2040, 1, 1))), List.of(), "run-4");
    server = WebFixtures.serve(store);
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

  /** Pairs of texts on the time axis whose boxes overlap, in words; empty when none do. */
  @SuppressWarnings("unchecked")
  private static List<String> overlappingLabels() {
    return (List<String>) browser.js("const boxes = [...document.querySelectorAll('svg.timeline text')]"
        + ".map((t) => ({t: t.textContent, b: t.getBBox()}));"
        + "const out = [];"
        + "for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
        + "  const p = boxes[i].b, q = boxes[j].b;"
        + "  if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height)"
        + "    out.push(boxes[i].t + ' / ' + boxes[j].t);"
        + "}"
        + "return out;");
  }

  private static void assertAxis(String entity, String from, String to, int width) {
    browser.width(width);
    openAfresh("#/entity/" + entity, "entity");
    WebElement axis = browser.find("svg.timeline");
    String shownFrom = axis.getAttribute("data-from");
    String shownTo = axis.getAttribute("data-to");
    assertTrue(shownFrom.compareTo(from) >= 0 && shownTo.compareTo(to) <= 0,
        entity + " at " + width + " px: the axis runs " + shownFrom + " to " + shownTo + ", not within " + from
            + " to " + to);
    assertEquals(List.of(), overlappingLabels(), entity + " at " + width + " px");
    int ticks = browser.driver.findElements(By.cssSelector("svg.timeline text.tick-label")).size();
    assertTrue(ticks >= 3, entity + " at " + width + " px: " + ticks + " labels on the axis");
  }

  @Test
  void the_time_axis_fits_ten_days_of_data_and_its_labels_never_overlap() {
    // the data: March 1 to 10, 2020 (the last day ends on the 11th)
    for (int width : List.of(390, 1280)) {
      assertAxis("org%3Aten-days", "2020-02-27", "2020-03-14", width);
    }
    browser.screenshot("entity-3-ten-days");
  }

  @Test
  void the_time_axis_fits_ten_years_of_data_leaving_off_two_far_dates_and_its_labels_never_overlap() {
    // the data: every 91 days from January 2010 to October 2019, and April 1912 and January 2040 far from them
    for (int width : List.of(390, 1280)) {
      assertAxis("org%3Aten-years", "2009-07-01", "2020-06-01", width);
      String caption = browser.find("#timeline figcaption").getText();
      assertTrue(caption.contains("2 items far from the others (1912, 2040)"), caption);
      List<String> listed = listedDays();
      assertTrue(listed.contains("1912-04-15") && listed.contains("2040-01-01"), "the list keeps them: " + listed);
    }
    browser.screenshot("entity-4-ten-years");
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
