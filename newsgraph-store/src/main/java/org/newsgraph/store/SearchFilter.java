package org.newsgraph.store;

import java.time.LocalDate;

/**
 * What a search is narrowed to besides its words, each ignoring case and null for no narrowing: a resolved time
 * expression or event of the article overlapping [{@code from}, {@code to}), an event of {@code type}, a claim of
 * {@code stance}, and {@code outlet} as the article's outlet or the outlet of one of its publications. The tables'
 * definition ({@code ArticleReader.articlesMatching}), answered by the search index.
 */
public record SearchFilter(LocalDate from, LocalDate to, String type, String stance, String outlet) {
  /** No narrowing at all. */
  public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null);

  public boolean isEmpty() {
    return from == null && to == null && type == null && stance == null && outlet == null;
  }
}
