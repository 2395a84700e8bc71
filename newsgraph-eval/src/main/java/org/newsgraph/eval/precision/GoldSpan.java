package org.newsgraph.eval.precision;

import org.newsgraph.core.Span;

/**
 * A stretch of the article's text as the gold gives it: character offsets into the text the reader makes, and the
 * words they cover (so that a person can check the gold, and the offsets can be found again if the text moves).
 */
public record GoldSpan(int begin, int end, String words) {
  public GoldSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public Span span() {
    return new Span(begin, end);
  }

  /** Whether the two share at least one character. */
  public boolean overlaps(Span other) {
    return other != null && begin < other.end() && other.begin() < end;
  }
}
