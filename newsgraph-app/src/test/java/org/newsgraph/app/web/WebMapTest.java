package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The news map in a real headless Chromium against the real server, on the sample as the real pipeline analyses it:
 * country shapes from the server itself, markers by place, zoom to a region, a click lists the events there, and a
 * place's entity page marks the place.
 */
@Tag("browser")
class WebMapTest {
  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer server;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    store = WebFixtures.sampleStore(tmp.resolve("store"));
    server = WebFixtures.serve(store);
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    WebFixtures.close(browser, server, store);
  }

  private static List<WebElement> markers(String box) {
    return browser.driver.findElements(By.cssSelector(box + " .news-map .marker"));
  }

  @Test
  void a_search_maps_its_events_and_a_click_on_a_marker_lists_the_events_there() {
    browser.width(1280);
    browser.open(base + "#/search?q=Kursk", "search");
    assertFalse(browser.driver.findElements(By.cssSelector("#search-map .countries path")).isEmpty(),
        "the country shapes are drawn");
    List<WebElement> ms = markers("#search-map");
    assertFalse(ms.isEmpty(), "the events of the Kursk article have places");
    WebElement kursk = ms.stream().filter(m -> m.getAttribute("aria-label").startsWith("Kursk:")).findFirst()
        .orElseThrow(() -> new AssertionError("no Kursk marker"));
    kursk.sendKeys(Keys.ENTER);
    WebElement place = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("map-place")));
    assertTrue(place.getText().startsWith("Kursk (RUS)"), place.getText());
    List<WebElement> events = browser.driver.findElements(By.cssSelector("#map-events li a"));
    assertFalse(events.isEmpty());
    assertTrue(events.get(0).getAttribute("href").contains("#/article/"));
    browser.screenshot("map-1-search-kursk");
  }

  @Test
  void zooming_to_a_region_changes_the_view_and_keeps_the_markers_the_same_size_on_screen() {
    browser.width(1280);
    browser.open(base, "search");
    WebElement map = browser.find("#search-map .news-map");
    assertFalse(markers("#search-map").isEmpty(), "the front page maps the stored news");
    String before = map.getAttribute("data-view");
    double r0 = markers("#search-map").get(0).getSize().getWidth();
    new Select(browser.find("#search-map .map-region")).selectByVisibleText("World");
    String world = map.getAttribute("data-view");
    assertNotEquals(before, world);
    double r1 = markers("#search-map").get(0).getSize().getWidth();
    assertEquals(r0, r1, 3, "a marker's size on screen does not depend on the zoom");
    new Select(browser.find("#search-map .map-region")).selectByVisibleText("Middle East");
    assertNotEquals(world, map.getAttribute("data-view"));
    browser.screenshot("map-2-front-page-middle-east");
  }

  @Test
  void a_place_entity_page_shows_the_place_and_what_happened_there() {
    browser.width(1280);
    browser.open(base + "#/entity/place%3Akursk", "entity");
    WebElement where = browser.find("#entity-place");
    assertTrue(where.getText().startsWith("On the map: Kursk, RUS (51.7"), where.getText());
    assertFalse(browser.driver.findElements(By.cssSelector("#entity-map .news-map .focus")).isEmpty(),
        "the place is marked");
    assertFalse(markers("#entity-map").isEmpty(), "events happened at Kursk");
    browser.screenshot("map-3-entity-kursk");
    browser.open(base + "#/entity/country%3APRK", "entity");
    assertFalse(markers("#entity-map").isEmpty(), "North Korea's events are mapped where they happened");
  }
}
