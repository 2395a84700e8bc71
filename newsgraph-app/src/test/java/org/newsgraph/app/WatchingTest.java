package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.TestSite.Item;
import org.newsgraph.app.service.Watching;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.ingest.watch.WatchState;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.TestStages;

/**
 * Watching a small news site on 127.0.0.1: one log line per poll, a feed that answers 500, one that is too slow,
 * one that is malformed and one that robots.txt forbids each fail alone; a second poll (after a restart) asks
 * conditionally and gets 304; items that come back under new links are not stored twice. A stage that does nothing
 * stands in for the models.
 */
class WatchingTest {
  @TempDir Path tmp;
  private TestSite site;
  private NewsStore store;
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  private static final Stage NOTHING = TestStages.nothing();

  private static final Item DAM = new Item("Dam opens new turbine", "http://127.0.0.1/dam",
      "Mon, 02 Jun 2025 08:00:00 GMT", "The river dam opened its third turbine on Monday, raising the plant's "
      + "output by a third, the operator said.");
  private static final Item SCHOOL = new Item("School year ends early", "http://127.0.0.1/school",
      "Tue, 03 Jun 2025 08:00:00 GMT", "Schools in the valley will close a week early this summer because of "
      + "building work, the education office said on Tuesday.");
  private static final Item MARKET = new Item("Market hall to be rebuilt", "http://127.0.0.1/market",
      "Wed, 04 Jun 2025 08:00:00 GMT", "The town will rebuild the old market hall after a fire last winter left "
      + "only its walls standing, the mayor announced on Wednesday.");

  @BeforeEach
  void start() throws Exception {
    site = new TestSite();
    site.feed("/news.xml", TestSite.rss("Valley News", List.of(DAM, SCHOOL)));
    site.status("/down.xml", 500);
    site.slow("/slow.xml", TestSite.rss("Slow News", List.of(MARKET)), 4000);
    site.feed("/broken.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken</title><item>"
        + "<title>Cut off</ti");
    site.feed("/private/feed.xml", TestSite.rss("Private", List.of(MARKET)));
    site.robots("User-agent: *\nDisallow: /private/\n");
    site.redirect("/loop-a.xml", "/loop-b.xml");
    site.redirect("/loop-b.xml", "/loop-a.xml");
    site.feed("/huge.xml", TestSite.rss("Huge", List.of(new Item("Long", "http://127.0.0.1/long",
        DAM.date(), "word ".repeat(600_000)))));
    store = NewsStore.open(tmp.resolve("store"));
  }

  @AfterEach
  void stop() {
    store.close();
    site.close();
  }

  private Watching watching(String... paths) {
    NewsgraphConfig cfg = NewsgraphConfig.defaults().with(Map.of("ingest.requestTimeoutSeconds", "1",
        "watch.hostDelaySeconds", "0.05", "ingest.maxFeedMib", "1"), "test");
    List<String> urls = java.util.Arrays.stream(paths).map(site::url).toList();
    return new Watching(cfg, () -> NOTHING, store, 1, urls, null, log::add);
  }

  private String lineOf(String path) {
    List<String> lines = log.stream().filter(l -> l.contains(site.url(path) + ": ")).toList();
    assertEquals(1, lines.size(), "one line per poll of " + path + ": " + log);
    return lines.get(0);
  }

