package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The page's own JSON-LD articleBody trims what the layout gave, and only when it states the whole text. */
class PageBodyTest {
  private static final List<String> TEXT = List.of(
      "The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks "
          + "in two of its supporting piers during a routine inspection last month.",
      "Repairs are expected to take at least eighteen months and will cost about four million euros in all, most "
          + "of it paid from the regional transport budget, the council said.",
      "Local hauliers said the detour would add forty minutes to each trip and asked for a temporary ferry "
          + "service while the work goes on, a request the council said it would study.");
  private static final String KICKER = "Get the morning briefing from our city desk every weekday at seven";
  private static final String PROMO = "Our new podcast explains the week in local politics in twenty minutes flat";
  private static final String SIGN = "Write to the city desk with your questions about roads and bridges today";

  private static List<String> laid() {
    return List.of(KICKER, TEXT.get(0), PROMO, TEXT.get(1), TEXT.get(2), SIGN);
  }

  @Test
  void paragraphs_before_and_after_the_stated_body_and_inserts_inside_it_are_left_out() {
    List<String> out = PageBody.trim(laid(), String.join("\n", TEXT), ExtractionRules.DEFAULT);
    assertEquals(TEXT, out);
  }

  @Test
  void a_stated_body_cut_short_with_an_ellipsis_trims_nothing() {
    String cut = TEXT.get(0) + " " + TEXT.get(1).substring(0, 40) + "…";
    assertEquals(laid(), PageBody.trim(laid(), cut, ExtractionRules.DEFAULT));
  }

  @Test
  void a_stated_body_much_shorter_than_the_page_text_is_a_summary_and_trims_nothing() {
    assertEquals(laid(), PageBody.trim(laid(), TEXT.get(1), ExtractionRules.DEFAULT));
  }

  @Test
  void short_lines_inside_the_text_such_as_subheads_stay() {
    List<String> laid = List.of(TEXT.get(0), "What comes next", TEXT.get(1), TEXT.get(2));
    assertEquals(laid, PageBody.trim(laid, String.join("\n", TEXT), ExtractionRules.DEFAULT));
  }

  @Test
  void the_whole_extractor_uses_the_json_ld_body_to_drop_a_promotion_inside_the_article() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + String.join("\\n", TEXT) + "\"}</script>";
    StringBuilder page = new StringBuilder("<html><head>" + ld + "</head><body><article>");
    for (String p : laid()) {
      page.append("<p>").append(p).append("</p>");
    }
    page.append("</article></body></html>");
    String body = HtmlExtractor.extract(page.toString(), null).body();
    assertFalse(body.contains(PROMO), body);
    assertTrue(body.contains(TEXT.get(2)), body);
    String without = HtmlExtractor.with(ExtractionRules.DEFAULT.without(Set.of("json-ld-inserts", "json-ld-edges")))
        .article(page.toString(), null).body();
    assertTrue(without.contains(PROMO), "the rules are what drop it: " + without);
  }
}
