package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.newsgraph.testkit.DeploymentReports;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The contradictions on top of a story's board, in a real headless Chromium against the real server: a story of
 * four made-up reports of one deployment by four outlets (testkit {@link DeploymentReports}), where Russian officials'
 * "3,000 troops" disagrees with the other three and a wire agency carries the spy agency's words.
 */
@Tag("browser")
class WebContradictionsTest {
  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer server;
  private static Browser browser;
  private static String base;
  private static String story;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    store = NewsStore.open(tmp.resolve("store"));
    List<AnalyzedArticle> reports = DeploymentReports.all();
    store.save(reports, List.of(), "run-1");
    String first = reports.get(0).article().id();
    story = store.storyOf(List.of(first)).get(first);
    server = WebFixtures.serve(store);
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    WebFixtures.close(browser, server, store);
  }

  @Test
  void the_contradictions_come_before_the_rows_and_name_both_sources_with_their_words_and_dates() {
    browser.width(1280);
    browser.open(base + "#/story/" + story, "story");
    assertEquals(4, browser.driver.findElements(By.cssSelector("#story-articles .story-articles li")).size(),
        "a story of four articles");
    WebElement section = browser.find("#story-board #contradictions");
    Boolean before = (Boolean) browser.js("const c = document.querySelector('#contradictions');"
        + " const r = document.querySelector('#story-board .board-row');"
        + " return !!(c.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING)");
    assertTrue(before, "the contradictions are above the board's rows");
    List<WebElement> items = section.findElements(By.cssSelector(".contradiction"));
    assertEquals(3, items.size(), section.getText());
    for (WebElement c : items) {
      assertEquals("number", c.getAttribute("data-kind"));
      List<WebElement> sides = c.findElements(By.cssSelector(".contradiction-side"));
      assertEquals(2, sides.size());
      assertTrue(sides.stream().anyMatch(s -> DeploymentReports.RUS.equals(s.getAttribute("data-source"))
          && s.getText().contains("3,000 troops")), c.getText());
      for (WebElement s : sides) {
        assertTrue(s.getText().matches("(?s).*2025-02-0\\d.*"), "its date: " + s.getText());
        assertFalse(s.findElements(By.cssSelector("a.board-report")).isEmpty(), "a link to its sentence");
      }
    }
    assertTrue(section.getText().contains("carried by Yonhap"), section.getText());
    browser.screenshot("contradictions-1-story");
  }

  @Test
  void a_side_links_to_its_sentence_on_the_article_page() {
    browser.width(1280);
    browser.open(base + "#/story/" + story, "story");
    WebElement link = browser.find("#contradictions .contradiction-side a.board-report");
    String sentence = link.getAttribute("data-sentence");
    link.click();
    browser.waitRendered("article");
    String marked = (String) browser.js("return [...document.querySelectorAll('.article .body mark.target-sentence')]"
        + ".map((m) => m.textContent).join('')");
    assertEquals(sentence, marked.strip());
    assertTrue(marked.contains("troops"), marked);
  }

  @Test
  void the_row_of_the_deployment_counts_the_cited_spy_agency_and_its_carrier() {
    browser.width(1280);
    browser.open(base + "#/story/" + story, "story");
    WebElement row = browser.find("#board-events .board-row");
    String counts = row.findElement(By.cssSelector(".board-counts")).getText();
    assertTrue(counts.contains("(carried by 1 carrier)"), counts);
    assertTrue(row.findElements(By.cssSelector(".col-asserts .board-source")).stream()
        .anyMatch(s -> DeploymentReports.NIS.equals(s.getAttribute("data-source"))), row.getText());
  }
}
