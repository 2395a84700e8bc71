package org.newsgraph.core;

/**
 * A half-open character range [begin, end) into {@link Article#text()}. Annotations hold spans, never copied
 * strings, so every fact can be traced back to the words that support it.
 */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  // Comparisons and copies are counted as steps of work (Work#tally), so that a loop comparing every span with
  // every other one shows in a test of how work grows with the input.
  public boolean overlaps(Span other) {
    Work.tally(1);
    return begin < other.end && other.begin < end;
  }

  public boolean contains(Span other) {
    Work.tally(1);
    return begin <= other.begin && other.end <= end;
  }

  /** The covered text of {@code text}. */
  public String of(String text) {
    Work.tally(1 + length());
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
  }
}
