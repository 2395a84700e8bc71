package org.newsgraph.extract.kind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.extract.learn.Folds;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Softmax;

/**
 * Trains the {@link ArticleKindModel}: words seen in at least {@value #MIN_DOCUMENTS} training articles, a softmax
 * regression whose L2 penalty is chosen among {@link #PENALTIES} by five-fold cross-validation over the training
 * articles (folds by article key), then fitted on all of them. Deterministic: the same articles in the same order
 * give the same file.
 */
public final class ArticleKindTrainer {
  static final int MIN_DOCUMENTS = 3;
  static final int FOLDS = 5;
  static final List<Double> PENALTIES = List.of(1e-3, 3e-4, 1e-4);
  private static final int STEPS = 150;
  private static final double RATE = 0.1;

  private ArticleKindTrainer() {}

  /**
   * One labelled article.
   *
   * @param key  what keeps copies of one story in one fold (e.g. its normalised headline)
   */
  public record Example(String key, String headline, String text, ArticleKind kind) {}

  /** Accuracy over some articles, with the confusion counts (gold kind to predicted kind). */
  public record Evaluation(int items, int right, Map<ArticleKind, Map<ArticleKind, Integer>> confusion) {
    public double accuracy() {
      return items == 0 ? 0 : (double) right / items;
    }

    /** The figures for people: accuracy, then one row per gold kind. */
    public String text() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "accuracy %.3f (%d of %d)%n", accuracy(),
          right, items));
      sb.append(String.format(Locale.ROOT, "    %-14s", "gold \\ given"));
      for (ArticleKind k : ArticleKind.values()) {
        sb.append(String.format(Locale.ROOT, " %13s", k.key()));
      }
      sb.append('\n');
      for (ArticleKind g : ArticleKind.values()) {
        Map<ArticleKind, Integer> row = confusion.getOrDefault(g, Map.of());
        sb.append(String.format(Locale.ROOT, "    %-14s", g.key()));
        for (ArticleKind k : ArticleKind.values()) {
          sb.append(String.format(Locale.ROOT, " %13d", row.getOrDefault(k, 0)));
        }
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  /** Chooses the penalty by cross-validation (logged), fits on all {@code examples} and writes the model. */
  public static ArticleKindModel train(List<Example> examples, Path out, Consumer<String> log) throws IOException {
    double best = PENALTIES.get(0);
    double bestAccuracy = -1;
    for (double l2 : PENALTIES) {
      Evaluation cv = crossValidate(examples, l2);
      log.accept(String.format(Locale.ROOT, "L2 %.0e: cross-validated accuracy %.4f", l2, cv.accuracy()));
      if (cv.accuracy() > bestAccuracy) {
        bestAccuracy = cv.accuracy();
        best = l2;
      }
    }
    ArticleKindModel m = fit(examples, best);
    ModelFiles.write(out, new ModelFiles.Contents(Map.of(ArticleKindModel.SECTION, m.softmax()),
        Map.of(ArticleKindModel.PENALTY, best)));
    log.accept(String.format(Locale.ROOT, "chose L2 %.0e; %d weights; wrote %s", best, m.size(), out));
    return m;
  }

  /** Five-fold cross-validation over {@code examples} with one penalty: every article scored by a model not fitted on it. */
  public static Evaluation crossValidate(List<Example> examples, double l2) {
    List<Example> all = new ArrayList<>();
    List<ArticleKind> given = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : examples) {
        (Folds.of(e.key(), FOLDS) == f ? test : train).add(e);
      }
      ArticleKindModel m = fit(train, l2);
      for (Example e : test) {
        all.add(e);
        given.add(m.classify(e.headline(), e.text()).top());
      }
    }
    return evaluation(all, given);
  }

  /** How a model does on {@code examples}. */
  public static Evaluation evaluate(ArticleKindModel m, List<Example> examples) {
    List<ArticleKind> given = new ArrayList<>();
    for (Example e : examples) {
      given.add(m.classify(e.headline(), e.text()).top());
    }
    return evaluation(examples, given);
  }

  private static Evaluation evaluation(List<Example> examples, List<ArticleKind> given) {
    Map<ArticleKind, Map<ArticleKind, Integer>> confusion = new HashMap<>();
    int right = 0;
    for (int i = 0; i < examples.size(); i++) {
      ArticleKind g = examples.get(i).kind();
      confusion.computeIfAbsent(g, k -> new HashMap<>()).merge(given.get(i), 1, Integer::sum);
      right += g == given.get(i) ? 1 : 0;
    }
    return new Evaluation(examples.size(), right, confusion);
  }

  static ArticleKindModel fit(List<Example> examples, double l2) {
    Map<String, Integer> documents = new HashMap<>();
    List<Map<String, Double>> features = new ArrayList<>();
    for (Example e : examples) {
      Map<String, Double> f = KindFeatures.of(e.headline(), e.text());
      features.add(f);
      for (String w : f.keySet()) {
        documents.merge(w, 1, Integer::sum);
      }
    }
    List<String> classes = new ArrayList<>();
    for (ArticleKind k : ArticleKind.values()) {
      classes.add(k.key());
    }
    List<Softmax.Example> data = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Map<String, Double> kept = new HashMap<>(features.get(i));
      kept.keySet().removeIf(w -> documents.get(w) < MIN_DOCUMENTS);
      data.add(new Softmax.Example(kept, examples.get(i).kind().ordinal()));
    }
    return new ArticleKindModel(Softmax.fit(classes, data, new Softmax.Settings(l2, STEPS, RATE)), l2);
  }
}
