package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * Stories on the page, in a real headless Chromium against the real server: the sample as the real pipeline
 * analyses it, plus another outlet's report of the Kursk withdrawal, which joins the Kursk article's story.
 */
@Tag("browser")
class WebStoriesTest {
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
    // carried by 14 more sites: a story of 16 outlets, which its line names in part
    List<org.newsgraph.store.Publication> copies = new java.util.ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      copies.add(new org.newsgraph.store.Publication(other.article().id(), String.format("feedbeefcafe%04d", i),
          "https://site" + i + ".example/kursk", String.format("Site %02d", i), "Kursk", null, 0.9, null, null));
    }
    store.save(List.of(other), List.of(), "run-2", copies);
    Map<String, String> of = store.storyOf(List.of(other.article().id()));
    kurskStory = of.get(other.article().id());
    server = WebFixtures.serve(store);
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    WebFixtures.close(browser, server, store);
  }

  private static List<String> texts(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void a_storys_line_names_its_first_twelve_outlets_and_counts_the_rest() {
    browser.width(1280);
    browser.open(base + "#/stories", "stories");
    String line = browser.driver.findElements(By.cssSelector(".stories .story-item")).get(0).getText();
    int outlets = store.story(kurskStory).orElseThrow().story().outlets().size();
    assertTrue(outlets > 12, "the fixture's story has " + outlets + " outlets");
    assertTrue(line.contains(outlets + " outlets: "), line);
    assertTrue(line.contains(" and " + (outlets - 12) + " more"), line);
    String named = line.substring(line.indexOf(outlets + " outlets: ") + (outlets + " outlets: ").length(),
        line.indexOf(" and " + (outlets - 12) + " more"));
    assertEquals(12, named.split(", ").length, "twelve outlets named: " + line);
  }

  @Test
  void the_stories_page_lists_the_largest_story_first_and_links_to_it() {
    browser.width(1280);
    browser.open(base + "#/stories", "stories");
    List<WebElement> items = browser.driver.findElements(By.cssSelector(".stories .story-item"));
    assertEquals(2, items.size(), texts(".stories .story-item").toString());
    assertEquals(kurskStory, items.get(0).getAttribute("data-story"));
    assertTrue(items.get(0).getText().contains("2 articles"), items.get(0).getText());
    List<String> names = texts(".stories .story-item:first-child .story-entities a");
    assertTrue(names.contains("North Korea"), "entities by their names, not their ids: " + names);
    assertEquals("page", browser.find("[data-nav=stories]").getAttribute("aria-current"));
    browser.screenshot("stories-1-list");
  }

  @Test
  void a_story_page_shows_its_articles_by_outlet_its_events_once_its_claims_by_source_and_its_map() {
    browser.width(1280);
    browser.open(base + "#/story/" + kurskStory, "story");
    assertEquals(2, browser.driver.findElements(By.cssSelector("#story-articles .story-articles li")).size());
    assertEquals(2, browser.driver.findElements(By.cssSelector("#story-articles .outlet-strip .dot")).size(),
        "one dot per dated article");
    // textContent, not the rendered text: rows past the first ones sit folded under "more" (rendered as "")
    List<String> events = browser.driver.findElements(By.cssSelector("#story-events tbody tr")).stream()
        .map(r -> r.getAttribute("textContent")).toList();
    assertFalse(events.isEmpty(), "the Kursk article reports events");
    assertTrue(events.stream().allMatch(t -> t.contains("article")), events.toString());
    assertFalse(texts("#story-claims .story-source").isEmpty(), "the story's claims, by source");
    assertFalse(browser.driver.findElements(By.cssSelector("#story-map .news-map .marker")).isEmpty(),
        "the story's events are mapped");
    browser.screenshot("stories-2-story");
  }

  @Test
  void the_entity_page_lists_the_stories_that_name_it() {
    browser.width(1280);
    browser.open(base + "#/entity/place%3Akursk", "entity");
    List<WebElement> items = browser.driver.findElements(By.cssSelector("#entity-stories .story-item"));
    assertEquals(1, items.size(), texts("#entity-stories .story-item").toString());
    assertEquals(kurskStory, items.get(0).getAttribute("data-story"));
  }

  @Test
  void search_hits_of_one_story_are_grouped_under_it() {
    browser.width(1280);
    browser.open(base + "#/search?q=Kursk", "search");
    List<WebElement> groups = browser.driver.findElements(By.cssSelector(".results .story-hits"));
    assertEquals(1, groups.size(), texts(".results .hit").toString());
    assertEquals(kurskStory, groups.get(0).getAttribute("data-story"));
    assertEquals(2, groups.get(0).findElements(By.cssSelector(".hit")).size());
    assertTrue(groups.get(0).findElement(By.cssSelector(".story-hits-head a")).getAttribute("href")
        .endsWith("#/story/" + kurskStory));
    browser.screenshot("stories-3-search");
  }
}
