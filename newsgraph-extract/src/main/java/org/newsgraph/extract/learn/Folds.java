package org.newsgraph.extract.learn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which fold an item belongs to, decided by a hash of its key (a document, a record), so that all items of one key
 * fall in the same fold, the split is the same on every run, and adding items does not move the others.
 */
public final class Folds {
  private Folds() {}

  /** The fold of {@code key} among {@code folds} (0-based), from the first bytes of its SHA-1. */
  public static int of(String key, int folds) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
      long v = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
      return (int) (v % folds);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
