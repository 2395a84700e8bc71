package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.TestSite.Item;

/**
 * {@code newsgraph watch --once} from the user's side: one line per feed, exit 1 when a feed failed, a second run
 * asks conditionally ("not modified"), and what it stored is found by {@code newsgraph search}.
 */
@Tag("models")
class WatchCliTest {
  @TempDir Path tmp;
  private TestSite site;

  @BeforeEach
  void start() throws Exception {
    site = new TestSite();
    site.feed("/news.xml", TestSite.rss("Valley News", List.of(new Item("Dam opens new turbine",
        "http://127.0.0.1/dam", "Mon, 02 Jun 2025 08:00:00 GMT", "The river dam opened its third turbine on "
        + "Monday, raising the plant's output by a third, the operator said."))));
    site.status("/down.xml", 500);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void watch_once_polls_each_feed_once_says_so_in_one_line_each_and_remembers_what_it_saw() throws Exception {
    Path opml = Files.writeString(tmp.resolve("subs.opml"), "<opml version=\"2.0\"><body><outline text=\"Down\" "
        + "xmlUrl=\"" + site.url("/down.xml") + "\"/></body></opml>");
    String store = tmp.resolve("store").toString();
    Cli.Run first = Cli.run("watch", "--once", "--store", store, "--opml", opml.toString(), site.url("/news.xml"));
    assertEquals(1, first.exit(), first.out() + first.err());
    List<String> lines = first.out().lines().toList();
    assertEquals(2, lines.size(), first.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains(site.url("/news.xml") + ": 1 new: 1 stored; next poll in 15m")),
        first.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains(site.url("/down.xml") + ": failed: HTTP 500")), first.out());

    Cli.Run second = Cli.run("watch", "--once", "--store", store, site.url("/news.xml"));
    assertEquals(0, second.exit(), second.out() + second.err());
    assertTrue(second.out().contains(site.url("/news.xml") + ": not modified"), second.out());

    Cli.Run search = Cli.run("search", "--store", store, "turbine");
    assertTrue(search.out().contains("Dam opens new turbine"), search.out());
  }

  @Test
  void watch_without_anything_to_watch_or_with_a_bad_interval_is_bad_usage() {
    String store = tmp.resolve("store").toString();
    Cli.Run none = Cli.run("watch", "--once", "--store", store);
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("nothing to watch"), none.err());
    Cli.Run bad = Cli.run("watch", "--every", "soon", "--store", store, site.url("/news.xml"));
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--every: not a duration"), bad.err());
  }
}
