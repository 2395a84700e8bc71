package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The claim against the body through {@link WordVectors}: how much of the claim a sentence says in other words (each
 * claim stem counts by its closest word in the sentence, IDF-weighted), in the best sentence, the best sentence of the
 * body's own voice ({@link VoiceFeatures}) and the best of the others, in the lead; and the cosine of the claim's and
 * the body's IDF-weighted centroids. Dense figures for the boosted trees (both steps); all zero without vectors.
 */
final class SoftFeatures {
  static final int SIZE = 7;

  private SoftFeatures() {}

  static double[] of(WordVectors vectors, List<String> claimStems, List<List<String>> sentenceStems,
      List<List<String>> sentenceTokens, List<String> sentenceTexts, List<String> bodyStems,
      ToDoubleFunction<String> idf) {
    double[] e = new double[SIZE];
    List<String> claim = new ArrayList<>(new LinkedHashSet<>(claimStems));
    int n = sentenceStems.size();
    if (vectors.isEmpty() || claim.isEmpty() || n == 0) {
      return e;
    }
    double idfAll = 0;
    for (String s : claim) {
      idfAll += idf.applyAsDouble(s);
    }
    if (idfAll == 0) {
      return e;
    }
    double bestExact = 0;
    double bestSoft = -1;
    for (int i = 0; i < n; i++) {
      Set<String> words = new LinkedHashSet<>(sentenceStems.get(i));
      double soft = 0;
      double exact = 0;
      for (String c : claim) {
        double w = idf.applyAsDouble(c);
        if (words.contains(c)) {
          soft += w;
          exact += w;
          continue;
        }
        float[] cv = vectors.get(c);
        if (cv == null) {
          continue;
        }
        double best = 0;
        for (String x : words) {
          float[] xv = vectors.get(x);
          if (xv != null) {
            best = Math.max(best, WordVectors.dot(cv, xv));
          }
        }
        soft += w * best;
      }
      soft /= idfAll;
      exact /= idfAll;
      if (soft > bestSoft) {
        bestSoft = soft;
        bestExact = exact;
      }
      if (VoiceFeatures.voice(sentenceTokens.get(i), sentenceTexts.get(i)).own()) {
        e[1] = Math.max(e[1], soft);
      } else {
        e[2] = Math.max(e[2], soft);
      }
      if (i == 0) {
        e[3] = soft;
      }
    }
    e[0] = bestSoft;
    e[4] = bestSoft - bestExact;
    float[] claimCentroid = centroid(vectors, claim, idf);
    e[5] = WordVectors.dot(claimCentroid, centroid(vectors, bodyStems, idf));
    e[6] = WordVectors.dot(claimCentroid, centroid(vectors, sentenceStems.get(0), idf));
    return e;
  }

  private static float[] centroid(WordVectors vectors, List<String> stems, ToDoubleFunction<String> idf) {
    double[] sum = new double[WordVectors.DIM];
    for (String s : stems) {
      float[] v = vectors.get(s);
      if (v != null) {
        double w = idf.applyAsDouble(s);
        for (int d = 0; d < sum.length; d++) {
          sum[d] += w * v[d];
        }
      }
    }
    double norm = 0;
    for (double x : sum) {
      norm += x * x;
    }
    float[] out = new float[sum.length];
    if (norm > 0) {
      double r = Math.sqrt(norm);
      for (int d = 0; d < sum.length; d++) {
        out[d] = (float) (sum[d] / r);
      }
    }
    return out;
  }
}
