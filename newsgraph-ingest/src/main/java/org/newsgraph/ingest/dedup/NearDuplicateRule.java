package org.newsgraph.ingest.dedup;

import java.io.Serializable;
import org.newsgraph.core.NewsgraphConfig;

/**
 * The one definition of a near-duplicate, used by {@code newsgraph ingest}, the server and the Spark job alike:
 * the text's words (letters and digits, lower-cased, NFKC) are cut into overlapping shingles of
 * {@code dedup.shingleWords} words; a MinHash signature of {@value MinHasher#HASHES} values estimates the Jaccard
 * similarity of two texts' shingle sets; the signature's {@value #BANDS} bands of {@value #ROWS} values are the LSH
 * buckets in which candidates are looked for; and a candidate whose estimated similarity to an earlier article is
 * at least {@code dedup.threshold} is another publication of that article. Earlier articles that are themselves
 * copies are not candidates: a copy is folded into the most similar earlier original (the earliest on a tie).
 *
 * <p>Serializable (two numbers), so the Spark job ships it to its executors.
 */
public final class NearDuplicateRule implements Serializable {
  private static final long serialVersionUID = 1L;
  /** LSH bands: with 4 rows each, stories at similarity 0.6 share a band 89% of the time, 0.7 99%, 0.8 always. */
  public static final int BANDS = 16;
  public static final int ROWS = MinHasher.HASHES / BANDS;

  private final int shingleWords;
  private final double threshold;

  public NearDuplicateRule(NewsgraphConfig.Dedup settings) {
    if (settings.shingleWords() < 1) {
      throw new IllegalArgumentException("dedup.shingleWords must be at least 1: " + settings.shingleWords());
    }
    if (!(settings.threshold() > 0 && settings.threshold() <= 1)) {
      throw new IllegalArgumentException("dedup.threshold must be in (0, 1]: " + settings.threshold());
    }
    this.shingleWords = settings.shingleWords();
    this.threshold = settings.threshold();
  }

  /** Names the shingling and hashing; stored with each signature, so a changed definition is not compared. */
  public String scheme() {
    return "minhash.w" + shingleWords + ".h" + MinHasher.HASHES + ".v1";
  }

  public double threshold() {
    return threshold;
  }

  /** The MinHash signature of {@code text}. */
  public int[] signature(String text) {
    return MinHasher.signature(text, shingleWords);
  }

  /** The share of positions where two signatures agree: an estimate of the shingles' Jaccard similarity. */
  public double similarity(int[] a, int[] b) {
    return MinHasher.similarity(a, b);
  }

  /** Whether a text at {@code similarity} to an earlier one is a copy of it. */
  public boolean isCopy(double similarity) {
    return similarity >= threshold;
  }

  /** The LSH bucket keys of a signature, one per band (never 0); two texts are candidates when any key is equal. */
  public long[] bands(int[] signature) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = 0x9E3779B97F4A7C15L * (b + 1);
      for (int r = 0; r < ROWS; r++) {
        h = MinHasher.mix(h ^ (signature[b * ROWS + r] & 0xFFFFFFFFL));
      }
      keys[b] = h == 0 ? 1 : h; // 0 marks a free slot in the index
    }
    return keys;
  }

  /** An empty index that finds near-duplicates by this rule. */
  public LshIndex newIndex() {
    return new LshIndex(this);
  }
}
