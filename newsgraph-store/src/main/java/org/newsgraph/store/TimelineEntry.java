package org.newsgraph.store;

import java.time.LocalDate;

/**
 * A time expression found in the same sentence as a mention of an entity: resolved, or in an undated article an
 * offset from its unknown date ("last year").
 *
 * @param begin      first day of the resolved interval, inclusive; null for an offset from an unknown date
 * @param end        day after the resolved interval, exclusive; null when open-ended
 * @param value      TIMEX3 value ({@code 2025-01-31}, {@code 2024-08})
 * @param timeText   the words of the time expression as written
 * @param articleId  the article it is in
 * @param headline   that article's headline (may be null)
 * @param snippet    the sentence, whitespace collapsed, trimmed to about 240 characters around the time expression
 * @param relative   the offset from the article's unknown date ({@code -P1Y}) when {@code begin} is null, else null
 * @param confidence the time expression's confidence (0..1), null when unknown (stored before times had one)
 */
public record TimelineEntry(LocalDate begin, LocalDate end, String value, String timeText, String articleId,
    String headline, String snippet, String relative, Double confidence) {

  /** An entry with no confidence known. */
  public TimelineEntry(LocalDate begin, LocalDate end, String value, String timeText, String articleId,
      String headline, String snippet, String relative) {
    this(begin, end, value, timeText, articleId, headline, snippet, relative, null);
  }
}
