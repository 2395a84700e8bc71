package org.newsgraph.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.eval.fit.NewtonLogistic;
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

  /**
   * Fits the model's weights (L2 penalty {@code lambda} on all but the bias), rounded as the model file writes
   * them, with the join threshold given.
   */
  public static JoinModel fit(List<Example> examples, double lambda, double threshold) {
    double[] w = NewtonLogistic.fit(examples.size(), i -> examples.get(i).features(), i -> examples.get(i).joins(),
        JoinFeatures.NAMES.size(), lambda, 1e-10);
    int d = w.length;
    double[] weights = new double[d - 1];
    System.arraycopy(w, 1, weights, 0, d - 1);
    JoinModel m = new JoinModel(w[0], weights, threshold);
    return JoinModel.read(m.write("")); // as the file holds it
  }
}
