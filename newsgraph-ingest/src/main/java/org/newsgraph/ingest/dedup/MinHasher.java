package org.newsgraph.ingest.dedup;

import java.text.Normalizer;
import java.util.Locale;

/**
 * MinHash signatures of article text: the words (letters and digits, lower-cased, NFKC) are cut into overlapping
 * shingles of a given number of words, each shingle is hashed to 64 bits, and for each of {@link #HASHES} seeded
 * mixes the minimum is kept. Two signatures agree in a share of positions that estimates the Jaccard similarity of
 * the shingle sets, so "the same wire story, retitled and trimmed" scores high and two stories on one topic score
 * low. Deterministic: signatures persisted in the store stay comparable across runs as long as the scheme
 * ({@link NearDuplicateRule#scheme()}) is unchanged. Used through {@link NearDuplicateRule}.
 */
final class MinHasher {
  static final int HASHES = 64;
  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + 0x632BE59BD9B4E019L * (i + 1));
      SEEDS[i] = x;
    }
  }

  private MinHasher() {}

  /**
   * The signature of {@code text} over shingles of {@code shingleWords} words; a text with no words gets a signature
   * that matches nothing (all max).
   */
  static int[] signature(String text, int shingleWords) {
    long[] words = words(text);
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    if (words.length == 0) {
      return sig;
    }
    int n = Math.max(1, words.length - shingleWords + 1);
    for (int i = 0; i < n; i++) {
      long h = 0x84222325CBF29CE4L;
      for (int k = i; k < Math.min(words.length, i + shingleWords); k++) {
        h = mix(h ^ words[k]) * 31;
      }
      for (int j = 0; j < HASHES; j++) {
        int v = (int) (mix(h ^ SEEDS[j]) >>> 33);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
  }

  /** The share of positions where two signatures agree: an estimate of the shingles' Jaccard similarity. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /** 64-bit hashes of the words of {@code text}. */
  static long[] words(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    long[] out = new long[Math.max(8, t.length() / 5)];
    int n = 0;
    long h = 0;
    boolean in = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = (in ? h : 0xCBF29CE484222325L) ^ c;
        h *= 0x100000001B3L;
        in = true;
      } else if (in) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = h;
        in = false;
      }
    }
    if (in) {
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n + 1);
      }
      out[n++] = h;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** A strong 64-bit finaliser (SplitMix64's), so nearby inputs give unrelated outputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
