package org.newsgraph.eval.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A split of FNC-1's training data that does not leak, as its README asks: by body AND by headline. Headlines and
 * bodies joined by a related pair form one group (in practice one Emergent claim with its articles and headline
 * variants); each group goes whole to {@code train} (70%), {@code dev} (15%, for choosing settings) or {@code final}
 * (15%, scored once), by a fixed hash of the group's smallest body id. An unrelated pair whose headline and body fell
 * in different parts belongs to neither (so no headline and no body is seen on two sides).
 */
public final class Fnc1Split {
  /** The parts. */
  public enum Part { TRAIN, DEV, FINAL }

  private Fnc1Split() {}

  /** The part of each pair of {@code corpus}, in its order; null for a pair that straddles two parts. */
  public static List<Part> parts(Fnc1Corpus corpus) {
    List<Part> out = new ArrayList<>(corpus.pairs().size());
    for (int[] b : buckets(corpus)) {
      Part h = part(b[0]);
      out.add(h == part(b[1]) ? h : null);
    }
    return out;
  }

  /**
   * For cross-validation on the train and dev parts (never final): the fold (0 to k-1) of each pair, by the same
   * groups; null for a pair of the final part or one whose headline and body fall in different folds.
   */
  public static List<Integer> folds(Fnc1Corpus corpus, int k) {
    List<Integer> out = new ArrayList<>(corpus.pairs().size());
    for (int[] b : buckets(corpus)) {
      boolean usable = part(b[0]) != Part.FINAL && part(b[1]) != Part.FINAL && b[0] % k == b[1] % k;
      out.add(usable ? b[0] % k : null);
    }
    return out;
  }

  /** Per pair: the bucket (0-99) of its headline's group and of its body's group. */
  private static List<int[]> buckets(Fnc1Corpus corpus) {
    Map<String, String> parent = new HashMap<>();
    for (Fnc1Corpus.Pair p : corpus.pairs()) {
      String h = find(parent, "h:" + p.headline());
      String b = find(parent, "b:" + p.bodyId());
      if (p.label() != null && p.label().related() && !h.equals(b)) {
        parent.put(h, b);
      }
    }
    Map<String, Long> smallestBody = new TreeMap<>();
    for (Fnc1Corpus.Pair p : corpus.pairs()) {
      String root = find(parent, "b:" + p.bodyId());
      smallestBody.merge(root, bodyNumber(p.bodyId()), Math::min);
    }
    List<int[]> out = new ArrayList<>(corpus.pairs().size());
    for (Fnc1Corpus.Pair p : corpus.pairs()) {
      out.add(new int[] {bucket(smallestBody, find(parent, "h:" + p.headline())),
          bucket(smallestBody, find(parent, "b:" + p.bodyId()))});
    }
    return out;
  }

  private static int bucket(Map<String, Long> smallestBody, String root) {
    Long n = smallestBody.get(root);
    long key = n != null ? n : root.hashCode();
    return (int) Math.floorMod(key * 0x9E3779B97F4A7C15L >>> 17, 100L);
  }

  private static Part part(int bucket) {
    return bucket < 70 ? Part.TRAIN : bucket < 85 ? Part.DEV : Part.FINAL;
  }

  private static long bodyNumber(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return id.hashCode() & 0x7fffffffL;
    }
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (true) {
      String p = parent.putIfAbsent(root, root);
      if (p == null || p.equals(root)) {
        break;
      }
      root = p;
    }
    String cur = x;
    while (!cur.equals(root)) {
      String next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }
}
