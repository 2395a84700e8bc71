package org.newsgraph.ingest.html;

import java.util.List;

/**
 * The article found in one HTML page: its body paragraphs (in reading order, navigation, ads, related links,
 * comments and captions removed), the image captions kept apart, and the page's metadata.
 *
 * @param paragraphs  body paragraphs; empty when the page holds no article text
 * @param captions    image captions and credits
 * @param metadata    what the page says about itself
 */
public record HtmlArticle(List<String> paragraphs, List<String> captions, PageMetadata metadata) {
  public HtmlArticle {
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
  }

  /** The body as one string, paragraphs separated by a blank line. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
