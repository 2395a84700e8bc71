package org.newsgraph.eval.coref;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.stories.cluster.Assignment;
import org.newsgraph.stories.cluster.ClusterWeights;
import org.newsgraph.stories.cluster.StoryClusterer;
import org.newsgraph.stories.events.EventLink;
import org.newsgraph.stories.events.EventLinkModel;
import org.newsgraph.stories.events.EventLinker;
import org.newsgraph.stories.events.EventMention;
import org.newsgraph.stories.events.LinkFeatures;
import org.newsgraph.stories.profile.Profiles;

/**
 * {@code newsgraph train event-coref}: the event-link model from the ECB+ train topics. The documents are streamed in
 * file-name order through the story clusterer (predicted stories, as the store and {@code eval coref} have them);
 * each gold event mention is compared with the gold event instances of its story so far (its gold instance the
 * positive, every other candidate a negative), and a logistic regression is fitted on those comparisons. The L2
 * strength and the probability threshold are chosen by cross-validation across topics (5 folds of whole topics; a
 * fold's mentions are linked by a model fitted on the other folds' topics, and the CoNLL F1 of all train mentions so
 * linked is the figure); the final model is fitted on every train topic with the chosen strength, its bias moved so
 * that the chosen threshold is probability 0.5.
 */
public final class EventLinkTraining {
  public static final int FOLDS = 5;
  static final List<Double> L2 = List.of(0.1, 1.0, 10.0);
  static final List<Double> THRESHOLDS = List.of(0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5);

  /** One document as the stream gives it: its story, position, weighed gold mentions with their clusters. */
  record Doc(int topic, String storyId, long seq, List<EventLinker.Weighed> mentions, List<String> gold,
      List<String> keys) {}

  /** One cross-validated setting and its figure. */
  public record Setting(double l2, double threshold, CorefScores.Report cv) {}

  /** What training printed and wrote. */
  public record Result(List<Setting> settings, Setting chosen, CorefScores.Report stemBaseline,
      CorefScores.Report topicStems, CorefScores.Report storyCeiling, EventLinkModel model, int examples, int positives, int documents,
      int mentions) {}

  private EventLinkTraining() {}

  /** Streams, cross-validates and fits. */
  public static Result run(List<Path> files, Map<String, Set<Integer>> validated,
      Function<Article, AnalyzedArticle> analysis, NewsgraphConfig.Stories settings, Consumer<String> log)
      throws IOException {
    long start = System.nanoTime();
    List<Doc> docs = stream(files, validated, analysis, settings, log);
    log.accept(String.format(java.util.Locale.ROOT, "analysed and streamed in %.1f s",
        (System.nanoTime() - start) / 1e9));
    return train(docs, log);
  }

  /** Analyses the documents of {@code files} and streams them through the story clusterer. */
  static List<Doc> stream(List<Path> files, Map<String, Set<Integer>> validated,
      Function<Article, AnalyzedArticle> analysis, NewsgraphConfig.Stories settings, Consumer<String> log)
      throws IOException {
    StoryClusterer clusterer = new StoryClusterer(settings.threshold(), settings.quietDays(), ClusterWeights.DEFAULT);
    EventLinker weigher = new EventLinker(new EventLinkModel(0, new double[LinkFeatures.NAMES.size()]), 1,
        clusterer.frequencies());
    List<Doc> out = new ArrayList<>();
    int n = 0;
    for (Path f : files) {
      EcbDocument d = EcbPlusCorpus.read(f, validated);
      AnalyzedArticle a = analysis.apply(d.article());
      Assignment s = clusterer.assign(Profiles.of(a));
      List<EventMention> mentions = CorefEvaluation.goldMentions(d, a);
      List<String> gold = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (EcbDocument.GoldMention g : CorefEvaluation.scored(d)) {
        gold.add(g.cluster());
        keys.add(CorefEvaluation.mentionKey(d.name(), g.tokens()));
      }
      out.add(new Doc(d.topic(), s.storyId(), s.story().lastSeq(), weigher.weigh(mentions), gold, keys));
      if (++n % 100 == 0) {
        log.accept(n + " / " + files.size() + " documents");
      }
    }
    return out;
  }

