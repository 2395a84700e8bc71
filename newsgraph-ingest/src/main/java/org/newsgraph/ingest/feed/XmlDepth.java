package org.newsgraph.ingest.feed;

/**
 * How deep the elements of an XML document nest, found by one pass over its bytes before any parser sees them.
 * Rome builds a JDOM tree, and JDOM checks every new child against all its ancestors, so a feed of tens of
 * thousands of nested elements takes minutes to parse: such a feed is refused at once instead. Comments, CDATA
 * sections (where an item's HTML usually sits), processing instructions and quoted attribute values are skipped;
 * the structural characters are ASCII, so the bytes of UTF-8 and the single-byte encodings are read alike.
 */
final class XmlDepth {
  private XmlDepth() {}

  /** Whether some element of {@code b} lies more than {@code max} elements deep. */
  static boolean exceeds(byte[] b, int max) {
    int depth = 0;
    int i = 0;
    while (i < b.length) {
      if (b[i] != '<') {
        i++;
        continue;
      }
      if (startsWith(b, i, "<![CDATA[")) {
        i = after(b, i + 9, "]]>");
      } else if (startsWith(b, i, "<!--")) {
        i = after(b, i + 4, "-->");
      } else if (startsWith(b, i, "<?")) {
        i = after(b, i + 2, "?>");
      } else if (startsWith(b, i, "<!") || startsWith(b, i, "</")) {
        if (b.length > i + 1 && b[i + 1] == '/') {
          depth = Math.max(0, depth - 1);
        }
        i = after(b, i + 2, ">");
      } else {
        int end = tagEnd(b, i + 1);
        boolean selfClosing = end < b.length && b[end - 1] == '/';
        if (!selfClosing && ++depth > max) {
          return true;
        }
        i = end + 1;
      }
    }
    return false;
  }

  /** The index of the {@code >} that closes a start tag, quoted values skipped; the length if none does. */
  private static int tagEnd(byte[] b, int from) {
    byte quote = 0;
    for (int i = from; i < b.length; i++) {
      byte c = b[i];
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return b.length;
  }

  private static int after(byte[] b, int from, String end) {
    for (int i = from; i + end.length() <= b.length; i++) {
      if (startsWith(b, i, end)) {
        return i + end.length();
      }
    }
    return b.length;
  }

  private static boolean startsWith(byte[] b, int at, String s) {
    if (at + s.length() > b.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
