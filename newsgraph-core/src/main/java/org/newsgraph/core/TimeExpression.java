package org.newsgraph.core;

import java.time.LocalDate;

/**
 * A time expression with its TIMEX3 normalisation and the interval it denotes.
 *
 * @param span   where it is in the article text
 * @param type   TIMEX3 type
 * @param value  TIMEX3 value: {@code 2025-01-31}, {@code 2024-08}, {@code 2025-W50}, {@code P6M}, {@code PAST_REF}
 * @param mod    TIMEX3 mod (EARLY, MID, LATE, APPROX, START, END, MORE_THAN, LESS_THAN…) or null
 * @param begin  first day of the resolved interval, inclusive, or null when open or unresolved
 * @param end    day after the resolved interval, exclusive, or null when open or unresolved
 */
public record TimeExpression(Span span, TimexType type, String value, String mod, LocalDate begin,
    LocalDate end) {}
