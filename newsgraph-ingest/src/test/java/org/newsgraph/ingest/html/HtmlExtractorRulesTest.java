package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor's boilerplate rules, each on a small page written for it. */
class HtmlExtractorRulesTest {
  private static final List<String> STORY = List.of(
      "The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks "
          + "in two of its supporting piers during a routine inspection last month.",
      "Repairs are expected to take at least eighteen months, the council said, and will cost about four million "
          + "euros, most of it paid from the regional transport budget.",
      "Local hauliers said the detour would add forty minutes to each trip and asked for a temporary ferry "
          + "service while the work goes on, a request the council said it would study.",
      "Cars, buses and bicycles may still cross the bridge, though a speed limit of thirty kilometres an hour "
          + "now applies along its whole length until the repairs are finished.");

  private static String story() {
    StringBuilder b = new StringBuilder();
    for (String p : STORY) {
      b.append("<p>").append(p).append("</p>\n");
    }
    return b.toString();
  }

  private static String body(String html) {
    return HtmlExtractor.extract(html, null).body();
  }

  /** With the rules the host-by-host ablation retired switched back on (ExtractionRules.RETIRED). */
  private static String bodyWithRetired(String html) {
    return HtmlExtractor.with(ExtractionRules.ALL).article(html, null).body();
  }

  private static void assertStory(String body) {
    for (String p : STORY) {
      assertTrue(body.contains(p), "missing paragraph in " + body);
    }
  }

  @Test
  void a_list_of_linked_headlines_with_blurbs_beside_the_article_is_left_out_when_the_retired_rules_are_on() {
    StringBuilder ticker = new StringBuilder("<div class=\"ticker\"><ul>");
    for (int i = 1; i <= 6; i++) {
      ticker.append("<li><a href=\"/story-").append(i).append("\">Minister number ").append(i)
          .append(" resigns over the budget row</a> <span>CAPITAL: The minister stepped down on Monday after "
              + "weeks of disagreement with the finance ministry about spending plans for next year.</span></li>");
    }
    ticker.append("</ul></div>");
    String body = bodyWithRetired("<html><body><div class=\"wrap\">" + ticker + "<div class=\"story\">" + story()
        + "</div></div></body></html>");
    assertStory(body);
    assertFalse(body.contains("resigns over the budget"), body);
  }

  @Test
  void a_linked_list_among_the_article_paragraphs_stays_part_of_it() {
    StringBuilder list = new StringBuilder("<ol>");
    for (int i = 1; i <= 5; i++) {
      list.append("<li><strong><a href=\"/n").append(i).append("\">Item ").append(i)
          .append(" of today's roundup names a company</a>.</strong> It explains what the company announced and "
              + "why investors cared about it this morning.</li>");
    }
    list.append("</ol>");
    String body = body("<html><body><div class=\"post\">" + story() + list + "<p>" + "That is all for today, "
        + "and the next roundup arrives tomorrow morning as usual." + "</p></div></body></html>");
    assertStory(body);
    assertTrue(body.contains("Item 3 of today's roundup names a company"), body);
  }

  @Test
  void teaser_cards_whose_headline_block_sits_inside_the_link_are_left_out() {
    StringBuilder cards = new StringBuilder("<section class=\"more\">");
    for (int i = 1; i <= 3; i++) {
      cards.append("<div class=\"card\"><a href=\"/c").append(i).append("\"><div>Another headline about ")
          .append("harbour bridges and their long repairs, number ").append(i).append("</div></a></div>");
    }
    cards.append("</section>");
    String body = body("<html><body><main><article>" + story() + "</article>" + cards + "</main></body></html>");
    assertStory(body);
    assertFalse(body.contains("Another headline"), body);
  }

  @Test
  void a_second_copy_of_the_whole_text_in_one_block_is_left_out_when_the_retired_rules_are_on() {
    String copy = String.join(" ", STORY) + " " + String.join(" ", STORY);
    String body = bodyWithRetired("<html><body><div class=\"story\">" + story() + "<div>" + copy
        + " Tags: bridges</div></div></body></html>");
    assertStory(body);
    assertEquals(STORY.size(), body.split("\n\n").length, body);
  }

  @Test
  void stamp_lines_and_the_page_title_are_left_out() {
    String body = body("<html><head><title>Harbour bridge closed to lorries - The Example Times</title></head>"
        + "<body><div class=\"story\"><h1>Harbour bridge closed to lorries - The Example Times</h1>"
        + "<div>Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019</div>" + story()
        + "<div>Updated an hour ago</div></div></body></html>");
    assertStory(body);
    assertFalse(body.contains("The Example Times"), body);
    assertFalse(body.contains("Published"), body);
    assertFalse(body.contains("hour ago"), body);
  }

