package org.newsgraph.ingest.html;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page says about itself, from its JSON-LD ({@code NewsArticle} and kin), Open Graph, {@code <meta>} and
 * {@code <time>} elements, in that order of trust. Every field may be null (authors empty) when the page is silent.
 *
 * @param headline      the article's headline
 * @param authors       bylines, in page order, without "By"
 * @param publisher     the outlet ("The Guardian")
 * @param published     date of first publication
 * @param modified      date of the last change
 * @param canonicalUrl  the page's canonical URL
 * @param language      ISO 639-1 code from {@code <html lang>} or metadata
 * @param description   the summary the page gives for sharing
 * @param articleBody   the full body text some sites put in their JSON-LD (a cross-check for extraction)
 */
public record PageMetadata(String headline, List<String> authors, String publisher, LocalDate published,
    LocalDate modified, String canonicalUrl, String language, String description, String articleBody) {
  public PageMetadata {
    authors = List.copyOf(authors);
  }
}
