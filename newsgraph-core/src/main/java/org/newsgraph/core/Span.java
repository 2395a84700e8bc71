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

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  /** The covered text of {@code text}. */
  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
  }
}
