package org.newsgraph.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.web.Robots;
import org.newsgraph.ingest.web.UrlReader.Validators;

/** The parts of watching that need no network: robots.txt rules, the schedule, the saved state, OPML lists. */
class WatchPartsTest {
  @TempDir Path dir;

  @Test
  void robots_rules_for_us_win_over_the_star_group_and_the_longest_match_decides() {
    String txt = "User-agent: *\nDisallow: /\n\nUser-agent: newsgraph\nDisallow: /private/\nAllow: /private/open\n"
        + "Disallow: /*.pdf$\nCrawl-delay: 5\n";
    Robots r = Robots.parse(txt, "newsgraph");
    assertTrue(r.allows("/news/1"));
    assertFalse(r.allows("/private/x"));
    assertTrue(r.allows("/private/open/y"));
    assertFalse(r.allows("/files/a.pdf"));
    assertTrue(r.allows("/files/a.pdf?x=1"));
    assertEquals(5, r.crawlDelaySeconds());
    Robots other = Robots.parse(txt, "someotherbot");
    assertFalse(other.allows("/news/1"), "the star group applies to others");
    assertTrue(Robots.parse("User-agent: *\nDisallow:\n", "newsgraph").allows("/x"), "an empty Disallow allows");
  }

  @Test
  void failures_in_a_row_double_the_wait_up_to_the_cap() {
    Schedule s = new Schedule(Duration.ofMinutes(15), Duration.ofHours(1));
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    assertEquals(t.plus(Duration.ofMinutes(15)), s.afterSuccess(t));
    assertEquals(t.plus(Duration.ofMinutes(15)), s.afterFailures(t, 1));
    assertEquals(t.plus(Duration.ofMinutes(30)), s.afterFailures(t, 2));
    assertEquals(t.plus(Duration.ofHours(1)), s.afterFailures(t, 3));
    assertEquals(t.plus(Duration.ofHours(1)), s.afterFailures(t, 40));
    assertEquals(Duration.ofMinutes(90), Schedule.parse("1h30m"));
    assertEquals(Duration.ofSeconds(45), Schedule.parse("45s"));
    assertThrows(IllegalArgumentException.class, () -> Schedule.parse("15 minutes"));
    assertEquals("1h30m", Schedule.show(Duration.ofMinutes(90)));
  }

  @Test
  void the_state_survives_a_restart_keeps_the_most_recent_links_and_a_damaged_file_is_set_aside() throws Exception {
    WatchState s = WatchState.load(dir, 3, p -> { throw new AssertionError(p); });
    Instant next = Instant.parse("2025-01-01T00:15:00Z");
    s.polled("http://a/feed", new Validators("\"x\\1\"", "Wed, 01 Jan 2025 00:00:00 GMT"),
        List.of("l1", "l2", "l3", "l4"), next);
    s.failed("http://b/feed", next);
    s.save();
    WatchState again = WatchState.load(dir, 3, p -> { throw new AssertionError(p); });
    assertEquals(new Validators("\"x\\1\"", "Wed, 01 Jan 2025 00:00:00 GMT"), again.validators("http://a/feed"));
    assertEquals(next, again.nextPoll("http://a/feed"));
    assertFalse(again.seen("http://a/feed", "l1"), "only the three most recent links are kept");
    assertTrue(again.seen("http://a/feed", "l4"));
    assertEquals(1, again.failures("http://b/feed"));
    assertNull(again.nextPoll("http://c/feed"));

    Files.writeString(dir.resolve(WatchState.FILE), "{\"feeds\": {\"http://a/feed\": ");
    List<String> problems = new ArrayList<>();
    WatchState fresh = WatchState.load(dir, 3, problems::add);
    assertEquals(1, problems.size());
    assertNull(fresh.nextPoll("http://a/feed"));
    assertTrue(Files.exists(dir.resolve(WatchState.FILE + ".bad")));
  }

  @Test
  void an_opml_list_gives_each_feed_url_once() throws Exception {
    Path f = Files.writeString(dir.resolve("subs.opml"), "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
        + "<outline text=\"News\"><outline text=\"A\" type=\"rss\" xmlUrl=\"https://a.example/feed\"/>"
        + "<outline text=\"B\" xmlurl=\"https://b.example/rss\"/></outline>"
        + "<outline text=\"A again\" xmlUrl=\"https://a.example/feed\"/></body></opml>");
    assertEquals(List.of("https://a.example/feed", "https://b.example/rss"), Opml.feeds(f));
  }
}
