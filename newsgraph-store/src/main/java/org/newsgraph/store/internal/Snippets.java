package org.newsgraph.store.internal;

/** Cuts readable snippets out of article text. */
final class Snippets {
  static final String ELLIPSIS = "…";

  private Snippets() {}

  /** The body passage with a match; else the headline with one; else the start of the body. */
  static String of(String text, String headline) {
    if (text != null && text.indexOf('«') >= 0) {
      return collapse(text);
    }
    if (headline != null && headline.indexOf('«') >= 0) {
      return collapse(headline);
    }
    return text == null ? "" : collapse(text);
  }

  /**
   * The text of [{@code begin}, {@code end}) with whitespace collapsed; if longer than {@code max} characters, a
   * window of about {@code max} around [{@code focusBegin}, {@code focusEnd}), cut at spaces and marked with "…".
   */
  static String around(String text, int begin, int end, int focusBegin, int focusEnd, int max) {
    begin = clamp(begin, 0, text.length());
    end = clamp(end, begin, text.length());
    String s = text.substring(begin, end);
    int fb = clamp(focusBegin - begin, 0, s.length());
    int fe = clamp(focusEnd - begin, fb, s.length());
    if (s.length() <= max) {
      return collapse(s);
    }
    int room = Math.max(0, max - (fe - fb));
    int from = Math.max(0, fb - room / 2);
    int to = Math.min(s.length(), from + Math.max(max, fe - fb));
    from = Math.max(0, Math.min(from, to - max));
    if (from > 0) {
      int space = s.indexOf(' ', from);
      if (space >= 0 && space < fb) {
        from = space + 1;
      }
    }
    if (to < s.length()) {
      int space = s.lastIndexOf(' ', to);
      if (space >= fe) {
        to = space;
      }
    }
    if (from > 0 && from < s.length() && Character.isLowSurrogate(s.charAt(from))) {
      from++;
    }
    if (to < s.length() && to > from && Character.isLowSurrogate(s.charAt(to))) {
      to--;
    }
    return (from > 0 ? ELLIPSIS : "") + collapse(s.substring(from, to)) + (to < s.length() ? ELLIPSIS : "");
  }

  static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
