package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.Article;

/**
 * Inputs as users have them: gzipped pages, feeds and JSON Lines read as what they hold; pages and feeds that name
 * no publisher get their host as outlet; records with nothing to analyse are said apart from failures; the outlet
 * and date a user gives fill in what an article does not state.
 */
class CompressedInputsTest {
  @TempDir Path dir;

  private static final String PAGE = "<!doctype html><html><head><title>Bridge reopens</title>"
      + "<link rel=\"canonical\" href=\"https://www.valley-news.example/bridge\"></head><body><article>"
      + "<h1>Bridge reopens after repairs</h1><p>The old river bridge reopened to traffic on Monday after two years"
      + " of repairs, the county said, and buses will use it again from next week.</p><p>Engineers replaced the "
      + "deck and strengthened the piers, which had been damaged by the floods of the winter before last.</p>"
      + "</article></body></html>";

  private Path gzip(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return f;
  }

  @Test
  void a_gzipped_html_page_is_read_as_the_page_it_holds() throws IOException {
    Path f = gzip("bridge.html.gz", PAGE);
    assertEquals(Format.HTML, Format.sniff(f));
    ReadResult r = Sources.read(f);
    assertEquals(List.of(), r.problems());
    assertEquals(1, r.articles().size());
    assertTrue(r.articles().get(0).text().startsWith("The old river bridge reopened"), r.articles().toString());
  }

  @Test
  void a_page_that_names_no_publisher_has_its_host_as_outlet() throws IOException {
    Path f = Files.writeString(dir.resolve("bridge.html"), PAGE);
    assertEquals("valley-news.example", Sources.read(f).articles().get(0).outlet());
    assertEquals("bbc.co.uk", Outlets.ofUrl("https://www.bbc.co.uk/news/world-123"));
    assertNull(Outlets.ofUrl("pages/bridge.html"));
    Path named = Files.writeString(dir.resolve("named.html"), PAGE.replace("<title>", "<meta property=\"og:site_name\""
        + " content=\"https://www.hawaiinewsnow.com\"><title>"));
    assertEquals("hawaiinewsnow.com", Sources.read(named).articles().get(0).outlet(), "a publisher given as an address");
  }

  @Test
  void gzipped_json_lines_and_feeds_are_read_line_by_line_and_item_by_item() throws IOException {
    Path jsonl = gzip("export.jsonl.gz", "{\"url\":\"https://a.example/1\",\"title\":\"One\",\"text\":\"The first "
        + "story of the export has enough words to be an article.\"}\n{\"url\":\"https://a.example/2\",\"title\":"
        + "\"Two\",\"text\":\"The second story of the export is about something else entirely.\"}\n");
    assertEquals(Format.JSONL, Format.sniff(jsonl));
    assertEquals(2, Sources.read(jsonl).articles().size());
    Path feed = gzip("feed.xml.gz", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title></title>"
        + "<link>https://www.city.example/</link><description>d</description><item><title>Park opens</title>"
        + "<link>https://www.city.example/park</link><description>A new park opened by the river on Saturday, with "
        + "a playground and a cafe.</description></item><item><title>Title only</title>"
        + "<link>https://www.city.example/empty</link></item></channel></rss>");
    assertEquals(Format.FEED, Format.sniff(feed));
    List<ReadResult.Problem> skipped = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    Sources.read(feed, ReadOptions.defaults(), new ArticleSink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void problem(ReadResult.Problem p) {
        throw new AssertionError("not a failure: " + p.oneLine());
      }

      @Override
      public void skipped(ReadResult.Problem p) {
        skipped.add(p);
      }
    });
    assertEquals(1, articles.size());
    assertEquals("city.example", articles.get(0).outlet(), "an untitled feed's outlet is its host");
    assertEquals(List.of("https://www.city.example/empty"), skipped.stream().map(ReadResult.Problem::source).toList());
  }

  @Test
  void a_gzip_that_unpacks_beyond_the_page_limit_is_refused_in_one_line() throws IOException {
    Path f = gzip("bomb.html.gz", "<html><body><p>" + "x".repeat(3 * 1024 * 1024) + "</p></body></html>");
    assertTrue(Files.size(f) < 1024 * 1024);
    ReadResult r = Sources.read(f, new ReadOptions(null, null, 1024 * 1024));
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).message().startsWith("page too large"), r.problems().toString());
  }

  @Test
  void the_outlet_and_date_a_user_gives_fill_in_only_what_an_article_does_not_state() throws IOException {
    Path f = Files.writeString(dir.resolve("note.txt"), "Council meets\n\nThe council met on Monday to vote.\n");
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-03-05T10:00:00Z")));
    Article plain = Sources.read(f).articles().get(0);
    assertNull(plain.published());
    Article filled = new ArticleDefaults("Town Crier", null, true).apply(plain, f);
    assertEquals("Town Crier", filled.outlet());
    assertEquals(LocalDate.of(2024, 3, 5), filled.published());
    assertEquals(plain.id(), filled.id(), "the id is the text's");
    Article dated = new ArticleDefaults(null, LocalDate.of(2020, 1, 1), false)
        .apply(new ArticleDefaults("Own Outlet", LocalDate.of(2024, 1, 2), false).apply(plain, f), f);
    assertEquals(LocalDate.of(2024, 1, 2), dated.published(), "a stated date is kept");
    assertEquals("Own Outlet", dated.outlet());
  }
}
