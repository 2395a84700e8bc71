package org.newsgraph.eval.coref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference metrics of the CoNLL-2012 reference scorer as Pradhan et al. (2014) define them: MUC (links), B3
 * (mentions), CEAF-e (clusters aligned one to one, similarity φ4) and their mean, the CoNLL F1. Key and response
 * are maps from a mention to its cluster; a mention only one of them has counts as missed or spurious, as in the
 * reference scorer. Singletons are kept.
 */
public final class CorefScores {
  private CorefScores() {}

  /** Precision, recall and F1. */
  public record Prf(double precision, double recall, double f1) {
    public static Prf of(double p, double r) {
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** The three metrics and the CoNLL F1 (their F1s' mean). */
  public record Report(Prf muc, Prf b3, Prf ceafe, double conll) {}

  public static <M> Report score(Map<M, String> key, Map<M, String> response) {
    List<Set<M>> k = clusters(key);
    List<Set<M>> r = clusters(response);
    Prf muc = muc(k, r);
    Prf b3 = b3(k, r);
    Prf ceafe = ceafe(k, r);
    return new Report(muc, b3, ceafe, (muc.f1() + b3.f1() + ceafe.f1()) / 3);
  }

  /** Clusters of a mention → cluster map, in first-seen order. */
  public static <M> List<Set<M>> clusters(Map<M, String> assignment) {
    Map<String, Set<M>> by = new java.util.LinkedHashMap<>();
    for (Map.Entry<M, String> e : assignment.entrySet()) {
      by.computeIfAbsent(e.getValue(), x -> new java.util.LinkedHashSet<>()).add(e.getKey());
    }
    return new ArrayList<>(by.values());
  }

  /** MUC: recall = Σ(|k| − |partitions of k by the response|) / Σ(|k| − 1); precision the other way round. */
  public static <M> Prf muc(List<Set<M>> key, List<Set<M>> response) {
    return Prf.of(mucRecall(response, key), mucRecall(key, response));
  }

  private static <M> double mucRecall(List<Set<M>> key, List<Set<M>> response) {
    Map<M, Integer> where = index(response);
    double num = 0;
    double den = 0;
    for (Set<M> k : key) {
      Set<Integer> parts = new HashSet<>();
      int alone = 0;
      for (M m : k) {
        Integer c = where.get(m);
        if (c == null) {
          alone++; // a mention the response lacks is a partition of its own
        } else {
          parts.add(c);
        }
      }
      num += k.size() - (parts.size() + alone);
      den += k.size() - 1;
    }
    return den == 0 ? 0 : num / den;
  }

  /** B3: recall = Σ_k Σ_r |k∩r|² / |k| over Σ|k|; precision = Σ_r Σ_k |k∩r|² / |r| over Σ|r|. */
  public static <M> Prf b3(List<Set<M>> key, List<Set<M>> response) {
    return Prf.of(b3Recall(response, key), b3Recall(key, response));
  }

  private static <M> double b3Recall(List<Set<M>> key, List<Set<M>> response) {
    Map<M, Integer> where = index(response);
    double num = 0;
    long den = 0;
    for (Set<M> k : key) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (M m : k) {
        Integer c = where.get(m);
        if (c != null) {
          overlap.merge(c, 1, Integer::sum);
        }
      }
      for (int o : overlap.values()) {
        num += (double) o * o / k.size();
      }
      den += k.size();
    }
    return den == 0 ? 0 : num / den;
  }

  /** CEAF-e: the one-to-one alignment of key and response clusters that maximises Σ φ4 = 2|k∩r| / (|k| + |r|). */
  public static <M> Prf ceafe(List<Set<M>> key, List<Set<M>> response) {
    double best = alignedSimilarity(key, response);
    return Prf.of(response.isEmpty() ? 0 : best / response.size(), key.isEmpty() ? 0 : best / key.size());
  }

  /**
   * The best total φ4 over one-to-one alignments. Only clusters that share a mention have φ4 > 0, so the bipartite
   * graph is split into its connected parts and each is aligned on its own (Kuhn-Munkres).
   */
  static <M> double alignedSimilarity(List<Set<M>> key, List<Set<M>> response) {
    Map<M, Integer> where = index(response);
    int n = key.size();
    int[] parent = new int[n + response.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Long, Integer> overlap = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (M m : key.get(i)) {
        Integer j = where.get(m);
        if (j != null) {
          overlap.merge(((long) i << 32) | j, 1, Integer::sum);
          union(parent, i, n + j);
        }
      }
    }
    Map<Integer, List<Integer>> keysOf = new HashMap<>();
    Map<Integer, List<Integer>> responsesOf = new HashMap<>();
    for (long pair : overlap.keySet()) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      int root = find(parent, i);
      List<Integer> ks = keysOf.computeIfAbsent(root, x -> new ArrayList<>());
      if (!ks.contains(i)) {
        ks.add(i);
      }
      List<Integer> rs = responsesOf.computeIfAbsent(root, x -> new ArrayList<>());
      if (!rs.contains(j)) {
        rs.add(j);
      }
    }
    double total = 0;
    for (Map.Entry<Integer, List<Integer>> part : keysOf.entrySet()) {
      List<Integer> ks = part.getValue();
      List<Integer> rs = responsesOf.get(part.getKey());
      double[][] sim = new double[ks.size()][rs.size()];
      for (int a = 0; a < ks.size(); a++) {
        for (int b = 0; b < rs.size(); b++) {
          Integer o = overlap.get(((long) ks.get(a) << 32) | rs.get(b));
          if (o != null) {
            sim[a][b] = 2.0 * o / (key.get(ks.get(a)).size() + response.get(rs.get(b)).size());
          }
        }
      }
      total += Assignments.maximum(sim);
    }
    return total;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  private static <M> Map<M, Integer> index(Collection<Set<M>> clusters) {
    Map<M, Integer> where = new HashMap<>();
    int i = 0;
    for (Set<M> c : clusters) {
      for (M m : c) {
        where.put(m, i);
      }
      i++;
    }
    return where;
  }
}
