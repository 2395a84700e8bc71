package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The kinds of input {@code newsgraph ingest} reads. {@link #sniff} decides by content (the first bytes, gunzipped
 * when they are gzip), not by file name: a feed saved as .html or a WARC without its extension is still read right.
 */
public enum Format {
  TEXT, HTML, FEED, WARC, JSONL, REUTERS;

  /** Parses a {@code --format} value ("html", "warc", ...). */
  public static Format of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + name + "' (use text, html, feed, warc, jsonl or "
          + "reuters)");
    }
  }

  /** The format of {@code file} by its first bytes; TEXT when nothing more specific fits. */
  public static Format sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      // .warc.gz, .html.gz, .jsonl.gz ...: the format of what it holds (Sources gunzips as it reads)
      byte[] inner = gunzippedHead(file, 4096);
      return inner.length == 0 ? TEXT : sniff(inner);
    }
    return sniff(head);
  }

  /**
   * Up to {@code max} bytes of the gunzipped content of {@code file}: as many as come before the data breaks off
   * when it is damaged or truncated (a .warc.gz cut in its second record still begins "WARC/"), none when its very
   * first bytes are broken (then the text reader names the problem).
   */
  private static byte[] gunzippedHead(Path file, int max) throws IOException {
    byte[] buf = new byte[max];
    int n = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      while (n < max) {
        int r = in.read(buf, n, max - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException | RuntimeException e) {
      // damaged or truncated: what came before it is what there is to go by
    }
    return java.util.Arrays.copyOf(buf, n);
  }

  /** The format of content that starts with {@code head}. */
  public static Format sniff(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1);
    if (s.startsWith("\u00EF\u00BB\u00BF")) {
      s = s.substring(3);
    }
    String t = s.stripLeading();
    String lower = t.toLowerCase(Locale.ROOT);
    if (t.startsWith("WARC/")) {
      return WARC;
    }
    if (lower.startsWith("<reuters") || lower.startsWith("<!doctype lewis")) {
      return REUTERS;
    }
    if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")
        || lower.startsWith("<rdf:rdf")) {
      if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
        return FEED;
      }
      return lower.contains("<html") ? HTML : TEXT;
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<!--")
        && lower.contains("<html") || lower.startsWith("<head") || lower.startsWith("<meta")) {
      return HTML;
    }
    if (t.startsWith("{")) {
      return JSONL;
    }
    return TEXT;
  }
}
