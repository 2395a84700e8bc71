package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Gzipped inputs ({@code .html.gz}, {@code .jsonl.gz}, {@code .xml.gz}, ...) read as what they hold: a file whose
 * first two bytes are gzip's magic is gunzipped as it is read, whatever its name. WARC archives are left to jwarc,
 * which reads gzip per record itself.
 */
public final class Compressed {
  private static final long MIB = 1024 * 1024;

  private Compressed() {}

  /** Whether {@code file} starts with gzip's magic bytes. */
  public static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(2);
      return head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }
  }

  /** The content of {@code file}, gunzipped when it is gzip. */
  public static InputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    if (!isGzip(file)) {
      return raw;
    }
    try {
      return new GZIPInputStream(raw, 64 * 1024);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * The whole content of {@code file}, gunzipped when it is gzip, refused when it is (or unpacks to) more than
   * {@code limit} bytes: a small archive cannot unpack into more memory than a plain file of the limit takes.
   */
  public static byte[] readAll(Path file, long limit) throws IOException {
    long size = Files.size(file);
    if (size > limit) {
      throw new TooLarge(size, "too large (" + size / MIB + " MiB; limit " + limit / MIB + " MiB)");
    }
    if (!isGzip(file)) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = open(file)) {
      byte[] b = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
      if (b.length > limit) {
        throw new TooLarge(b.length, "too large unpacked (over " + limit / MIB + " MiB, the limit)");
      }
      return b;
    }
  }

  /** Content over the limit (for gzip: unpacked so far). */
  public static final class TooLarge extends IOException {
    private final long bytes;

    TooLarge(long bytes, String message) {
      super(message);
      this.bytes = bytes;
    }

    public long bytes() {
      return bytes;
    }
  }
}
