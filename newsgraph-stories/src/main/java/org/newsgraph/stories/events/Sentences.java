package org.newsgraph.stories.events;

import org.newsgraph.core.Span;

/**
 * The sentence around a span, found in the text alone (so a fresh analysis and the store's tables agree): from
 * after the last sentence end (". ", "? ", "! " or a line break) before it to the next one after it, at most
 * {@link #REACH} characters either way.
 */
final class Sentences {
  static final int REACH = 300;

  private Sentences() {}

  static Span around(String text, Span s) {
    int lo = Math.max(0, s.begin() - REACH);
    int begin = lo;
    for (int i = s.begin() - 1; i >= lo; i--) {
      if (end(text, i)) {
        begin = i + 1;
        break;
      }
    }
    int hi = Math.min(text.length(), s.end() + REACH);
    int endAt = hi;
    for (int i = s.end(); i < hi; i++) {
      if (end(text, i)) {
        endAt = i + 1;
        break;
      }
    }
    return new Span(Math.min(begin, s.begin()), Math.max(endAt, s.end()));
  }

  private static boolean end(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    return (c == '.' || c == '?' || c == '!') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }
}
