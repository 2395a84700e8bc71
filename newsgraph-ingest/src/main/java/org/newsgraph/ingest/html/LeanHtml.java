package org.newsgraph.ingest.html;

/**
 * Removes from raw markup, in one linear pass before parsing, the parts that are never article text and that make
 * big pages big: scripts (JSON-LD kept, it carries the page's metadata), style sheets, inline SVG, templates,
 * comments, and attribute values over {@link #MAX_ATTRIBUTE} characters (inline {@code data:} images, serialised
 * app state). A 50 MB page is mostly such parts, so the parsed tree stays small; the extractor drops these
 * elements anyway, so the article found is the same.
 */
final class LeanHtml {
  /** Attribute values longer than this are emptied (descriptions and URLs are far shorter). */
  static final int MAX_ATTRIBUTE = 8 * 1024;
  /** JSON-LD blocks longer than this are dropped too (no page states its metadata in megabytes). */
  static final int MAX_JSON_LD = 4 * 1024 * 1024;
  private static final String[] RAW = {"script", "style", "svg", "template"};

  private LeanHtml() {}

  static String of(String html) {
    StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 20));
    int n = html.length();
    int i = 0;
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0) {
        out.append(html, i, n);
        break;
      }
      out.append(html, i, lt);
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      if (lt + 1 < n && Character.isLetter(html.charAt(lt + 1))) {
        int tagEnd = tagEnd(html, lt + 1);
        String raw = rawElement(html, lt + 1);
        if (raw != null) {
          int close = indexOfIgnoreCase(html, "</" + raw, tagEnd);
          int after = close < 0 ? n : Math.max(close, html.indexOf('>', close) + 1);
          if ("script".equals(raw) && isJsonLd(html, lt, tagEnd) && after - lt <= MAX_JSON_LD) {
            out.append(html, lt, after);
          }
          i = after;
          continue;
        }
        copyTag(html, lt, tagEnd, out);
        i = tagEnd;
        continue;
      }
      out.append('<');
      i = lt + 1;
    }
    return out.toString();
  }

  /** The script/style/svg/template name the tag at {@code at} (just after '<') opens, or null. */
  private static String rawElement(String html, int at) {
    for (String r : RAW) {
      int end = at + r.length();
      if (html.regionMatches(true, at, r, 0, r.length())
          && (end >= html.length() || !Character.isLetterOrDigit(html.charAt(end)) && html.charAt(end) != '-')) {
        return r;
      }
    }
    return null;
  }

  private static boolean isJsonLd(String html, int from, int to) {
    return html.substring(from, to).toLowerCase(java.util.Locale.ROOT).contains("ld+json");
  }

  /** The index just past the tag that starts at {@code at}, quotes respected; the end of input if unclosed. */
  private static int tagEnd(String html, int at) {
    int n = html.length();
    char quote = 0;
    for (int i = at; i < n; i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return n;
  }

  /** Copies the tag, emptying quoted attribute values that are too long. */
  private static void copyTag(String html, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      char c = html.charAt(i);
      if ((c == '"' || c == '\'') && i > from && html.charAt(i - 1) == '=') {
        int close = html.indexOf(c, i + 1);
        if (close < 0 || close >= to) {
          out.append(html, i, to);
          return;
        }
        if (close - i - 1 > MAX_ATTRIBUTE) {
          out.append(c).append(c);
        } else {
          out.append(html, i, close + 1);
        }
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
  }

  private static int indexOfIgnoreCase(String s, String what, int from) {
    int n = s.length() - what.length();
    char first = what.charAt(0);
    for (int i = Math.max(0, from); i <= n; i++) {
      i = s.indexOf(first, i);
      if (i < 0 || i > n) {
        return -1;
      }
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }
}
