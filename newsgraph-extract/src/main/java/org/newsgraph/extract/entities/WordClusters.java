package org.newsgraph.extract.entities;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Word clusters learned from unlabelled text, for {@link NerFeatures}: words that stand in the same places (the same
 * words before and after them) share a cluster, so a name never seen in training still looks like the names it
 * clusters with. Each word is described by the counts of its left and right neighbours among the most frequent words
 * (log-scaled, unit length); spherical k-means (cosine, a fixed number of passes, seeds spread evenly over the words
 * by frequency) groups them into {@code fine} clusters, and the fine clusters' centres are grouped the same way into
 * coarser levels, a hierarchy like Brown clusters' prefixes. Words keep their case ("US" is not "us"). Deterministic:
 * the same text gives the same clusters.
 */
public final class WordClusters {
  /** How many words, context words, clusters per level (finest first) and passes. */
  public record Settings(int words, int minCount, int contexts, int[] levels, int passes) {
    public static Settings defaults() {
      return new Settings(60_000, 3, 1000, new int[] {1000, 200, 40}, 12);
    }
  }

  private static final WordClusters NONE = new WordClusters(Map.of(), 0);

  private final Map<String, int[]> clusters; // word → cluster per level, finest first
  private final int levels;

  private WordClusters(Map<String, int[]> clusters, int levels) {
    this.clusters = clusters;
    this.levels = levels;
  }

  /** No clusters: every word unknown. */
  public static WordClusters none() {
    return NONE;
  }

  public int size() {
    return clusters.size();
  }

  public int levels() {
    return levels;
  }

