package org.newsgraph.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Content-hash ids: the same words give the same id, whatever the whitespace, case or Unicode form. */
public final class ArticleIds {
  private ArticleIds() {}

  /** A 16-hex-digit id from the SHA-256 of the normalized text. */
  public static String of(String text) {
    return sha256(normalize(text)).substring(0, 16);
  }

  static String normalize(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    return n.replaceAll("\\s+", " ").strip();
  }

  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
