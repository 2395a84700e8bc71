package org.newsgraph.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.stories.cluster.ClusterWeights;
import org.newsgraph.stories.cluster.JoinFeatures;
import org.newsgraph.stories.cluster.JoinModel;
import org.newsgraph.stories.cluster.StoryClusterer;
import org.newsgraph.stories.profile.ArticleProfile;

/**
 * Trains the story join model ({@link JoinModel}): the real clusterer is run over the documents in stream order,
 * each placed where the gold puts it (its gold story, when the index offered it, else a new story), and every
 * candidate it was offered is an example: the features of the pair, and whether the candidate is its gold story.
 * A logistic regression with an L2 penalty is fitted to them by Newton's method: no randomness, so the same
 * documents give the same model, bit for bit.
 */
public final class JoinTraining {
  private JoinTraining() {}

  /** One article–candidate pair. */
  public record Example(double[] features, boolean joins) {}

  /**
   * The examples of a stream.
   *
   * @param profiles  the articles in stream order
   * @param gold      each article's gold story (any label; equal labels are one story)
   */
  public static List<Example> examples(List<ArticleProfile> profiles, List<String> gold,
      NewsgraphConfig.Stories settings) {
    StoryClusterer c = new StoryClusterer(settings.threshold(), settings.quietDays(), ClusterWeights.DEFAULT);
    Map<String, Set<String>> stories = new HashMap<>();
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      StoryClusterer.Considered considered = c.consider(profiles.get(i));
      Set<String> mine = stories.computeIfAbsent(gold.get(i), g -> new HashSet<>());
      String target = null;
      for (StoryClusterer.Scored s : considered.candidates()) {
        boolean joins = mine.contains(s.story().id());
        out.add(new Example(s.features(), joins));
        if (joins && (target == null || s.score() > scoreOf(considered, target))) {
          target = s.story().id();
        }
      }
      mine.add(c.place(considered, target, null).storyId());
    }
    return out;
  }

  private static double scoreOf(StoryClusterer.Considered c, String id) {
    for (StoryClusterer.Scored s : c.candidates()) {
      if (s.story().id().equals(id)) {
        return s.score();
      }
    }
    return Double.NEGATIVE_INFINITY;
  }

  /** Newton steps of the fit; it converges in far fewer. */
  private static final int STEPS = 50;

  /**
   * Fits the model's weights (L2 penalty {@code lambda} on all but the bias), rounded as the model file writes
   * them, with the join threshold given.
   */
  public static JoinModel fit(List<Example> examples, double lambda, double threshold) {
    int d = JoinFeatures.NAMES.size() + 1;
    double[] w = new double[d];
    for (int step = 0; step < STEPS; step++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (Example e : examples) {
        double[] x = withBias(e.features());
        double z = 0;
        for (int j = 0; j < d; j++) {
          z += w[j] * x[j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = p - (e.joins() ? 1 : 0);
        double s = p * (1 - p);
        for (int j = 0; j < d; j++) {
          g[j] += r * x[j];
          for (int k = 0; k < d; k++) {
            h[j][k] += s * x[j] * x[k];
          }
        }
      }
      for (int j = 1; j < d; j++) {
        g[j] += lambda * w[j];
        h[j][j] += lambda;
      }
      h[0][0] += 1e-9;
      double[] delta = solve(h, g);
      double size = 0;
      for (int j = 0; j < d; j++) {
        w[j] -= delta[j];
        size = Math.max(size, Math.abs(delta[j]));
      }
      if (size < 1e-10) {
        break;
      }
    }
    double[] weights = new double[d - 1];
    System.arraycopy(w, 1, weights, 0, d - 1);
    JoinModel m = new JoinModel(w[0], weights, threshold);
    return JoinModel.read(m.write("")); // as the file holds it
  }

  private static double[] withBias(double[] f) {
    double[] x = new double[f.length + 1];
    x[0] = 1;
    System.arraycopy(f, 0, x, 1, f.length);
    return x;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int k = col; k <= n; k++) {
          m[r][k] -= f * m[col][k];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int k = i + 1; k < n; k++) {
        s -= m[i][k] * x[k];
      }
      x[i] = s / m[i][i];
    }
    return x;
  }
}
