package org.newsgraph.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One news article as read from a source, before analysis.
 *
 * @param id          stable id: a hash of the normalized body text (see {@link ArticleIds})
 * @param source      where it came from: a file path with an optional {@code #n} part number, or a URL
 * @param outlet      the publisher when known (e.g. "Arab News"), else null
 * @param headline    the headline, page furniture and repeated copies removed; null when unknown
 * @param dateline    the dateline place as printed ("SEOUL", "NEW DELHI"), without the colon; null when none
 * @param agency      the wire agency the text credits (e.g. "AFP"), else null
 * @param published   the publication date when the source gives one, else null
 * @param updated     the last-updated date when the source gives one, else null
 * @param bullets     summary highlights shown above the body
 * @param captions    photo captions and credits, kept apart from the body
 * @param paragraphs  body paragraphs, as spans into {@code text}
 * @param language    ISO 639-1 code ("en")
 * @param text        the body text that all annotation offsets point into
 */
public record Article(
    String id,
    String source,
    String outlet,
    String headline,
    String dateline,
    String agency,
    LocalDate published,
    LocalDate updated,
    List<String> bullets,
    List<String> captions,
    List<Span> paragraphs,
    String language,
    String text) {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    bullets = List.copyOf(bullets);
    captions = List.copyOf(captions);
    paragraphs = List.copyOf(paragraphs);
    for (Span p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException("paragraph " + p + " is outside the text of " + source);
      }
    }
  }

  /**
   * A plain article over {@code text}, which is kept unchanged (gold offsets point into it): its paragraphs are the
   * stretches between blank lines (the whole text when it has none), its id the hash of the text, English, nothing
   * else known. What gold corpora and tests read.
   */
  public static Article ofText(String source, String text, LocalDate published) {
    List<Span> paragraphs = new ArrayList<>();
    Matcher m = BLANK_LINE.matcher(text);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        paragraphs.add(new Span(start, m.start()));
      }
      start = m.end();
    }
    if (start < text.length()) {
      paragraphs.add(new Span(start, text.length()));
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(new Span(0, text.length()));
    }
    return new Article(ArticleIds.of(text), source, null, null, null, null, published, null, List.of(), List.of(),
        paragraphs, "en", text);
  }

  /**
   * The date relative expressions in this article are anchored on: the publication date, else the update date,
   * else null (an undated article leaves relative dates unresolved rather than guessing today's).
   */
  public LocalDate anchorDate() {
    return published != null ? published : updated;
  }
}