  @Test
  void camel_case_caption_and_credit_containers_are_left_out_of_the_body_when_the_retired_rules_are_on() {
    String body = bodyWithRetired("<html><body><div class=\"ArticleBody\">" + story().replace("</p>\n<p>Repairs",
        "</p><div class=\"InlineImage-imageEmbedCaption\">The harbour bridge seen from the old town at dusk, with "
            + "lorries queuing at its northern end.</div><div class=\"InlineImage-imageEmbedCredit\">Jane Doe | "
            + "Example Agency</div><p>Repairs") + "</div></body></html>");
    assertStory(body);
    assertFalse(body.contains("seen from the old town"), body);
    assertFalse(body.contains("Example Agency"), body);
  }

  @Test
  void stamps_need_a_date_or_time_and_nothing_else() {
    assertTrue(Stamps.isStamp("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago"));
    assertTrue(Stamps.isStamp("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM"));
    assertTrue(Stamps.isStamp("2019-11-13T23:06:00+01:00"));
    assertFalse(Stamps.isStamp("5040"), "a table cell");
    assertFalse(Stamps.isStamp("May the best team win on Sunday"));
    assertFalse(Stamps.isStamp("Updated rules apply from March 3"));
  }

  @Test
  void an_embedded_post_between_paragraphs_is_kept_even_in_a_social_embed_box() {
    String tweet = "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>The bridge is closed "
        + "again and nobody told us, the queue reaches the roundabout now <a href=\"https://t.co/x\">"
        + "https://t.co/x</a></p>— A Driver (@driver) <a href=\"https://example.com/s/1\">June 2, 2025</a>"
        + "</blockquote></div>";
    String body = body("<html><body><div class=\"story\">" + story().replace("</p>\n<p>Local", "</p>" + tweet
        + "<p>Local") + "</div></body></html>");
    assertStory(body);
    assertTrue(body.contains("the queue reaches the roundabout now"), body);
  }

  @Test
  void advert_markers_bare_urls_and_cookie_notices_are_left_out_when_the_retired_rules_are_on() {
    String body = bodyWithRetired("<html><body><div class=\"story\">" + story().replace("</p>\n<p>Local",
        "</p><div>Advert</div><p>https://example.com/articles/harbour-bridge-closure-12345</p><p>Local")
        + "<p>This website uses cookies to improve your experience. We'll assume you're ok with this.</p>"
        + "</div></body></html>");
    assertStory(body);
    assertFalse(body.contains("Advert"), body);
    assertFalse(body.contains("https://"), body);
    assertFalse(body.contains("cookies"), body);
  }

  @Test
  void bylines_credits_sign_offs_and_furniture_lines_are_left_out() {
    String body = body("<html><body><div class=\"story\"><div>By JANE DOE and JOHN ROE</div>"
        + "<div>5 min read</div>" + story().replace("</p>\n<p>Local", "</p><div>Ana Lima/Example Times/Getty Images"
        + "</div><p>Local") + "<p>Jane Doe can be reached at jane@example.com. Follow her on Twitter @janedoe.</p>"
        + "</div></body></html>");
    assertStory(body);
    for (String junk : new String[] {"JANE DOE", "min read", "Getty", "reached at"}) {
      assertFalse(body.contains(junk), junk + " in " + body);
    }
  }

  @Test
  void a_quote_that_names_an_agency_is_not_a_credit() {
    String quote = "\u201cWe will rebuild it,\u201d the mayor told Reuters.";
    String body = body("<html><body><div class=\"story\">" + story().replace("</p>\n<p>Local",
        "</p><p>" + quote + "</p><p>Local") + "</div></body></html>");
    assertTrue(body.contains(quote), body);
  }

  @Test
  void a_sentence_made_mostly_of_links_inside_the_text_is_kept() {
    String cited = "<p>The closure follows <a href=\"/a\">a report on the cracked piers</a> and <a href=\"/b\">an "
        + "earlier inspection of the northern approach</a>.</p>";
    String body = body("<html><body><div class=\"story\">" + story().replace("</p>\n<p>Local", "</p>" + cited
        + "<p>Local") + "</div></body></html>");
    assertStory(body);
    assertTrue(body.contains("The closure follows a report on the cracked piers"), body);
  }

  @Test
  void the_standfirst_in_the_article_header_is_left_out_but_a_first_paragraph_marked_summary_stays() {
    String body = body("<html><body><article><header><h1>Bridge closed</h1><p>Engineers found cracks in two piers "
        + "and the council acted within a week of the report.</p></header><div class=\"articleDek\">The detour "
        + "adds forty minutes to each lorry trip across the harbour.</div>" + story().replaceFirst("<p>",
        "<p id=\"speakable-summary\">") + "</article></body></html>");
    assertStory(body);
    assertFalse(body.contains("Engineers found cracks in two piers"), body);
    assertFalse(body.contains("The detour adds forty minutes"), body);
  }
}
