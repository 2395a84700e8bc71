package org.newsgraph.stories.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys with weights, sorted by key, so that a dot product is one merge. Immutable; what profiles and story
 * centroids are made of, and what the store keeps of them (two arrays).
 */
public final class SparseVector {
  public static final SparseVector EMPTY = new SparseVector(new String[0], new float[0]);

  private final String[] keys;
  private final float[] weights;
  /**
   * The norm, computed at the first call (NaN before): an article's vector is scored against every candidate story,
   * and its norm was summed again each time. The same loop, so the same value.
   */
  private double norm = Double.NaN;

  private SparseVector(String[] keys, float[] weights) {
    this.keys = keys;
    this.weights = weights;
  }

  /** From keys already sorted and distinct (not checked) and their weights, both used as they are. */
  static SparseVector sorted(String[] keys, float[] weights) {
    return new SparseVector(keys, weights);
  }

  /** From parallel arrays in any order; a repeated key adds up. */
  public static SparseVector of(List<String> keys, float[] weights) {
    // the store gives back the keys it saved, already in order: taken as they are (what the map and the sort below
    // would make of them; most of loading the stories' state at the first save after an open was this map and sort)
    boolean ascending = true;
    for (int i = 1; i < keys.size() && ascending; i++) {
      ascending = keys.get(i - 1).compareTo(keys.get(i)) < 0;
    }
    if (ascending) {
      return new SparseVector(keys.toArray(new String[0]), Arrays.copyOf(weights, keys.size()));
    }
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.merge(keys.get(i), weights[i], Float::sum);
    }
    return of(m);
  }

  public static SparseVector of(Map<String, Float> m) {
    String[] k = m.keySet().toArray(new String[0]);
    Arrays.sort(k);
    float[] w = new float[k.length];
    for (int i = 0; i < k.length; i++) {
      w[i] = m.get(k[i]);
    }
    return new SparseVector(k, w);
  }

  public int size() {
    return keys.length;
  }

  public boolean isEmpty() {
    return keys.length == 0;
  }

  public String key(int i) {
    return keys[i];
  }

  public float weight(int i) {
    return weights[i];
  }

  public List<String> keys() {
    return List.of(keys);
  }

  public float[] weights() {
    return weights.clone();
  }

  /** The entries whose index passes {@code keep}, in the same order (this vector when all pass). */
  public SparseVector filter(java.util.function.IntPredicate keep) {
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      n += keep.test(i) ? 1 : 0;
    }
    if (n == keys.length) {
      return this;
    }
    String[] k = new String[n];
    float[] w = new float[n];
    for (int i = 0, j = 0; i < keys.length; i++) {
      if (keep.test(i)) {
        k[j] = keys[i];
        w[j++] = weights[i];
      }
    }
    return new SparseVector(k, w);
  }

  /** The weight of {@code key}, 0 when absent. */
  public float get(String key) {
    int i = Arrays.binarySearch(keys, key);
    return i >= 0 ? weights[i] : 0f;
  }

  public double norm() {
    double n = norm;
    if (Double.isNaN(n)) {
      double s = 0;
      for (float w : weights) {
        s += (double) w * w;
      }
      n = Math.sqrt(s);
      norm = n;
    }
    return n;
  }

  public double dot(SparseVector o) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < keys.length && j < o.keys.length) {
      int c = keys[i].compareTo(o.keys[j]);
      if (c == 0) {
        s += (double) weights[i++] * o.weights[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }

  /** The cosine of the angle between the two (0 when either is empty). */
  public double cosine(SparseVector o) {
    double n = norm() * o.norm();
    return n == 0 ? 0 : dot(o) / n;
  }

  /** The keys both have. */
  public List<String> shared(SparseVector o) {
    List<String> out = new ArrayList<>(Math.min(keys.length, o.keys.length));
    int i = 0;
    int j = 0;
    while (i < keys.length && j < o.keys.length) {
      int c = keys[i].compareTo(o.keys[j]);
      if (c == 0) {
        out.add(keys[i]);
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  /** This vector scaled to length 1 (empty stays empty). */
  public SparseVector unit() {
    double n = norm();
    if (n == 0) {
      return this;
    }
    float[] w = new float[weights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (weights[i] / n);
    }
    return new SparseVector(keys, w);
  }

  /** {@code this + scale * o}. */
  public SparseVector plus(SparseVector o, double scale) {
    Map<String, Float> m = toMap();
    for (int i = 0; i < o.keys.length; i++) {
      m.merge(o.keys[i], (float) (o.weights[i] * scale), Float::sum);
    }
    return of(m);
  }

  /** The {@code n} heaviest keys (ties by key), as a vector. */
  public SparseVector top(int n) {
    if (keys.length <= n) {
      return this;
    }
    Integer[] idx = new Integer[keys.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> keys[i]));
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < n; i++) {
      m.put(keys[idx[i]], weights[idx[i]]);
    }
    return of(m);
  }

  /** Keys by weight, heaviest first (ties by key). */
  public List<String> byWeight() {
    Integer[] idx = new Integer[keys.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> keys[i]));
    List<String> out = new ArrayList<>(idx.length);
    for (Integer i : idx) {
      out.add(keys[i]);
    }
    return out;
  }

  /**
   * The first {@code n} keys of {@link #byWeight} that {@code which} accepts, found without sorting the whole
   * vector (what the candidate index and the protagonist check need of a story of a few hundred keys).
   */
  public List<String> heaviest(int n, java.util.function.Predicate<String> which) {
    int[] top = new int[Math.max(0, n)];
    int size = 0;
    for (int i = 0; i < keys.length; i++) {
      if (n == 0 || (size == n && !before(i, top[n - 1])) || !which.test(keys[i])) {
        continue;
      }
      int j = size == n ? n - 1 : size++;
      while (j > 0 && before(i, top[j - 1])) {
        top[j] = top[j - 1];
        j--;
      }
      top[j] = i;
    }
    List<String> out = new ArrayList<>(size);
    for (int j = 0; j < size; j++) {
      out.add(keys[top[j]]);
    }
    return out;
  }

  /** Whether entry {@code a} comes before entry {@code b} in {@link #byWeight} order. */
  private boolean before(int a, int b) {
    int c = Double.compare(-weights[a], -weights[b]);
    return c < 0 || (c == 0 && keys[a].compareTo(keys[b]) < 0);
  }

  public Map<String, Float> toMap() {
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      m.put(keys[i], weights[i]);
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(keys, v.keys) && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys) * 31 + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < keys.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(keys[i]).append('=').append(weights[i]);
    }
    return sb.append('}').toString();
  }
}
