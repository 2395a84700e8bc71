package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;
import org.newsgraph.core.Span;

class PageDumpParserTest {
  private static final Path EXAMPLE = Path.of("../examples/arabnews-2025.txt");

  private static List<Article> sample() throws IOException {
    ReadResult r = PageDumpParser.parse(Files.readString(EXAMPLE), "arabnews-2025.txt");
    assertTrue(r.problems().isEmpty(), r.problems().toString());
    return r.articles();
  }

  @Test
  void the_bundled_example_splits_into_exactly_two_articles_with_their_structure() throws IOException {
    List<Article> a = sample();
    assertEquals(2, a.size());
    Article korea = a.get(0);
    assertEquals("North Korea troops not in combat in Russia’s Kursk since mid-Jan: Seoul", korea.headline());
    assertEquals(LocalDate.of(2025, 2, 4), korea.updated());
    assertEquals("SEOUL", korea.dateline());
    assertEquals("AFP", korea.agency());
    assertEquals(2, korea.bullets().size());
    assertTrue(korea.text().startsWith("North Korean soldiers previously fighting"));
    assertEquals(1, korea.captions().size(), "the photo caption is kept apart from the body");
    assertTrue(korea.captions().get(0).endsWith("(AFP/File)"));

    Article modi = a.get(1);
    assertEquals("Modi starts Mideast-Africa tour as India-Oman free-trade pact nears completion", modi.headline());
    assertEquals(LocalDate.of(2025, 12, 15), modi.updated());
    assertEquals("NEW DELHI", modi.dateline());
    assertNull(modi.agency());
    // The issue text says 3; the file holds two "•" lines for this article, and we report what is there.
    assertEquals(List.of("Oman’s Shoura Council approved the trade deal’s draft last week",
        "Modi begins trip in Amman, heading to Addis Ababa and Muscat"), modi.bullets());
    assertTrue(modi.text().startsWith("Prime Minister Narendra Modi left New Delhi on Monday"));
    assertTrue(modi.text().endsWith("diversification and economic growth plans.”"));
  }

  @Test
  void furniture_and_the_repeated_headline_stay_out_of_the_body() throws IOException {
    for (Article a : sample()) {
      assertFalse(a.text().contains("Short Url"));
      assertFalse(a.text().contains("Follow\n"));
      assertFalse(a.text().contains("Updated "));
      assertFalse(a.text().contains(a.headline()), "headline repeated in the body of " + a.source());
    }
  }

  @Test
  void paragraph_spans_cover_the_body_and_each_is_one_pasted_paragraph() throws IOException {
    Article korea = sample().get(0);
    assertEquals(17, korea.paragraphs().size());
    Span last = korea.paragraphs().get(korea.paragraphs().size() - 1);
    assertEquals(korea.text().length(), last.end());
    assertTrue(last.of(korea.text()).startsWith("He said 2025 would be the year"));
  }

  @Test
  void each_article_of_a_multi_article_file_has_its_own_source_and_id() throws IOException {
    List<Article> a = sample();
    assertEquals("arabnews-2025.txt#1", a.get(0).source());
    assertEquals("arabnews-2025.txt#2", a.get(1).source());
    assertFalse(a.get(0).id().equals(a.get(1).id()));
  }

  @Test
  void a_plain_article_with_the_headline_on_its_first_line_reads_as_one_article() {
    String text = "Ad sales boost profit\n\nQuarterly profits at a media giant jumped 76%.\n\nThe firm said so.\n";
    ReadResult r = PageDumpParser.parse(text, "business/001.txt");
    assertEquals(1, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("Ad sales boost profit", a.headline());
    assertEquals("Quarterly profits at a media giant jumped 76%.\n\nThe firm said so.", a.text());
    assertEquals(2, a.paragraphs().size());
    assertNull(a.updated());
  }

  @Test
  void a_dump_with_published_dates_and_wire_datelines_reads_each_field() {
    String text = String.join("\n", "Talks resume in Geneva", "", "Published: Mar 3, 2024 10:15 GMT", "Share", "",
        "Talks resume in Geneva", "", "GENEVA (Reuters) - Negotiators met again on Sunday.",
        "They will meet again next week.", "", "", "Second story headline here", "", "Updated 5 March 2024",
        "", "Second story headline here", "", "• A highlight", "", "LONDON: Body of the second story.");
    ReadResult r = PageDumpParser.parse(text, "dump.txt");
    assertEquals(2, r.articles().size());
    Article first = r.articles().get(0);
    assertEquals(LocalDate.of(2024, 3, 3), first.published());
    assertEquals("GENEVA", first.dateline());
    assertEquals("Reuters", first.agency());
    assertEquals("Negotiators met again on Sunday.\n\nThey will meet again next week.", first.text());
    Article second = r.articles().get(1);
    assertEquals("Second story headline here", second.headline());
    assertEquals(List.of("A highlight"), second.bullets());
    assertEquals("LONDON", second.dateline());
    assertEquals("Body of the second story.", second.text());
  }

  @Test
  void a_headline_with_no_body_is_a_problem_not_an_article() {
    ReadResult r = PageDumpParser.parse("Just a headline\n\nUpdated 5 March 2024\nFollow\n", "thin.txt");
    assertTrue(r.articles().isEmpty());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).oneLine().startsWith("thin.txt: no article body"));
  }

  @Test
  void an_upper_case_first_word_is_not_taken_for_a_dateline_without_a_separator() {
    ReadResult r = PageDumpParser.parse("Headline\n\nNATO allies met in Brussels.", "x.txt");
    assertNull(r.articles().get(0).dateline());
  }

  @Test
  void no_break_spaces_from_the_page_become_plain_spaces() {
    ReadResult r = PageDumpParser.parse("Talks end\n\nThe talks concluded in March\u202f2024 in New\u00a0Delhi.", "x");
    assertEquals("The talks concluded in March 2024 in New Delhi.", r.articles().get(0).text());
  }
}
