package org.newsgraph.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Locality-sensitive hashing over MinHash signatures, for one {@link NearDuplicateRule}: two articles become
 * candidates when any of the rule's band keys is equal, and a candidate is a near-duplicate when the rule calls its
 * similarity a copy. A lookup touches only the articles that share a band bucket (at most the 64 latest per
 * bucket), so its cost does not grow with the number of articles indexed.
 *
 * <p>With 16 bands of 4 rows, stories with Jaccard 0.6 are found 89% of the time, 0.7 99%, 0.8 always; stories
 * at 0.3 become candidates 12% of the time and are then rejected by the full comparison.
 *
 * <p>Memory is primitive arrays: per article 64 ints of signature and 16 bucket entries (about 450 bytes). Not
 * thread-safe; the ingest loop owns it.
 */
public final class LshIndex {
  private final NearDuplicateRule rule;
  private final List<String> ids = new ArrayList<>();
  private int[] signatures = new int[1024 * MinHasher.HASHES];
  // Open-addressing table: bucket key -> head entry; entries chain by next[].
  private long[] keys = new long[1 << 12];
  private int[] heads = new int[1 << 12];
  private int used;
  private int[] entryDoc = new int[1 << 12];
  private int[] entryNext = new int[1 << 12];
  private int entries;

  LshIndex(NearDuplicateRule rule) {
    this.rule = rule;
    Arrays.fill(heads, -1);
  }

  /** The best match of at least the threshold, if any. */
  public record Match(String articleId, double similarity) {}

  public int size() {
    return ids.size();
  }

  /** Adds an article's signature. */
  public void add(String articleId, int[] signature) {
    int doc = ids.size();
    ids.add(articleId);
    if ((doc + 1) * MinHasher.HASHES > signatures.length) {
      signatures = Arrays.copyOf(signatures, signatures.length * 2);
    }
    System.arraycopy(signature, 0, signatures, doc * MinHasher.HASHES, MinHasher.HASHES);
    for (long key : rule.bands(signature)) {
      insert(key, doc);
    }
  }

  /** The indexed article most similar to {@code signature}, when at least the threshold. */
  public Optional<Match> nearest(int[] signature) {
    int best = -1;
    double bestSim = 0;
    int[] seen = new int[8];
    int nSeen = 0;
    for (long key : rule.bands(signature)) {
      int slot = find(key);
      if (slot < 0) {
        continue;
      }
      int checked = 0;
      for (int e = heads[slot]; e >= 0 && checked < 64; e = entryNext[e], checked++) {
        int doc = entryDoc[e];
        boolean dup = false;
        for (int i = 0; i < nSeen; i++) {
          if (seen[i] == doc) {
            dup = true;
            break;
          }
        }
        if (dup) {
          continue;
        }
        if (nSeen == seen.length) {
          seen = Arrays.copyOf(seen, nSeen * 2);
        }
        seen[nSeen++] = doc;
        double sim = similarity(signature, doc);
        if (sim > bestSim || sim == bestSim && best >= 0 && doc < best) {
          bestSim = sim;
          best = doc;
        }
      }
    }
    return best >= 0 && rule.isCopy(bestSim) ? Optional.of(new Match(ids.get(best), bestSim)) : Optional.empty();
  }

  private double similarity(int[] sig, int doc) {
    int base = doc * MinHasher.HASHES;
    int same = 0;
    for (int i = 0; i < MinHasher.HASHES; i++) {
      if (signatures[base + i] == sig[i]) {
        same++;
      }
    }
    return (double) same / MinHasher.HASHES;
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private void insert(long key, int doc) {
    if ((used + 1) * 2 > keys.length) {
      rehash();
    }
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      keys[i] = key;
      heads[i] = -1;
      used++;
    }
    if (entries == entryDoc.length) {
      entryDoc = Arrays.copyOf(entryDoc, entries * 2);
      entryNext = Arrays.copyOf(entryNext, entries * 2);
    }
    entryDoc[entries] = doc;
    entryNext[entries] = heads[i];
    heads[i] = entries++;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    Arrays.fill(heads, -1);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        heads[i] = oldHeads[j];
      }
    }
  }
}
