package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into text, or says clearly why they are not text. Order: BOM, strict UTF-8, then Windows-1252
 * (a superset of Latin-1's printable range, the usual charset of old news files such as BBC's sport/199.txt).
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Decodes {@code bytes}; throws {@link NotTextException} for empty or binary content. */
  public static DecodedText decode(byte[] bytes) throws NotTextException {
    if (bytes.length == 0) {
      throw new NotTextException("empty file");
    }
    int offset = 0;
    Charset bomCharset = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
      bomCharset = StandardCharsets.UTF_8;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      offset = 2;
      bomCharset = StandardCharsets.UTF_16LE;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      offset = 2;
      bomCharset = StandardCharsets.UTF_16BE;
    }
    if (bomCharset == null && looksBinary(bytes)) {
      throw new NotTextException("binary content, not text (" + describeMagic(bytes) + ")");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    if (bomCharset != null) {
      return done(bomCharset.decode(buf).toString(), bomCharset, false);
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buf).toString();
      return done(s, StandardCharsets.UTF_8, false);
    } catch (CharacterCodingException e) {
      buf.rewind();
      return done(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), WINDOWS_1252, true);
    }
  }

  private static DecodedText done(String s, Charset cs, boolean fellBack) throws NotTextException {
    String text = s.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw new NotTextException("no text (only white space)");
    }
    return new DecodedText(text, cs, fellBack);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A NUL byte, or more than 10% control characters other than tab/newline/CR/form feed, in the first 8 KiB. */
  public static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B && c != 0x03 && c != 0x02) {
        control++;
      }
    }
    return control * 10 > n;
  }

  /** What binary bytes look like ("gzip data", "a PNG image"), for error messages. */
  public static String describe(byte[] b) {
    return describeMagic(b);
  }

  private static String describeMagic(byte[] b) {
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip data";
    }
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
      return "a PDF";
    }
    if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
      return "a PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      return "a ZIP archive";
    }
    if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
      return "an ELF executable";
    }
    return "NUL or control bytes";
  }

  /** Bytes that are not readable as article text. */
  public static final class NotTextException extends Exception {
    public NotTextException(String message) {
      super(message);
    }
  }
}
