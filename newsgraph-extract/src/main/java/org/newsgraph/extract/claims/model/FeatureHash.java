package org.newsgraph.extract.claims.model;

/**
 * A 64-bit FNV-1a hash over the UTF-16 characters of a feature's name, computed part by part: hashing "ab" then "c"
 * gives the hash of "abc". The tagger keys its weights by this hash at run time, so no feature string is built there.
 */
public final class FeatureHash {
  static final long START = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private FeatureHash() {}

  /** The hash of {@code name}. */
  public static long of(String name) {
    return mix(START, name);
  }

  /** {@code h} continued over the characters of {@code part}. */
  static long mix(long h, String part) {
    long x = h;
    for (int i = 0; i < part.length(); i++) {
      x ^= part.charAt(i);
      x *= PRIME;
    }
    return x;
  }
}
