package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes web pages in the order the web decides a page's charset: a byte-order mark, then the HTTP
 * {@code Content-Type} header (from a WARC record), then the page's own {@code <meta charset>} or
 * {@code http-equiv} declaration, then strict UTF-8, then Windows-1252 (what browsers assume for Latin-1 labels).
 * A declared charset that the bytes contradict (invalid UTF-8 under a UTF-8 label) falls through to the next rule.
 */
public final class Charsets {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  private Charsets() {}

  /** How the page was decoded: the text and the rule that chose the charset ("bom", "http", "meta", ...). */
  public record Decoded(String text, Charset charset, String rule) {}

  /**
   * Decodes {@code bytes}; {@code httpCharset} is the header's charset label or null.
   *
   * @throws TextDecoder.NotTextException for empty or binary content
   */
  public static Decoded decodeHtml(byte[] bytes, String httpCharset) throws TextDecoder.NotTextException {
    if (bytes.length == 0) {
      throw new TextDecoder.NotTextException("empty page");
    }
    Charset bom = bom(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "bom");
    }
    if (TextDecoder.looksBinary(bytes)) {
      throw new TextDecoder.NotTextException("binary content, not HTML (" + TextDecoder.describe(bytes) + ")");
    }
    Charset http = lookup(httpCharset);
    if (http != null) {
      String s = strict(bytes, http);
      if (s != null) {
        return new Decoded(s, http, "http");
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    if (m.find()) {
      Charset meta = lookup(m.group(1));
      if (meta != null) {
        String s = strict(bytes, meta);
        if (s != null) {
          return new Decoded(s, meta, "meta");
        }
      }
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback");
  }

  static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** A charset by its label; Latin-1 and ASCII labels mean Windows-1252, as in browsers. Null if unknown. */
  static Charset lookup(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String l = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("latin-1") || l.equals("us-ascii")
        || l.equals("ascii") || l.equals("iso8859-1")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(l);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The bytes decoded with {@code cs}, or null when they are not valid in it. Validity is checked in chunks
   * through a small buffer, so a big page is held once as bytes and once as text, never as a third copy.
   */
  private static String strict(byte[] bytes, Charset cs) {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return null;
      }
      out.clear();
      if (r.isUnderflow()) {
        break; // all input taken
      }
    }
    CoderResult f;
    while ((f = d.flush(out)).isOverflow()) {
      out.clear();
    }
    if (f.isError()) {
      return null;
    }
    return new String(bytes, cs);
  }
}