  /** The word's cluster per level, finest first, or null; an all-capitals word falls back to its capitalised form. */
  int[] of(String word) {
    int[] c = clusters.get(word);
    if (c == null && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      c = clusters.get(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }
    return c;
  }

  /** Learns clusters from tokenised sentences. */
  public static WordClusters learn(List<List<String>> sentences, Settings settings, Consumer<String> log) {
    Map<String, Integer> freq = new HashMap<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        freq.merge(w, 1, Integer::sum);
      }
    }
    List<String> byFreq = new ArrayList<>(freq.keySet());
    byFreq.sort(Comparator.comparingInt((String w) -> -freq.get(w)).thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> context = new HashMap<>();
    for (int i = 0; i < Math.min(settings.contexts(), byFreq.size()); i++) {
      context.put(byFreq.get(i), i);
    }
    List<String> words = new ArrayList<>();
    Map<String, Integer> row = new HashMap<>();
    for (String w : byFreq) {
      if (freq.get(w) < settings.minCount() || words.size() == settings.words()) {
        break;
      }
      row.put(w, words.size());
      words.add(w);
    }
    int dims = 2 * settings.contexts() + 2; // left neighbours, right neighbours, each with "other"
    List<Map<Integer, Integer>> counts = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      counts.add(new HashMap<>());
    }
    for (List<String> s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        Integer r = row.get(s.get(i));
        if (r == null) {
          continue;
        }
        int left = i == 0 ? settings.contexts() : context.getOrDefault(s.get(i - 1), settings.contexts());
        int right = i + 1 == s.size() ? settings.contexts() : context.getOrDefault(s.get(i + 1), settings.contexts());
        counts.get(r).merge(left, 1, Integer::sum);
        counts.get(r).merge(settings.contexts() + 1 + right, 1, Integer::sum);
      }
    }
    Sparse[] vectors = new Sparse[words.size()];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = Sparse.of(counts.get(i));
    }
    log.accept(String.format(Locale.ROOT, "clusters: %d sentences, %d words, %d context dimensions",
        sentences.size(), words.size(), dims));
    int[] levels = settings.levels();
    int[][] assigned = new int[levels.length][];
    double[][] centres = null;
    for (int l = 0; l < levels.length; l++) {
      if (l == 0) {
        Kmeans k = Kmeans.run(vectors, dims, levels[0], settings.passes());
        assigned[0] = k.assignment();
        centres = k.centres();
      } else {
        Sparse[] points = new Sparse[centres.length];
        for (int c = 0; c < points.length; c++) {
          points[c] = Sparse.dense(centres[c]);
        }
        Kmeans k = Kmeans.run(points, dims, levels[l], settings.passes());
        assigned[l] = new int[words.size()];
        for (int w = 0; w < words.size(); w++) {
          assigned[l][w] = k.assignment()[assigned[l - 1][w]];
        }
        centres = k.centres();
      }
      log.accept("clusters: level " + (l + 1) + " of " + levels.length + ", " + levels[l] + " clusters");
    }
    Map<String, int[]> out = new LinkedHashMap<>();
    for (int w = 0; w < words.size(); w++) {
      int[] c = new int[levels.length];
      for (int l = 0; l < levels.length; l++) {
        c[l] = assigned[l][w];
      }
      out.put(words.get(w), c);
    }
    return new WordClusters(out, levels.length);
  }

  /** A unit-length vector as (dimension, value) pairs. */
  private record Sparse(int[] dims, double[] values) {
    static Sparse of(Map<Integer, Integer> counts) {
      int[] d = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      double[] v = new double[d.length];
      for (int i = 0; i < d.length; i++) {
        v[i] = Math.log1p(counts.get(d[i]));
      }
      return new Sparse(d, unit(v));
    }

    static Sparse dense(double[] x) {
      int[] d = new int[x.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = i;
      }
      return new Sparse(d, unit(x.clone()));
    }

    double dot(double[] centre) {
      double s = 0;
      for (int i = 0; i < dims.length; i++) {
        s += values[i] * centre[dims[i]];
      }
      return s;
    }
  }

  private static double[] unit(double[] v) {
    double n = 0;
    for (double x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= n;
      }
    }
    return v;
  }

  /** Spherical k-means: seeds are the points at even steps through their order; empty clusters keep their centre. */
  private record Kmeans(int[] assignment, double[][] centres) {
    static Kmeans run(Sparse[] points, int dims, int k, int passes) {
      int n = Math.min(k, points.length);
      double[][] centres = new double[n][dims];
      for (int c = 0; c < n; c++) {
        Sparse p = points[(int) ((long) c * points.length / n)];
        for (int i = 0; i < p.dims().length; i++) {
          centres[c][p.dims()[i]] = p.values()[i];
        }
      }
      int[] assignment = new int[points.length];
      for (int pass = 0; pass < passes; pass++) {
        for (int p = 0; p < points.length; p++) {
          double best = Double.NEGATIVE_INFINITY;
          for (int c = 0; c < n; c++) {
            double s = points[p].dot(centres[c]);
            if (s > best) {
              best = s;
              assignment[p] = c;
            }
          }
        }
        double[][] sums = new double[n][dims];
        boolean[] used = new boolean[n];
        for (int p = 0; p < points.length; p++) {
          Sparse x = points[p];
          double[] s = sums[assignment[p]];
          used[assignment[p]] = true;
          for (int i = 0; i < x.dims().length; i++) {
            s[x.dims()[i]] += x.values()[i];
          }
        }
        for (int c = 0; c < n; c++) {
          if (used[c]) {
            centres[c] = unit(sums[c]);
          }
        }
      }
      return new Kmeans(assignment, centres);
    }
  }

  /** Writes {@code part<TAB>word<TAB>c1 c2 ...} lines, words in their sorted order. */
  void write(Writer out, String part) throws IOException {
    String[] words = clusters.keySet().toArray(String[]::new);
    Arrays.sort(words);
    for (String w : words) {
      StringBuilder sb = new StringBuilder();
      for (int c : clusters.get(w)) {
        sb.append(sb.length() > 0 ? " " : "").append(c);
      }
      out.write(part + "\t" + w + "\t" + sb + "\n");
    }
  }

  /** Reads the lines {@link #write} wrote, each without its part column ({@code word<TAB>c1 c2 ...}). */
  static WordClusters read(List<String> lines) {
    Map<String, int[]> out = new HashMap<>();
    int levels = 0;
    for (String line : lines) {
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException("expected word<TAB>clusters: " + line);
      }
      int[] c = Arrays.stream(line.substring(tab + 1).split(" ")).mapToInt(Integer::parseInt).toArray();
      levels = c.length;
      out.put(line.substring(0, tab), c);
    }
    return new WordClusters(out, levels);
  }
}