  /** Cross-validates, chooses, fits the final model. */
  static Result train(List<Doc> docs, Consumer<String> log) {
    List<Integer> topics = new ArrayList<>(new TreeSet<>(docs.stream().map(Doc::topic).toList()));
    Map<Integer, Integer> fold = new HashMap<>();
    for (int k = 0; k < topics.size(); k++) {
      fold.put(topics.get(k), k % FOLDS);
    }
    Map<String, String> key = new LinkedHashMap<>();
    Map<String, String> stem = new LinkedHashMap<>();
    Map<String, String> ceiling = new LinkedHashMap<>();
    Map<String, String> topicStem = new LinkedHashMap<>();
    for (Doc d : docs) {
      for (int k = 0; k < d.keys().size(); k++) {
        key.put(d.keys().get(k), d.gold().get(k));
        ceiling.put(d.keys().get(k), d.storyId() + "|" + d.gold().get(k));
        List<String> st = d.mentions().get(k).mention().stems();
        stem.put(d.keys().get(k), d.storyId() + "|" + (st.isEmpty() ? "" : st.get(0)));
        topicStem.put(d.keys().get(k), d.topic() + "|" + (st.isEmpty() ? "" : st.get(0)));
      }
    }
    List<Setting> settings = new ArrayList<>();
    for (double l2 : L2) {
      List<Map<String, String>> responses = new ArrayList<>();
      THRESHOLDS.forEach(t -> responses.add(new HashMap<>()));
      for (int f = 0; f < FOLDS; f++) {
        int held = f;
        Set<Integer> trainTopics = new TreeSet<>();
        fold.forEach((t, x) -> {
          if (x != held) {
            trainTopics.add(t);
          }
        });
        PairExamples ex = examples(docs, trainTopics);
        EventLinkModel m = LogisticFit.fit(ex, l2);
        for (int t = 0; t < THRESHOLDS.size(); t++) {
          Map<String, String> r = link(docs, m, THRESHOLDS.get(t), x -> fold.get(x) == held);
          String prefix = "f" + held + "|";
          Map<String, String> into = responses.get(t);
          r.forEach((k, v) -> into.put(k, prefix + v));
        }
      }
      for (int t = 0; t < THRESHOLDS.size(); t++) {
        Setting s = new Setting(l2, THRESHOLDS.get(t), CorefScores.score(key, responses.get(t)));
        settings.add(s);
      }
      log.accept("cross-validated L2 " + l2);
    }
    Setting best = null;
    for (Setting s : settings) {
      if (best == null || s.cv().conll() > best.cv().conll() + 1e-12) {
        best = s;
      }
    }
    PairExamples all = examples(docs, new TreeSet<>(topics));
    EventLinkModel fitted = LogisticFit.fit(all, best.l2());
    double[] w = fitted.weights();
    double shift = Math.log(best.threshold() / (1 - best.threshold()));
    EventLinkModel model = new EventLinkModel(fitted.bias() - shift, w).rounded();
    int mentions = key.size();
    return new Result(settings, best, CorefScores.score(key, stem), CorefScores.score(key, topicStem),
        CorefScores.score(key, ceiling), model,
        all.size(), all.positives(), docs.size(), mentions);
  }

  /** The comparisons of the gold-history stream over the documents of {@code topics}. */
  static PairExamples examples(List<Doc> docs, Set<Integer> topics) {
    EventLinker teacher = new EventLinker(new EventLinkModel(0, new double[LinkFeatures.NAMES.size()]), 1, null);
    PairExamples ex = new PairExamples(LinkFeatures.NAMES.size());
    for (Doc d : docs) {
      if (topics.contains(d.topic())) {
        teacher.teach(d.storyId(), d.seq(), d.mentions(), d.gold(), ex::add);
      }
    }
    return ex;
  }

  /** The instance each mention of a scored topic joins when the whole stream is linked with {@code model}. */
  static Map<String, String> link(List<Doc> docs, EventLinkModel model, double threshold,
      java.util.function.IntPredicate scored) {
    EventLinker linker = new EventLinker(model, threshold, null);
    Map<String, String> out = new HashMap<>();
    for (Doc d : docs) {
      List<EventLink> links = linker.linkWeighed(d.storyId(), d.seq(), d.mentions());
      if (scored.test(d.topic())) {
        for (int k = 0; k < links.size(); k++) {
          out.put(d.keys().get(k), links.get(k).instanceId());
        }
      }
    }
    return out;
  }
}
