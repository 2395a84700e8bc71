package org.newsgraph.stories.profile;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * In how many articles each key (a term, an entity, an event key, a month) has been seen so far: the online inverse
 * document frequency of the stream. Deterministic for the same input order; the store keeps the counts.
 */
public final class DocumentFrequencies {
  private final Map<String, int[]> df = new HashMap<>();
  private final java.util.Set<String> changed = new java.util.LinkedHashSet<>();
  private long articles;

  /** Counts one more article holding {@code keys}, and returns nothing: call before {@link #idf} for it. */
  public void add(Iterable<String> keys) {
    articles++;
    for (String k : keys) {
      df.computeIfAbsent(k, x -> new int[1])[0]++;
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
    df.computeIfAbsent(key, x -> new int[1])[0] = count;
  }

  public void restoreArticles(long n) {
    articles = n;
  }

  public long articles() {
    return articles;
  }

  public int count(String key) {
    int[] c = df.get(key);
    return c == null ? 0 : c[0];
  }

  /** Smoothed: ln((N + 1) / (df + 1)) + 1, so a key every article has still weighs a little. */
  public double idf(String key) {
    return Math.log((articles + 1.0) / (count(key) + 1.0)) + 1.0;
  }

  public int size() {
    return df.size();
  }

  public void forEach(ObjIntConsumer<String> out) {
    df.forEach((k, v) -> out.accept(k, v[0]));
  }
}
