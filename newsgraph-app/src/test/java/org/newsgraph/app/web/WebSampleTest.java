package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.cli.Main;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SearchHit;
import org.newsgraph.testkit.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium against the real server, on the sample articles as the real pipeline
 * analyses them, plus an article whose text carries markup that must never run.
 */
@Tag("browser")
class WebSampleTest {
  /** Text of an article that tries to run script three ways; the page must show it as words. */
  static final String HOSTILE = "Ministry warns of hostile markup in press releases\n\n"
      + "SEOUL: The ministry said on Monday that a press release carried <script>window.__pwned = 'script'</script>"
      + " and <img src=\"x\" onerror=\"window.__pwned = 'img'; alert('img')\"> inside its text.\n\n"
      + "Officials in Seoul said the <b onmouseover=\"window.__pwned = 'b'\">markup</b> was removed on Tuesday.\n";

  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer server;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    Path hostile = tmp.resolve("hostile.txt");
    Files.writeString(hostile, HOSTILE, StandardCharsets.UTF_8);
    Path sample = Path.of(System.getProperty("newsgraph.home", ".."), "examples", "arabnews-2025.txt");
    Path dir = tmp.resolve("store");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"ingest", "--store", dir.toString(), sample.toString(), hostile.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, out + "\n" + err);
    store = NewsStore.open(dir);
    NewsgraphConfig cfg = NewsgraphConfig.defaults();
    server = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, null, 256 * 1024)
        .withOpenAnalyze(true), () -> AnalysisPipeline.standard(cfg));
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    WebFixtures.close(browser, server, store);
  }

  private static List<String> attributes(List<WebElement> es, String name) {
    List<String> out = new ArrayList<>();
    for (WebElement e : es) {
      out.add(e.getAttribute(name));
    }
    return out;
  }

  private static void assertNothingRan() {
    assertNull(browser.js("return window.__pwned === undefined ? null : String(window.__pwned)"),
        "a handler in the article text ran");
    try {
      browser.driver.switchTo().alert();
      throw new AssertionError("an alert is open: the article text ran");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  @Test
  void search_kursk_open_the_article_follow_pyongyang_to_north_korea_and_its_timeline() {
    browser.width(1280);
    browser.open(base, "search");
    // keyboard: the query box has the focus on arrival; Enter submits
    WebElement active = browser.driver.switchTo().activeElement();
    assertEquals("q", active.getAttribute("id"), "the search box has the focus");
    active.sendKeys("Kursk", Keys.ENTER);
    WebElement count = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("result-count")));
    assertEquals("1 article matches", count.getText());
    List<WebElement> marks = browser.driver.findElements(By.cssSelector(".hit .snippet mark"));
    assertFalse(marks.isEmpty(), "the matched words are marked");
    assertTrue(marks.stream().allMatch(m -> m.getText().equals("Kursk")));
    browser.screenshot("walk-1-search-kursk");

    WebElement hit = browser.find(".hit h2 a");
    assertTrue(hit.getText().contains("Kursk"), hit.getText());
    hit.sendKeys(Keys.ENTER);
    browser.waitRendered("article");
    assertTrue(browser.find("#headline").getText().startsWith("North Korea troops not in combat"));
    List<WebElement> pyongyang = browser.driver.findElements(By.xpath(
        "//div[@class='body']//a[@data-entity='country:PRK' and normalize-space(.)='Pyongyang']"));
    assertFalse(pyongyang.isEmpty(), "Pyongyang is marked as North Korea");
    WebElement p = pyongyang.get(0);
    assertTrue(p.getAttribute("class").contains("ent-country"), p.getAttribute("class"));
    assertTrue(p.getAttribute("href").endsWith("#/entity/country%3APRK"), p.getAttribute("href"));
    // an event's participant named by a pronoun the analysis resolved shows the entity, its words in the tooltip
    List<WebElement> parties = browser.driver.findElements(By.cssSelector("table.events td a.ent"));
    assertFalse(parties.isEmpty(), "the events table links its participants");
    List<String> shown = parties.stream().map(x -> x.getText().strip().toLowerCase(java.util.Locale.ROOT)).toList();
    assertTrue(shown.stream().noneMatch(x -> List.of("he", "she", "it", "they", "his", "her", "its", "their")
        .contains(x)), "no participant shown as a bare pronoun: " + shown);
    assertTrue(parties.stream().anyMatch(x -> x.getText().equals("North Korea")
        && "in the text: \u201cthey\u201d".equals(x.getAttribute("title"))), "\"they\" shown as North Korea");
    // a time expression shows its resolved value when it has the keyboard focus
    WebElement friday = browser.driver.findElement(By.xpath("//div[@class='body']//time[normalize-space(.)='Friday']"));
    assertEquals("2025-01-31", friday.getAttribute("datetime"));
    browser.js("arguments[0].focus()", friday);
    String tip = (String) browser.js("return getComputedStyle(arguments[0], '::after').content", friday);
    assertTrue(tip.contains("2025-01-31"), tip);
    browser.screenshot("walk-2-article");
    browser.width(390);
    browser.screenshot("walk-2-article-390px");
    assertFitsTheWindow();
    browser.width(1280);

    p.click();
    browser.waitRendered("entity");
    assertEquals("North Korea", browser.find("#entity-name").getText());
    List<WebElement> items = browser.driver.findElements(By.cssSelector("svg.timeline a.tl-item"));
    assertTrue(items.size() >= 5, "dated items on the time axis: " + items.size());
    List<String> begins = attributes(items, "data-begin");
    List<String> sorted = new ArrayList<>(begins);
    sorted.sort(null);
    assertEquals(sorted, begins, "in resolved-date order");
    assertTrue(begins.contains("2024-08-01"), "the August deployment is on the axis: " + begins);
    List<WebElement> related = browser.driver.findElements(By.cssSelector(".related a"));
    assertTrue(attributes(related, "href").stream().anyMatch(h -> h.endsWith("country%3ARUS")),
        "Russia appears with North Korea");
    browser.screenshot("walk-3-entity-north-korea");
    browser.width(390);
    browser.screenshot("walk-3-entity-north-korea-390px");
    assertFitsTheWindow();
    browser.width(1280);
  }

  private static void assertFitsTheWindow() {
    Number overflow = (Number) browser.js(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    Object culprits = browser.js("var w = document.documentElement.clientWidth; return Array.from("
        + "document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect().right > w + 1)"
        + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 40)).join(' | ')");
    assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px: " + culprits);
  }

  @Test
  void markup_in_an_article_is_shown_as_words_and_never_runs() throws Exception {
    SearchHit hit = store.search("hostile markup", 5).hits().get(0);
    browser.width(1280);
    browser.open(base + "#/article/" + hit.articleId(), "article");
    String body = browser.find(".body").getText();
    assertTrue(body.contains("<script>window.__pwned = 'script'</script>"), body);
    assertTrue(body.contains("onerror="), body);
    assertEquals(0L, browser.js("return document.querySelectorAll('main script, main img, main b').length"));
    assertNothingRan();
    browser.screenshot("xss-1-article");

    browser.open(base + "#/search?q=onerror", "search");
    assertTrue(browser.find(".hit .snippet").getText().contains("<img"));
    assertNothingRan();
    browser.screenshot("xss-2-search");

    // the Content-Security-Policy forbids inline script even when some code inserts it
    Object inline = browser.js("var s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
        + " document.body.appendChild(s); return window.__inline === undefined ? null : window.__inline;");
    assertNull(inline, "an inline script ran despite the Content-Security-Policy");
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base)).build(),
        HttpResponse.BodyHandlers.ofString());
    String csp = page.headers().firstValue("content-security-policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
        + "api/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(csp, api.headers().firstValue("content-security-policy").orElse(""), "API responses too");
    assertEquals("nosniff", api.headers().firstValue("x-content-type-options").orElse(""));
  }

  @Test
  void analyze_shows_the_annotated_text_without_storing_it_and_runs_none_of_its_markup() {
    long before = store.articleCount();
    browser.width(1280);
    browser.open(base + "#/analyze", "analyze");
    WebElement area = browser.find("#analyze-text");
    browser.js("arguments[0].value = arguments[1]", area, HOSTILE.replace("Seoul", "Pyongyang"));
    browser.find("form.analyze button").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(240)).until(
        d -> "analyzed".equals(d.findElement(By.id("main")).getAttribute("data-rendered")));
    browser.screenshot("analyze-1-result");
    assertTrue(browser.find("#analyze-result .body").getText().contains("<script>"));
    assertFalse(browser.driver.findElements(By.xpath(
        "//section[@id='analyze-result']//a[@data-entity and normalize-space(.)='Pyongyang']")).isEmpty(),
        "Pyongyang is marked in the analysed text");
    assertNothingRan();
    assertEquals(before, store.articleCount(), "nothing stored");
  }

  /** The Analyze panel's Store action: refused without the right token, stored with it. */
  @Test
  void storing_from_the_analyze_panel_needs_the_write_token() {
    String text = "Rain delays the wheat harvest in Punjab\n\nLAHORE: Farmers in Punjab said on Monday that heavy rain"
        + " had delayed the wheat harvest by two weeks.\n";
    long before = store.articleCount();
    browser.width(1280);
    // this server has no write token: storing is off
    browser.open(base + "#/analyze", "analyze");
    browser.js("arguments[0].value = arguments[1]", browser.find("#analyze-text"), text);
    browser.find("#write-token").sendKeys("anything");
    browser.find("#store-button").click();
    browser.waitRendered("store-refused");
    assertTrue(browser.find("#store-result").getText().contains("no write token"), browser.find("#store-result")
        .getText());
    assertEquals(before, store.articleCount());

    try (ApiServer writable = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, "browser-token-1",
        64 * 1024), () -> AnalysisPipeline.standard(NewsgraphConfig.defaults()))) {
      String writableBase = "http://127.0.0.1:" + writable.port() + "/";
      browser.open(writableBase + "#/analyze", "analyze");
      browser.js("arguments[0].value = arguments[1]", browser.find("#analyze-text"), text);
      browser.find("#write-token").sendKeys("browser-token-2");
      browser.find("#store-button").click();
      browser.waitRendered("store-refused");
      assertEquals("wrong write token", browser.find("#store-result").getText());
      assertEquals(before, store.articleCount());

      browser.find("#write-token").clear();
      browser.find("#write-token").sendKeys("browser-token-1");
      browser.find("#store-button").click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(240)).until(
          d -> "stored".equals(d.findElement(By.id("main")).getAttribute("data-rendered")));
      browser.screenshot("store-1-stored");
      assertEquals(before + 1, store.articleCount());
      WebElement link = browser.find("#store-result a");
      assertEquals("Rain delays the wheat harvest in Punjab", link.getText());
      link.click();
      browser.waitRendered("article");
      assertEquals("Rain delays the wheat harvest in Punjab", browser.find("#headline").getText());
    }
  }
}
