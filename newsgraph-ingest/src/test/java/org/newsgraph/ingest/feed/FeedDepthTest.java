package org.newsgraph.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadResult;

class FeedDepthTest {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
      + "<title>Wire</title><item><title>Talks resume</title><link>https://wire.example/1</link>";
  private static final String TAIL = "<description>Talks resumed on Tuesday.</description></item></channel></rss>";

  /** Collects what a reader reports. */
  private static final class Sink implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<ReadResult.Problem> problems = new ArrayList<>();

    @Override
    public void article(Article a) {
      articles.add(a);
    }

    @Override
    public void problem(ReadResult.Problem p) {
      problems.add(p);
    }

    @Override
    public void skipped(ReadResult.Problem p) {
      problems.add(p);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_feed_of_tens_of_thousands_of_nested_elements_is_refused_at_once_with_its_reason() {
    byte[] deep = bytes(HEAD + "<div><span>".repeat(30_000) + TAIL);
    Sink sink = new Sink();
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FeedReader.read(deep, "deep.xml", sink));
    assertEquals(0, sink.articles.size());
    assertEquals(1, sink.problems.size());
    assertTrue(sink.problems.get(0).message().contains("nest more than 500 deep"), sink.problems.get(0).message());
  }

  @Test
  void html_inside_cdata_comments_and_quoted_values_does_not_count_as_nesting() {
    String cdata = "<![CDATA[" + "<div>".repeat(2_000) + "Talks resumed on Tuesday in Geneva.]]>";
    String comment = "<!-- " + "<p>".repeat(2_000) + " -->";
    byte[] feed = bytes(HEAD + "<category domain=\"a>b\">x</category>" + comment + "<description>" + cdata
        + "</description></item></channel></rss>");
    Sink sink = new Sink();
    FeedReader.read(feed, "ok.xml", sink);
    assertEquals(List.of(), sink.problems);
    assertEquals(1, sink.articles.size());
  }

  @Test
  void depth_counts_open_elements_only_and_self_closing_ones_not_at_all() {
    assertFalse(XmlDepth.exceeds(bytes("<a><b/><b/><c><d/></c></a>"), 2));
    assertTrue(XmlDepth.exceeds(bytes("<a><c><d></d></c></a>"), 2));
    assertFalse(XmlDepth.exceeds(bytes("<a></a><a></a><a></a>"), 1));
  }
}
