package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;

class HtmlExtractorTest {
  static String page() throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/org/newsgraph/ingest/article.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The rules alone (the block model, which ingest uses, weighs their verdicts: see the test below). */
  private static HtmlArticle byRules(String html, String url) {
    return HtmlExtractor.with(ExtractionRules.DEFAULT).article(html, url);
  }

  @Test
  void the_body_keeps_the_paragraphs_and_subheading_and_drops_navigation_ads_related_and_comments()
      throws IOException {
    HtmlArticle a = byRules(page(), "https://example.com/news/seoul-rains");
    String body = a.body();
    assertTrue(body.startsWith("SEOUL: Heavy rain flooded"), body);
    assertTrue(body.contains("Warnings in place"), body);
    assertTrue(body.contains("underpasses."), body);
    for (String junk : List.of("Home", "cookies", "Advertisement", "Share on", "Typhoon", "Gangnam and the water",
        "Copyright", "By Kim", "15 July 2025")) {
      assertFalse(body.contains(junk), junk + " leaked into " + body);
    }
    assertEquals(List.of("Cars stranded on a flooded road in Gangnam. (AFP)"), a.captions());
  }

  @Test
  void the_standard_extractor_weighs_the_rules_blocks_with_the_shipped_model_and_leaves_the_furniture_out()
      throws IOException {
    assertTrue(HtmlExtractor.standard().usesModel());
    String body = HtmlExtractor.extract(page(), "https://example.com/news/seoul-rains").body();
    assertTrue(body.startsWith("SEOUL: Heavy rain flooded"), body);
    assertTrue(body.contains("100 millimetres of rain"), body);
    assertTrue(body.contains("Warnings in place"), body);
    for (String junk : List.of("Home", "cookies", "Advertisement", "Share on", "Typhoon", "Gangnam and the water",
        "Copyright", "By Kim", "15 July 2025", "Related")) {
      assertFalse(body.contains(junk), junk + " leaked into " + body);
    }
  }

  @Test
  void metadata_comes_from_json_ld_then_open_graph_and_link_tags() throws IOException {
    PageMetadata m = HtmlExtractor.extract(page(), null).metadata();
    assertEquals("Rains flood Seoul streets", m.headline());
    assertEquals(List.of("Kim Min-ji"), m.authors());
    assertEquals("The Daily Example", m.publisher());
    assertEquals(LocalDate.of(2025, 7, 15), m.published());
    assertEquals(LocalDate.of(2025, 7, 16), m.modified());
    assertEquals("https://example.com/news/seoul-rains", m.canonicalUrl());
    assertEquals("en", m.language());
  }

  @Test
  void the_article_gets_its_dateline_split_off_and_captions_apart() throws IOException {
    Article a = HtmlPages.toArticle(byRules(page(), null), "page.html", null).orElseThrow();
    assertEquals("SEOUL", a.dateline());
    assertTrue(a.text().startsWith("Heavy rain flooded"));
    assertEquals("The Daily Example", a.outlet());
    assertEquals(4, a.paragraphs().size());
    assertEquals(1, a.captions().size());
  }

  @Test
  void malformed_html_still_gives_its_text() {
    HtmlArticle a = HtmlExtractor.extract("<html><body><div><p>Unclosed paragraph that goes on for a while about "
        + "the budget vote in parliament<p>Another one <b>bold <i>nested</b> wrongly</div></span></table>", null);
    assertTrue(a.body().contains("budget vote"), a.body());
  }

  @Test
  void a_page_without_article_text_gives_no_article() {
    HtmlArticle a = HtmlExtractor.extract("<html><body><nav><a href=/>Home</a></nav></body></html>", null);
    assertTrue(HtmlPages.toArticle(a, "x.html", null).isEmpty());
  }
}
