package org.newsgraph.stories.profile;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * In how many articles each key (a term, an entity, an event key, a month) has been seen so far: the online inverse
 * document frequency of the stream. Deterministic for the same input order; the store keeps the counts.
 */
public final class DocumentFrequencies {
  /**
   * One key's live count. A story keeps the counters of its keys ({@link #counter}), so scoring it against an
   * article reads each key's count without a lookup in a map of every key seen (the lookups cost more the larger
   * the map: cache misses; measured with JFR on {@code bench stories}).
   */
  public static final class Counter {
    private int n;

    public int count() {
      return n;
    }
  }

  /** Counts below this have their idf kept for the current number of articles ({@link #idf(int)}). */
  private static final int IDF_CACHE = 1024;

  private final Map<String, Counter> df = new HashMap<>();
  /** idf by count for {@link #idfFor} articles; NaN where not computed yet. */
  private final double[] idfs = new double[IDF_CACHE];
  private long idfFor = -1;
  private final java.util.Set<String> changed = new java.util.LinkedHashSet<>();
  private long articles;

  /** Counts one more article holding {@code keys}, and returns nothing: call before {@link #idf} for it. */
  public void add(Iterable<String> keys) {
    articles++;
    for (String k : keys) {
      df.computeIfAbsent(k, x -> new Counter()).n++;
      changed.add(k);
    }
  }

  /** The keys counted since the last call, with their counts now (what the store writes), and forgets them. */
  public Map<String, Integer> drainChanged() {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (String k : changed) {
      out.put(k, count(k));
    }
    changed.clear();
    return out;
  }

  /** Restores a stored count (loading). */
  public void restore(String key, int count) {
    df.computeIfAbsent(key, x -> new Counter()).n = count;
  }

  public void restoreArticles(long n) {
    articles = n;
  }

  public long articles() {
    return articles;
  }

  public int count(String key) {
    Counter c = df.get(key);
    return c == null ? 0 : c.n;
  }

  /**
   * The live counter of {@code key}: it follows every later {@link #add} and {@link #restore}. A key not seen yet
   * gets one at 0, which {@link #size} and {@link #forEach} do not show until an article holds the key.
   */
  public Counter counter(String key) {
    return df.computeIfAbsent(key, x -> new Counter());
  }

  /** Smoothed: ln((N + 1) / (df + 1)) + 1, so a key every article has still weighs a little. */
  public double idf(String key) {
    return idf(count(key));
  }

  /** {@link #idf(String)} for a count read from a {@link Counter}. */
  public double idf(int count) {
    if (count < 0 || count >= IDF_CACHE) {
      return Math.log((articles + 1.0) / (count + 1.0)) + 1.0;
    }
    // scoring a candidate story reweighs a few hundred keys whose counts are mostly small: one logarithm per
    // count and article count, not per key (the same value: the same expression, computed once)
    if (idfFor != articles) {
      java.util.Arrays.fill(idfs, Double.NaN);
      idfFor = articles;
    }
    double x = idfs[count];
    if (Double.isNaN(x)) {
      x = Math.log((articles + 1.0) / (count + 1.0)) + 1.0;
      idfs[count] = x;
    }
    return x;
  }

  public int size() {
    int n = 0;
    for (Counter c : df.values()) {
      n += c.n > 0 ? 1 : 0;
    }
    return n;
  }

  public void forEach(ObjIntConsumer<String> out) {
    df.forEach((k, v) -> {
      if (v.n > 0) {
        out.accept(k, v.n);
      }
    });
  }
}
