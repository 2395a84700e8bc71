package org.newsgraph.store;

import java.time.LocalDate;

/**
 * One article found by {@link NewsStore#search}.
 *
 * @param articleId  the article
 * @param headline   its headline, or null
 * @param date       its anchor date (published, else updated), or null
 * @param score      relevance (BM25), only comparable within one result list
 * @param snippet    a passage or two of the body (or the headline) with the matched words wrapped in « »; not
 *                   HTML-escaped
 */
public record SearchHit(String articleId, String headline, LocalDate date, float score, String snippet) {}
