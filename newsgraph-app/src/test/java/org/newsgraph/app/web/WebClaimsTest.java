package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Mention;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Publication;
import org.newsgraph.testkit.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The claims board, the claims in the article reader, events on the entity time axis and the search filters, on a
 * store built by hand: one article with its claims and events written out the way the claims and events stages
 * record them (who says the deployment happened, who has not confirmed it, who denies the fighting).
 */
@Tag("browser")
class WebClaimsTest {
  static final String TEXT = "South Korea's spy agency said on Wednesday that North Korea deployed more than 10,000"
      + " troops to Russia in August.\n\n"
      + "Neither Pyongyang nor Moscow has confirmed the deployment.\n\n"
      + "Russia denied that foreign soldiers fought in Kursk.\n\n"
      + "Ukrainian officials said two soldiers were captured.\n\n"
      + "The agency said a study concluded that the troops were trained in Russia.";

  @TempDir static Path tmp;
  private static NewsStore store;
  private static ApiServer server;
  private static Browser browser;
  private static String base;
  private static String articleId;

  private static Span find(String words) {
    return nth(words, 0);
  }

  private static Span nth(String words, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = TEXT.indexOf(words, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException(words);
      }
    }
    return new Span(at, at + words.length());
  }

  static AnalyzedArticle article() {
    List<Span> paragraphs = new ArrayList<>();
    Matcher pm = Pattern.compile("[^\n]+").matcher(TEXT);
    while (pm.find()) {
      paragraphs.add(new Span(pm.start(), pm.end()));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Span p : paragraphs) {
      sentences.add(new Sentence(sentences.size(), p, List.of()));
    }
    Article a = new Article(ArticleIds.of(TEXT), "hand-made.txt", "Test Wire", "Seoul says the North sent troops",
        "SEOUL", "Test Wire", LocalDate.of(2025, 2, 13), null, List.of("The spy agency speaks; Moscow is silent"),
        List.of(), paragraphs, "en", TEXT);
    List<Entity> entities = List.of(
        new Entity("country:PRK", EntityType.COUNTRY, "North Korea", List.of("DPRK"), "PRK"),
        new Entity("country:RUS", EntityType.COUNTRY, "Russia", List.of(), "RUS"),
        new Entity("country:KOR", EntityType.COUNTRY, "South Korea", List.of(), "KOR"),
        new Entity("org:nis-kor", EntityType.ORGANIZATION, "National Intelligence Service", List.of("NIS"), "KOR"),
        new Entity("place:kursk", EntityType.REGION, "Kursk", List.of(), "RUS"),
        new Entity("country:UKR", EntityType.COUNTRY, "Ukraine", List.of(), "UKR"));
    List<Mention> mentions = List.of(
        new Mention(find("South Korea's spy agency"), "org:nis-kor", Mention.Role.DESCRIPTION),
        new Mention(find("North Korea"), "country:PRK", Mention.Role.NAME, 0.95),
        new Mention(find("Russia"), "country:RUS", Mention.Role.NAME),
        new Mention(find("Pyongyang"), "country:PRK", Mention.Role.METONYM),
        new Mention(find("Moscow"), "country:RUS", Mention.Role.METONYM),
        new Mention(nth("Russia", 1), "country:RUS", Mention.Role.NAME),
        new Mention(find("Kursk"), "place:kursk", Mention.Role.NAME),
        new Mention(find("Ukrainian"), "country:UKR", Mention.Role.DEMONYM),
        new Mention(find("The agency"), "org:nis-kor", Mention.Role.DESCRIPTION, 0.2));
    List<TimeExpression> times = List.of(
        new TimeExpression(find("on Wednesday"), TimexType.DATE, "2025-02-12", null, LocalDate.of(2025, 2, 12),
            LocalDate.of(2025, 2, 13)),
        new TimeExpression(find("August"), TimexType.DATE, "2024-08", null, LocalDate.of(2024, 8, 1),
            LocalDate.of(2024, 9, 1)).withConfidence(0.3));
    List<Claim> claims = List.of(
        new Claim("c1", find("South Korea's spy agency"), "org:nis-kor", find("said"),
            List.of(find("North Korea deployed more than 10,000 troops to Russia in August")), Claim.Kind.INDIRECT,
            null, LocalDate.of(2025, 2, 12), true, Claim.Stance.ASSERTED, 0).withConfidence(0.9),
        new Claim("c2", find("Pyongyang"), "country:PRK", find("has confirmed"), List.of(find("the deployment")),
            Claim.Kind.INDIRECT, null, LocalDate.of(2025, 2, 13), false, Claim.Stance.UNCONFIRMED, 1),
        new Claim("c3", find("Moscow"), "country:RUS", find("has confirmed"), List.of(find("the deployment")),
            Claim.Kind.INDIRECT, null, LocalDate.of(2025, 2, 13), false, Claim.Stance.UNCONFIRMED, 1),
        new Claim("c4", nth("Russia", 1), "country:RUS", find("denied"),
            List.of(find("foreign soldiers fought in Kursk")), Claim.Kind.INDIRECT, null, LocalDate.of(2025, 2, 13),
            false, Claim.Stance.DENIED, 2),
        new Claim("c5", find("Ukrainian officials"), null, List.of("country:UKR"), nth("said", 1),
            List.of(find("two soldiers were captured")), Claim.Kind.INDIRECT, null, LocalDate.of(2025, 2, 13),
            false, Claim.Stance.ASSERTED, 3).withConfidence(0.3),
        // a nested attribution: the agency's claim reports the study's, which names it in reported_by
        new Claim("c6", find("The agency"), "org:nis-kor", nth("said", 2),
            List.of(find("a study concluded that the troops were trained in Russia")), Claim.Kind.INDIRECT, null,
            LocalDate.of(2025, 2, 13), false, Claim.Stance.ASSERTED, 4),
        new Claim("c7", find("a study"), null, find("concluded"), List.of(find("the troops were trained in Russia")),
            Claim.Kind.INDIRECT, null, LocalDate.of(2025, 2, 13), false, Claim.Stance.ASSERTED, 4)
            .withReportedBy("c6"));
    Event.Argument prk = new Event.Argument(find("North Korea"), "country:PRK");
    Event.Argument rus = new Event.Argument(find("Russia"), "country:RUS");
    List<Event> events = List.of(
        new Event("e1", "MOBILIZE", null, find("deployed"), List.of(prk), List.of(rus), null, find("August"),
            LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 1), false, Event.Modality.CLAIMED, "c1", 0.8, 0),
        new Event("e2", "MOBILIZE", null, find("deployment"),
            List.of(new Event.Argument(find("Pyongyang"), "country:PRK")),
            List.of(new Event.Argument(find("Moscow"), "country:RUS")), null, null, LocalDate.of(2025, 2, 13),
            LocalDate.of(2025, 2, 14), true, Event.Modality.CLAIMED, "c2", 0.6, 1),
        new Event("e3", "MOBILIZE", null, find("deployment"),
            List.of(new Event.Argument(find("Pyongyang"), "country:PRK")),
            List.of(new Event.Argument(find("Moscow"), "country:RUS")), null, null, LocalDate.of(2025, 2, 13),
            LocalDate.of(2025, 2, 14), true, Event.Modality.CLAIMED, "c3", 0.6, 1),
        new Event("e4", "ASSAULT", null, find("fought"),
            List.of(new Event.Argument(find("foreign soldiers"), null)), List.of(),
            new Event.Argument(find("Kursk"), "place:kursk"), null, LocalDate.of(2025, 2, 13),
            LocalDate.of(2025, 2, 14), true, Event.Modality.DENIED, "c4", 0.7, 2));
    return new AnalyzedArticle(a, sentences, entities, mentions, times,
        EnumSet.of(Facet.TEXT, Facet.SENTENCES, Facet.ENTITIES, Facet.TIMES), List.of("hand.v1"))
        .withClaims(claims, "claims.hand.v1").withEvents(events, "events.hand.v1");
  }

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    store = NewsStore.open(tmp.resolve("store"));
    AnalyzedArticle a = article();
    articleId = a.article().id();
    // the story as two other outlets ran it (near-duplicates recorded as publications, as the ingest does)
    store.save(List.of(a), List.of(), "hand", List.of(
        new Publication(articleId, articleId, "hand/seoul.txt", a.article().outlet(), a.article().headline(),
            a.article().published(), 1.0, null, null),
        new Publication(articleId, "feedbeefcafe0001", "https://east.example/troops", "East Daily",
            "North sent troops, Seoul says", a.article().published(), 0.84, null, null),
        new Publication(articleId, "feedbeefcafe0002", "https://west.example/troops", "West Wire",
            "Seoul: North Korean troops were sent", a.article().published(), 0.77, null, null)));
    server = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, null, 64 * 1024), () -> {
      throw new IllegalStateException("this test analyses nothing");
    });
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    WebFixtures.close(browser, server, store);
  }

  private static List<String> texts(String css, WebElement in) {
    return in.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void the_board_shows_who_asserts_the_deployment_and_who_has_not_confirmed_it() {
    browser.width(1280);
    browser.open(base + "#/claims", "claims");
    WebElement topic = browser.find("section.topic[data-topic='event:MOBILIZE:country:PRK+country:RUS']");
    assertTrue(topic.findElement(By.tagName("h2")).getText().contains("North Korea"), topic.getText());
    assertEquals(List.of("National Intelligence Service"), texts(".col-asserts li > a.ent", topic));
    assertEquals(List.of("North Korea", "Russia"), texts(".col-unconfirmed li > a.ent", topic));
    assertTrue(topic.findElement(By.cssSelector(".col-denies")).getText().contains("—"), "nobody denies it");
    WebElement denial = browser.find("section.topic[data-topic='event:ASSAULT:']");
    assertEquals(List.of("Russia"), texts(".col-denies li > a.ent", denial));
    browser.screenshot("claims-1-board");
    browser.width(390);
    browser.screenshot("claims-1-board-390px");
    browser.width(1280);
  }

  @Test
  void the_article_marks_source_cue_and_content_and_lists_claims_and_events() {
    browser.width(1280);
    browser.open(base + "#/article/" + articleId, "article");
    List<String> sources = texts(".body .claim-source", browser.find("main"));
    assertTrue(sources.contains("South Korea's spy agency"), sources.toString());
    assertTrue(texts(".body .claim-cue", browser.find("main")).contains("denied"));
    assertTrue(texts(".body .claim-content", browser.find("main")).stream()
        .anyMatch(t -> t.contains("North Korea deployed more than 10,000 troops")));
    List<WebElement> claims = browser.driver.findElements(By.cssSelector("aside .claims > li"));
    assertEquals(7, claims.size());
    assertTrue(claims.get(4).getText().startsWith("Ukrainian officials [group: UKR] said"), claims.get(4).getText());
    assertTrue(claims.get(0).findElements(By.cssSelector(".group-countries")).isEmpty(), "a named source: no group");
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.events tbody tr"));
    assertEquals(4, rows.size());
    assertTrue(rows.get(0).getText().contains("claimed by South Korea's spy agency"), rows.get(0).getText());
    assertTrue(rows.get(1).getText().contains("not confirmed by Pyongyang"), rows.get(1).getText());
    assertTrue(rows.get(3).getText().contains("denied by Russia"), rows.get(3).getText());
    browser.screenshot("claims-2-article");
  }

  @Test
  void a_nested_claim_says_who_reports_it_with_a_link_to_that_source() {
    browser.width(1280);
    browser.open(base + "#/article/" + articleId, "article");
    WebElement nested = browser.find("aside #claim-c7");
    assertTrue(nested.getText().contains("reported by The agency"), nested.getText());
    WebElement link = nested.findElement(By.cssSelector(".claim-reported-by a"));
    assertTrue(link.getAttribute("href").endsWith("#/entity/org%3Anis-kor"), link.getAttribute("href"));
    assertTrue(browser.find("aside #claim-c6").findElements(By.cssSelector(".claim-reported-by")).isEmpty(),
        "the outer claim is reported by none");
  }

  @Test
  void a_mention_or_a_time_below_half_confidence_is_faded_in_the_text_and_says_how_sure() {
    browser.width(1280);
    browser.open(base + "#/article/" + articleId, "article");
    List<String> faded = browser.driver.findElements(By.cssSelector(".body .low-confidence")).stream()
        .map(WebElement::getText).toList();
    assertEquals(List.of("August", "The agency"), faded);
    WebElement sure = browser.driver.findElements(By.cssSelector(".body a.ent")).stream()
        .filter(x -> x.getText().equals("North Korea")).findFirst().orElseThrow();
    assertTrue(sure.getAttribute("title").contains("confidence 0.95"), sure.getAttribute("title"));
  }

  @Test
  void a_claim_below_half_confidence_is_faded_and_the_toggle_hides_it() {
    browser.width(1280);
    browser.open(base + "#/article/" + articleId, "article");
    List<WebElement> claims = browser.driver.findElements(By.cssSelector("aside .claims > li"));
    assertEquals(List.of("claim-c5"), claims.stream().filter(c -> c.getAttribute("class") != null
        && c.getAttribute("class").contains("low-confidence")).map(c -> c.getAttribute("id")).toList());
    assertTrue(claims.get(4).isDisplayed());
    WebElement toggle = browser.find("aside .hide-low-claims-toggle");
    String aside = browser.find("aside").getText();
    assertTrue(aside.contains("Hide the 1 less sure claim"), aside);
    toggle.click();
    assertFalse(claims.get(4).isDisplayed(), "hidden once asked");
    assertTrue(claims.get(0).isDisplayed(), "a sure claim stays");
    toggle.click();
    assertTrue(claims.get(4).isDisplayed());
  }

  @Test
  void north_korea_shows_the_deployment_on_its_time_axis_with_who_claims_it() {
    browser.width(1280);
    browser.open(base + "#/entity/country:PRK", "entity");
    WebElement aug = browser.find("svg.timeline a.tl-item .kind-event.modality-claimed");
    assertTrue(aug.isDisplayed());
    List<String> entries = browser.driver.findElements(By.cssSelector(".timeline-list li.kind-event")).stream()
        .map(WebElement::getText).toList();
    assertFalse(entries.isEmpty());
    String claimed = entries.stream().filter(t -> t.contains("claimed by South Korea's spy agency")).findFirst()
        .orElseThrow(() -> new AssertionError(entries.toString()));
    assertTrue(claimed.startsWith("2024-08 "), claimed);
    assertTrue(entries.stream().anyMatch(t -> t.contains("(article date)") && t.contains("not confirmed by Pyongyang")),
        "an event dated only by its article says so: " + entries);
    assertTrue(browser.find("#about-h").findElement(By.xpath("..")).getText()
        .contains("North Korea deployed more than 10,000 troops"), "the NIS claim is about North Korea");
    assertTrue(browser.find("#made-h").findElement(By.xpath("..")).getText().contains("has confirmed"),
        "North Korea's own (un)claim");
    browser.screenshot("claims-3-entity-north-korea");
  }

  @Test
  void an_unnamed_group_shows_its_country_on_the_board_and_among_the_claims_its_country_made() {
    browser.width(1280);
    browser.open(base + "#/claims", "claims");
    WebElement group = browser.driver.findElements(By.cssSelector("section.topic li")).stream()
        .filter(li -> li.getText().contains("Ukrainian officials")).findFirst().orElseThrow();
    assertTrue(group.getText().startsWith("Ukrainian officials [group: UKR] said"), group.getText());
    browser.open(base + "#/entity/country:UKR", "entity");
    String made = browser.find("#made-h").findElement(By.xpath("..")).getText();
    assertTrue(made.contains("Ukrainian officials [group: UKR] said"), made);
  }

  @Test
  void search_filters_by_stance_event_type_entity_and_resolved_dates() {
    browser.width(1280);
    browser.open(base + "#/search?q=deployment&stance=unconfirmed", "search");
    assertEquals("1 article matches", browser.find("#result-count").getText());
    browser.open(base + "#/search?q=deployment&stance=hedged", "search");
    assertEquals("0 articles match", browser.find("#result-count").getText());
    browser.open(base + "#/search?q=deployment&type=ASSAULT&entity=Kursk", "search");
    assertEquals("1 article matches", browser.find("#result-count").getText());
    browser.open(base + "#/search?q=deployment&type=AID", "search");
    assertEquals("0 articles match", browser.find("#result-count").getText());
    browser.open(base + "#/search?q=deployment&from=2024-08-10&to=2024-08-20", "search");
    assertEquals("1 article matches", browser.find("#result-count").getText(), "August 2024 overlaps");
    browser.open(base + "#/search?q=deployment&from=2023-01-01&to=2024-01-01", "search");
    assertEquals("0 articles match", browser.find("#result-count").getText());
    browser.open(base + "#/search?q=deployment&from=2024-08-10&to=2024-08-20&stance=unconfirmed&type=MOBILIZE",
        "search");
    assertEquals("1 article matches", browser.find("#result-count").getText());
    assertEquals("2024-08-10", browser.find("input[name=from]").getAttribute("value"), "the form keeps the filters");
    assertEquals("MOBILIZE", browser.find("select[name=type]").getAttribute("value"));
    browser.screenshot("search-filters");
  }

  @Test
  void a_story_other_outlets_ran_says_so_and_the_outlet_filter_finds_it_by_any_of_them() {
    browser.width(1280);
    browser.open(base + "#/search?q=deployment", "search");
    assertEquals("reported by 3 outlets: Test Wire, East Daily, West Wire", browser.find(".hit .reach").getText());
    browser.open(base + "#/search?q=deployment&outlet=west+wire", "search");
    assertEquals("1 article matches", browser.find("#result-count").getText());
    browser.open(base + "#/search?q=deployment&outlet=Test+Wire", "search");
    assertEquals("1 article matches", browser.find("#result-count").getText(), "its own outlet");
    browser.open(base + "#/search?q=deployment&outlet=North+Wire", "search");
    assertEquals("0 articles match", browser.find("#result-count").getText());
    browser.screenshot("search-outlet");

    browser.open(base + "#/article/" + articleId, "article");
    assertEquals("Reported by 3 outlets", browser.find(".publications h2").getText());
    assertEquals(List.of("Test Wire", "East Daily", "West Wire"),
        texts(".publications li strong", browser.find(".publications")));
    browser.screenshot("claims-4-article-publications");
  }
}
