package org.newsgraph.stories.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What story clustering knows of one article: raw counts in four channels, made from the stored analysis alone
 * ({@link Profiles}), so stories can be rebuilt from the store's tables.
 *
 * @param articleId  the article
 * @param date       its date (published, else updated), or null: an undated article joins by content only
 * @param outlet     its outlet, or null
 * @param headline   its headline, or null (what a story is titled by)
 * @param terms      word stems, the headline's counted twice
 * @param entities   linked entities by mention (a name counts more than a demonym)
 * @param events     event types, and types with each linked participant ({@code ASSAULT|country:RUS})
 * @param dates      the months ({@code m:2025-01}) and years ({@code y:2025}) its resolved times and events fall in
 * @param numbers    the numbers written in it ({@code #6.1}, {@code #2009}, {@code #10,000}): tolls, magnitudes,
 *                   scores and years tell two similar events apart
 */
public record ArticleProfile(String articleId, LocalDate date, String outlet, String headline, SparseVector terms,
    SparseVector entities, SparseVector events, SparseVector dates, SparseVector numbers) {
  public ArticleProfile {
    Objects.requireNonNull(articleId, "articleId");
    terms = terms == null ? SparseVector.EMPTY : terms;
    entities = entities == null ? SparseVector.EMPTY : entities;
    events = events == null ? SparseVector.EMPTY : events;
    dates = dates == null ? SparseVector.EMPTY : dates;
    numbers = numbers == null ? SparseVector.EMPTY : numbers;
  }

  /** The channels in a fixed order (what the weights and the store's columns follow). */
  public SparseVector channel(Channel c) {
    return switch (c) {
      case TERMS -> terms;
      case ENTITIES -> entities;
      case EVENTS -> events;
      case DATES -> dates;
      case NUMBERS -> numbers;
    };
  }

  /** The kinds of evidence a story is recognised by. */
  public enum Channel { TERMS, ENTITIES, EVENTS, DATES, NUMBERS }
}
