package org.newsgraph.core;

import java.time.LocalDate;

/**
 * A time expression with its TIMEX3 normalisation and the interval it denotes.
 *
 * @param span     where it is in the article text
 * @param type     TIMEX3 type
 * @param value    TIMEX3 value: {@code 2025-01-31}, {@code 2024-08}, {@code 2025-W50}, {@code P6M}, {@code PAST_REF}
 * @param mod      TIMEX3 mod (EARLY, MID, LATE, APPROX, START, END, MORE_THAN, LESS_THAN…) or null
 * @param begin    first day of the resolved interval, inclusive, or null when open or unresolved
 * @param end      day after the resolved interval, exclusive, or null when open or unresolved
 * @param relative in an article with no date, the offset from its unknown publication date when the expression is
 *                 one ("last year" {@code -P1Y}, "next month" {@code P1M}, "three days ago" {@code -P3D}, "this
 *                 week" {@code P0W}, "last quarter" {@code -P1Q}), counted in the unit of {@code value}'s
 *                 granularity; null otherwise (dated articles, and expressions such as "Tuesday" or "in March" whose
 *                 distance depends on the date itself)
 * @param confidence the probability, 0..1, that the expression is right (a gold TIMEX3 overlaps it and has its
 *                   value), calibrated on labelled data; null when no model gave one
 */
public record TimeExpression(Span span, TimexType type, String value, String mod, LocalDate begin,
    LocalDate end, String relative, Double confidence) {

  public TimeExpression {
    if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("a confidence is between 0 and 1: " + confidence);
    }
  }

  /** A time expression with no confidence given. */
  public TimeExpression(Span span, TimexType type, String value, String mod, LocalDate begin, LocalDate end,
      String relative) {
    this(span, type, value, mod, begin, end, relative, null);
  }

  /** A time expression that is not an offset from an unknown date, with no confidence given. */
  public TimeExpression(Span span, TimexType type, String value, String mod, LocalDate begin, LocalDate end) {
    this(span, type, value, mod, begin, end, null, null);
  }

  /** This expression with {@code relative} set. */
  public TimeExpression withRelative(String offset) {
    return new TimeExpression(span, type, value, mod, begin, end, offset, confidence);
  }

  /** This expression with {@code confidence} set (null for none). */
  public TimeExpression withConfidence(Double c) {
    return new TimeExpression(span, type, value, mod, begin, end, relative, c);
  }
}
