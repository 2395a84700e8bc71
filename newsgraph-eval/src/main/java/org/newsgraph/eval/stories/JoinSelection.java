package org.newsgraph.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.eval.coref.CorefScores;
import org.newsgraph.eval.coref.EcbDocument;
import org.newsgraph.eval.coref.EcbPlusCorpus;
import org.newsgraph.stories.profile.Profiles;
import org.newsgraph.stories.cluster.ClusterWeights;
import org.newsgraph.stories.cluster.JoinModel;
import org.newsgraph.stories.cluster.StoryClusterer;
import org.newsgraph.stories.profile.ArticleProfile;

/**
 * Picks the join model's settings (the L2 penalty and the join threshold) by cross-validation across topics: the
 * topics are dealt into folds, a model is trained on the documents of all folds but one, the whole stream is
 * clustered with it, and the held-out fold's documents are scored (B3 against their gold stories, pooled over the
 * folds). No document scores a model that saw its topic.
 */
public final class JoinSelection {
  private JoinSelection() {}

  /** One document of the stream: its topic (what the folds split by) and its gold story. */
  public record Doc(String name, int topic, String gold, ArticleProfile profile) {}

  /**
   * The documents of {@code files}, analysed as ingest analyses an article, in the files' order; a document that
   * cannot be read or analysed is logged and left out.
   */
  public static List<Doc> read(List<java.nio.file.Path> files, Map<String, Set<Integer>> validated,
      java.util.function.Function<org.newsgraph.core.Article, org.newsgraph.core.AnalyzedArticle> analysis,
      java.util.function.Consumer<String> log) {
    List<Doc> out = new ArrayList<>();
    for (java.nio.file.Path f : files) {
      try {
        EcbDocument d = EcbPlusCorpus.read(f, validated);
        out.add(new Doc(d.name(), d.topic(), d.subtopic(), Profiles.of(analysis.apply(d.article()))));
      } catch (java.io.IOException | RuntimeException e) {
        log.accept("skipped " + f.getFileName() + ": " + e);
      }
    }
    return out;
  }

  /** One setting's cross-validated B3. */
  public record Row(double lambda, double threshold, CorefScores.Prf b3) {}

  /** Every setting's cross-validated B3, in grid order (penalties outer, thresholds inner). */
  public static List<Row> crossValidate(List<Doc> docs, int folds, double[] lambdas, double[] thresholds,
      NewsgraphConfig.Stories settings) {
    List<Integer> topics = new ArrayList<>(new TreeSet<>(docs.stream().map(Doc::topic).toList()));
    List<Row> rows = new ArrayList<>();
    for (double lambda : lambdas) {
      List<Map<String, String>> pooled = new ArrayList<>();
      for (int t = 0; t < thresholds.length; t++) {
        pooled.add(new HashMap<>());
      }
      for (int k = 0; k < folds; k++) {
        Set<Integer> held = new HashSet<>();
        for (int i = k; i < topics.size(); i += folds) {
          held.add(topics.get(i));
        }
        List<Doc> fit = docs.stream().filter(d -> !held.contains(d.topic())).toList();
        List<JoinTraining.Example> examples = JoinTraining.examples(fit.stream().map(Doc::profile).toList(),
            fit.stream().map(Doc::gold).toList(), settings);
        for (int t = 0; t < thresholds.length; t++) {
          Map<String, String> stories = cluster(docs, JoinTraining.fit(examples, lambda, thresholds[t]), settings);
          for (Doc d : docs) {
            if (held.contains(d.topic())) {
              pooled.get(t).put(d.name(), k + "/" + stories.get(d.name()));
            }
          }
        }
      }
      for (int t = 0; t < thresholds.length; t++) {
        rows.add(new Row(lambda, thresholds[t], b3(docs, pooled.get(t))));
      }
    }
    return rows;
  }

  /** The best row: the highest F1, the first in grid order on a tie. */
  public static Row best(List<Row> rows) {
    Row best = null;
    for (Row r : rows) {
      if (best == null || r.b3().f1() > best.b3().f1()) {
        best = r;
      }
    }
    return best;
  }

  /** Each document's story, from the real clusterer over the stream ({@code model} null: the similarity rule). */
  public static Map<String, String> cluster(List<Doc> docs, JoinModel model, NewsgraphConfig.Stories settings) {
    StoryClusterer c = new StoryClusterer(settings.threshold(), settings.quietDays(), ClusterWeights.DEFAULT, model);
    Map<String, String> out = new HashMap<>();
    for (Doc d : docs) {
      out.put(d.name(), c.assign(d.profile()).storyId());
    }
    return out;
  }

  /** B3 of the documents {@code stories} places, against their gold stories. */
  public static CorefScores.Prf b3(List<Doc> docs, Map<String, String> stories) {
    Map<String, String> key = new HashMap<>();
    Map<String, String> response = new HashMap<>();
    for (Doc d : docs) {
      String s = stories.get(d.name());
      if (s != null) {
        key.put(d.name(), d.gold());
        response.put(d.name(), s);
      }
    }
    return CorefScores.b3(CorefScores.clusters(key), CorefScores.clusters(response));
  }
}
