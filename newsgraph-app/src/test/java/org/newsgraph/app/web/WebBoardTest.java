package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The board of a story on the page, in a real headless Chromium against the real server: the sample as the whole
 * pipeline stores it, plus another outlet's report of the Kursk withdrawal, which joins the Kursk article's story (a
 * story of two articles from two outlets). Nothing here names a sentence of the sample: rows are found by sources.
 */
@Tag("browser")
class WebBoardTest {
  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer server;
  private static Browser browser;
  private static String base;
  private static String kurskStory;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    store = WebFixtures.sampleStore(tmp.resolve("store"));
    AnalyzedArticle other = WebFixtures.kurskElsewhere();
    store.save(List.of(other), List.of(), "run-2");
    kurskStory = store.storyOf(List.of(other.article().id())).get(other.article().id());
    server = WebFixtures.serve(store);
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    WebFixtures.close(browser, server, store);
  }

  private static List<String> sources(WebElement row, String column) {
    return row.findElements(By.cssSelector(".col-" + column + " .board-source")).stream()
        .map(s -> s.getAttribute("data-source")).toList();
  }

  private static List<WebElement> visibleRows() {
    return browser.driver.findElements(By.cssSelector("#story-board .board-row")).stream()
        .filter(WebElement::isDisplayed).toList();
  }

  /** The number a filter button gives in brackets: "Disputed (3)". */
  private static int count(WebElement button) {
    return Integer.parseInt(button.getText().replaceAll(".*\\((\\d+)\\)$", "$1"));
  }

  /** The event rows that some sources assert and others have not confirmed. */
  private static List<WebElement> assertedButNotConfirmed() {
    List<WebElement> out = new ArrayList<>();
    for (WebElement row : browser.driver.findElements(By.cssSelector("#board-events .board-row"))) {
      if (!sources(row, "asserts").isEmpty() && !sources(row, "not_confirmed").isEmpty()) {
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void the_kursk_deployment_shows_seoul_and_kyiv_asserting_and_pyongyang_and_moscow_not_confirming() {
    browser.width(1280);
    browser.open(base + "#/story/" + kurskStory, "story");
    assertEquals(2, browser.driver.findElements(By.cssSelector("#story-articles .story-articles li")).size(),
        "a story of two articles");
    List<WebElement> rows = assertedButNotConfirmed();
    assertEquals(1, rows.size(), browser.find("#story-board").getText());
    WebElement deployment = rows.get(0);
    assertTrue(deployment.findElement(By.cssSelector("h3")).getText().startsWith("mobilize"),
        deployment.getText());
    assertTrue(sources(deployment, "asserts").containsAll(List.of("country:KOR", "country:UKR")),
        deployment.getText());
    assertEquals(List.of("country:PRK", "country:RUS"), sources(deployment, "not_confirmed"));
    // the names, not the ids, and the counts of independent sources and outlets
    String asserts = deployment.findElement(By.cssSelector(".col-asserts")).getText();
    assertTrue(asserts.contains("South Korea") && asserts.contains("Ukraine"), asserts);
    String counts = deployment.findElement(By.cssSelector(".board-counts")).getText();
    assertTrue(counts.matches("\\d+ independent sources? · \\d+ articles?, \\d+ outlets?.*"), counts);
    assertFalse(deployment.findElements(By.cssSelector(".board-reasons li")).isEmpty(), "the level's reasons");
    browser.screenshot("board-1-story");
  }

  @Test
  void a_report_links_to_its_sentence_on_the_article_page() {
    browser.width(1280);
    browser.open(base + "#/story/" + kurskStory, "story");
    WebElement deployment = assertedButNotConfirmed().get(0);
    WebElement report = deployment.findElement(By.cssSelector(".col-not_confirmed .board-report"));
    String sentence = report.getAttribute("data-sentence");
    assertTrue(report.getAttribute("href").contains("?fact="), report.getAttribute("href"));
    report.click();
    browser.waitRendered("article");
    List<WebElement> marks = browser.driver.findElements(By.cssSelector(".article .body mark.target-sentence"));
    assertFalse(marks.isEmpty(), "the sentence is marked");
    String marked = (String) browser.js("return [...document.querySelectorAll('.article .body mark.target-sentence')]"
        + ".map((m) => m.textContent).join('')");
    assertEquals(sentence, marked.strip());
    assertTrue(marked.contains("confirmed"), marked);
    browser.screenshot("board-2-sentence");
  }

  @Test
  void a_source_filter_shows_only_the_rows_where_that_source_stands_and_keeps_the_deployment_for_moscow() {
    browser.width(1280);
    browser.open(base + "#/story/" + kurskStory, "story");
    int all = visibleRows().size();
    new org.openqa.selenium.support.ui.Select(browser.find("#board-source")).selectByValue("country:RUS");
    List<WebElement> shown = visibleRows();
    assertFalse(shown.isEmpty());
    assertTrue(shown.size() < all, shown.size() + " of " + all);
    for (WebElement r : shown) {
      List<String> here = new ArrayList<>();
      for (String column : List.of("asserts", "believes", "denies", "not_confirmed")) {
        here.addAll(sources(r, column));
      }
      assertTrue(here.contains("country:RUS"), r.getText());
    }
    assertTrue(shown.stream().anyMatch(r -> sources(r, "not_confirmed").contains("country:RUS")
        && sources(r, "asserts").contains("country:KOR")), "the deployment Moscow has not confirmed");
    new org.openqa.selenium.support.ui.Select(browser.find("#board-source")).selectByValue("");
    assertEquals(all, visibleRows().size());
  }

  @Test
  void a_level_filter_shows_only_the_rows_of_that_level_and_all_shows_them_again() {
    browser.width(1280);
    browser.open(base + "#/story/" + kurskStory, "story");
    int all = visibleRows().size();
    int total = count(browser.find("#story-board .level-filter[data-level=all]"));
    WebElement chosen = null;
    for (WebElement b : browser.driver.findElements(By.cssSelector("#story-board .level-filter"))) {
      int n = count(b);
      if (!"all".equals(b.getAttribute("data-level")) && n > 0 && n < total) {
        chosen = b;
      }
    }
    assertNotNull(chosen, "a level some rows have and others not: " + browser.find(".board-filter").getText());
    String level = chosen.getAttribute("data-level");
    int expected = count(chosen);
    chosen.click();
    assertEquals("true", chosen.getAttribute("aria-pressed"));
    List<WebElement> shown = visibleRows();
    // a page of each list at most: all of them when they fit
    assertTrue(!shown.isEmpty() && shown.size() <= expected, shown.size() + " of " + expected);
    if (expected <= 12) {
      assertEquals(expected, shown.size(), level);
    }
    for (WebElement r : shown) {
      assertEquals(level, r.getAttribute("data-level"), r.getText());
    }
    browser.screenshot("board-3-filtered");
    browser.find("#story-board .level-filter[data-level=all]").click();
    assertEquals(all, visibleRows().size());
  }
}
