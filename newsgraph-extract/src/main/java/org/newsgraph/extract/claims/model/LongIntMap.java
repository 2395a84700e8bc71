package org.newsgraph.extract.claims.model;

/**
 * Feature hash → weight row, open addressing over two flat arrays: one probe per lookup in the common case, where a
 * map of boxed keys would chase pointers. Fixed size once built.
 */
final class LongIntMap {
  private final long[] keys;
  private final int[] values;
  private final boolean[] used;
  private final int mask;

  /** A map with room for {@code n} keys. */
  LongIntMap(int n) {
    int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    used = new boolean[cap];
    mask = cap - 1;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }

  /**
   * Maps {@code key} to {@code value}.
   *
   * @throws IllegalArgumentException when the key is already there (two feature names with one hash)
   */
  void put(long key, int value) {
    int i = slot(key);
    while (used[i]) {
      if (keys[i] == key) {
        throw new IllegalArgumentException("two features share the hash " + Long.toHexString(key));
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = value;
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    int i = slot(key);
    while (used[i]) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }
}