  @Test
  void each_poll_is_one_line_and_a_feed_that_fails_does_not_stop_the_others() throws Exception {
    try (Watching w = watching("/news.xml", "/down.xml", "/slow.xml", "/broken.xml", "/private/feed.xml",
        "/loop-a.xml", "/huge.xml")) {
      assertEquals(6, w.pollAllOnce());
    }
    assertEquals(7, log.size(), log.toString());
    assertTrue(lineOf("/loop-a.xml").contains("failed: too many redirects (more than 5)"), log.toString());
    assertTrue(lineOf("/huge.xml").contains("failed: feed too large (over 1 MiB"), log.toString());
    assertTrue(lineOf("/news.xml").contains("2 new: 2 stored"), log.toString());
    assertTrue(lineOf("/down.xml").contains("failed: HTTP 500; next try in 15m"), log.toString());
    assertTrue(lineOf("/slow.xml").contains("failed: no complete response within 1 s"), log.toString());
    assertTrue(lineOf("/broken.xml").contains("failed: not a readable RSS/Atom feed"), log.toString());
    assertTrue(lineOf("/private/feed.xml").contains("robots.txt disallows it"), log.toString());
    assertEquals(0, site.requests("/private/feed.xml"), "robots.txt is honoured");
    assertEquals(2, store.articleCount());
    assertTrue(Files.exists(tmp.resolve("store").resolve(WatchState.FILE)));
  }

  @Test
  void one_host_gets_one_request_at_a_time_though_four_feeds_are_fetched_at_once() throws Exception {
    for (int i = 0; i < 8; i++) {
      site.feed("/feed-" + i + ".xml", TestSite.rss("Feed " + i, List.of(DAM)));
    }
    String[] paths = java.util.stream.IntStream.range(0, 8).mapToObj(i -> "/feed-" + i + ".xml")
        .toArray(String[]::new);
    try (Watching w = watching(paths)) {
      assertEquals(0, w.pollAllOnce());
    }
    assertEquals(8, log.size(), log.toString());
    assertEquals(1, site.mostAtOnce());
    assertEquals(1, store.articleCount(), "the same item in eight feeds is one article");
  }

  @Test
  void a_watch_killed_after_storing_but_before_saving_its_state_polls_again_and_stores_nothing_twice()
      throws Exception {
    try (Watching w = watching("/news.xml")) {
      w.pollAllOnce();
    }
    // what a kill between the store's commit and the state's rename leaves: the articles, the old state (none)
    Files.delete(tmp.resolve("store").resolve(WatchState.FILE));
    log.clear();
    try (Watching w = watching("/news.xml")) {
      assertEquals(0, w.pollAllOnce());
    }
    assertEquals(0, site.notModified("/news.xml"), "no saved ETag: the feed is read again");
    assertTrue(lineOf("/news.xml").contains("2 new: 0 stored, 2 already stored"), log.toString());
    assertEquals(2, store.articleCount());
    assertTrue(Files.exists(tmp.resolve("store").resolve(WatchState.FILE)));
  }

  @Test
  void after_a_restart_an_unchanged_feed_is_not_modified_and_items_under_new_links_are_not_stored_twice()
      throws Exception {
    try (Watching w = watching("/news.xml", "/down.xml")) {
      w.pollAllOnce();
    }
    log.clear();
    try (Watching w = watching("/news.xml", "/down.xml")) {
      w.pollAllOnce();
    }
    assertEquals(1, site.notModified("/news.xml"), "the saved ETag was sent: " + log);
    assertTrue(lineOf("/news.xml").contains("not modified"), log.toString());
    assertTrue(lineOf("/down.xml").contains("(2 failures in a row)"), log.toString());

    // the feed changes every item's link and guid, and adds one item
    Item damMoved = new Item(DAM.title(), "http://127.0.0.1/dam?v=2", DAM.date(), DAM.text());
    Item schoolMoved = new Item(SCHOOL.title(), "http://127.0.0.1/school?v=2", SCHOOL.date(), SCHOOL.text());
    site.feed("/news.xml", TestSite.rss("Valley News", List.of(MARKET, damMoved, schoolMoved)));
    log.clear();
    try (Watching w = watching("/news.xml")) {
      w.pollAllOnce();
    }
    assertTrue(lineOf("/news.xml").contains("3 new: 1 stored, 2 already stored"), log.toString());
    assertEquals(3, store.articleCount(), "no article twice");
    log.clear();
    try (Watching w = watching("/news.xml")) {
      w.pollAllOnce();
    }
    assertTrue(lineOf("/news.xml").contains("not modified"), log.toString());
  }
}
