package org.newsgraph.eval.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.stories.profile.SparseVector;
import org.newsgraph.stories.text.Terms;

/**
 * The reference story clusterer of the issue: TF-IDF vectors of the words (IDF over all the documents given), and
 * each document, in order, joins the cluster whose centroid is most similar when the cosine reaches the threshold,
 * else starts one. {@link #best} picks the threshold on the documents themselves (an oracle: the strongest version
 * of the reference).
 */
public final class TfidfBaseline {
  private final List<SparseVector> vectors = new ArrayList<>();

  public TfidfBaseline(List<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    List<Map<String, Integer>> tfs = new ArrayList<>();
    for (String t : texts) {
      Map<String, Integer> tf = new HashMap<>();
      for (String w : Terms.of(t)) {
        tf.merge(w, 1, Integer::sum);
      }
      tfs.add(tf);
      for (String w : tf.keySet()) {
        df.merge(w, 1, Integer::sum);
      }
    }
    int n = texts.size();
    for (Map<String, Integer> tf : tfs) {
      Map<String, Float> v = new HashMap<>();
      tf.forEach((w, c) -> v.put(w, (float) ((1 + Math.log(c)) * Math.log((double) n / df.get(w)))));
      vectors.add(SparseVector.of(v).unit());
    }
  }

  /** The cluster of each document, in order, at {@code threshold}. */
  public List<Integer> cluster(double threshold) {
    List<SparseVector> centroids = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    for (SparseVector v : vectors) {
      int best = -1;
      double bestSim = -1;
      for (int i = 0; i < centroids.size(); i++) {
        double s = v.cosine(centroids.get(i));
        if (s > bestSim) {
          bestSim = s;
          best = i;
        }
      }
      if (best >= 0 && bestSim >= threshold) {
        centroids.set(best, centroids.get(best).plus(v, 1));
        out.add(best);
      } else {
        centroids.add(v);
        out.add(centroids.size() - 1);
      }
    }
    return out;
  }

  /** The threshold in 0.02 … 0.60 (steps of 0.02) that gives the best B3 F1 against {@code gold}, and that F1. */
  public double[] best(List<String> gold) {
    double bestF = -1;
    double bestT = 0;
    for (int i = 1; i <= 30; i++) {
      double t = i * 0.02;
      List<Integer> c = cluster(t);
      Map<Integer, String> key = new HashMap<>();
      Map<Integer, String> response = new HashMap<>();
      for (int d = 0; d < c.size(); d++) {
        key.put(d, gold.get(d));
        response.put(d, String.valueOf(c.get(d)));
      }
      double f = CorefScores.b3(CorefScores.clusters(key), CorefScores.clusters(response)).f1();
      if (f > bestF) {
        bestF = f;
        bestT = t;
      }
    }
    return new double[] {bestT, bestF};
  }
}
