package org.newsgraph.stories.profile;

import java.util.HashMap;
import java.util.Map;

/** Raw counts to weights: (1 + ln tf) × idf, scaled to length 1, the heaviest {@code limit} keys kept. */
public final class Vectors {
  private Vectors() {}

  /** Counts to (1 + ln tf), scaled to length 1: an article's share of a story's sum, before any weighing. */
  public static SparseVector logTf(SparseVector counts) {
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      double tf = counts.weight(i);
      if (tf > 0) {
        m.put(counts.key(i), (float) ((1 + Math.log(Math.max(1, tf))) * Math.min(1, tf)));
      }
    }
    return SparseVector.of(m).unit();
  }

  /** Each weight times the key's idf now. */
  public static SparseVector reweigh(SparseVector v, DocumentFrequencies df) {
    String[] k = new String[v.size()];
    float[] w = new float[v.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = v.key(i);
      w[i] = (float) (v.weight(i) * df.idf(k[i]));
    }
    return SparseVector.sorted(k, w);
  }

  /**
   * {@link #reweigh(SparseVector, DocumentFrequencies)} with the keys' counters at hand ({@code counters[i]} is
   * the counter of {@code v.key(i)}): the same vector, without a lookup per key.
   */
  public static SparseVector reweigh(SparseVector v, DocumentFrequencies.Counter[] counters,
      DocumentFrequencies df) {
    String[] k = new String[v.size()];
    float[] w = new float[v.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = v.key(i);
      w[i] = (float) (v.weight(i) * df.idf(counters[i].count()));
    }
    return SparseVector.sorted(k, w);
  }

  /**
   * {@code a.cosine(reweigh(v, counters, df))} over the keys of {@code v} whose count is at most {@code most}, without
   * making the reweighed vector: the same sums in the same order, so the same value to the last bit. What scoring a
   * candidate story needs of most of its channels, for a few hundred keys per story.
   */
  public static double cosineReweighed(SparseVector a, SparseVector v, DocumentFrequencies.Counter[] counters,
      DocumentFrequencies df, double most) {
    double norm = 0;
    double dot = 0;
    int i = 0;
    for (int j = 0; j < v.size(); j++) {
      int count = counters[j].count();
      if (count > most) {
        continue;
      }
      float w = (float) (v.weight(j) * df.idf(count));
      norm += (double) w * w;
      String k = v.key(j);
      while (i < a.size() && a.key(i).compareTo(k) < 0) {
        i++;
      }
      if (i < a.size() && a.key(i).equals(k)) {
        dot += (double) a.weight(i++) * w;
      }
    }
    double n = a.norm() * Math.sqrt(norm);
    return n == 0 ? 0 : dot / n;
  }

  /** The counters of the keys of {@code v}, in its order (what the counter-taking {@code reweigh} reads). */
  public static DocumentFrequencies.Counter[] counters(SparseVector v, DocumentFrequencies df) {
    DocumentFrequencies.Counter[] c = new DocumentFrequencies.Counter[v.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = df.counter(v.key(i));
    }
    return c;
  }

  /** The {@code limit} keys of {@code v} that weigh most once weighed by idf, with their weights unchanged. */
  public static SparseVector topByWeight(SparseVector v, DocumentFrequencies df, int limit) {
    if (v.size() <= limit) {
      return v;
    }
    SparseVector kept = reweigh(v, df).top(limit);
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < kept.size(); i++) {
      m.put(kept.key(i), v.get(kept.key(i)));
    }
    return SparseVector.of(m);
  }

  public static SparseVector weigh(SparseVector counts, DocumentFrequencies df, int limit) {
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      double tf = counts.weight(i);
      if (tf <= 0) {
        continue;
      }
      double w = (1 + Math.log(Math.max(1, tf))) * Math.min(1, tf) * df.idf(counts.key(i));
      m.put(counts.key(i), (float) w);
    }
    return SparseVector.of(m).top(limit).unit();
  }
}
