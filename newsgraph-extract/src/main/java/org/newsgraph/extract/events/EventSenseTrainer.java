package org.newsgraph.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.extract.learn.Folds;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Reliability;
import org.newsgraph.extract.learn.Softmax;

/**
 * Trains {@link EventSense} from triggers whose rightness is known: triggers of real news judged by hand, and the
 * main events of gold records. For each, the stage's candidate (with the sense model switched off), its features,
 * and whether it is a real political event of the coded type.
 * <ol>
 * <li>the sense model's L2 penalty is chosen among {@link #PENALTIES} by five-fold cross-validation by article,
 * then the model is fitted on all examples;</li>
 * <li>the confidence model is fitted on out-of-fold sense probabilities (each example scored by a sense model not
 * trained on its article), so it calibrates what the sense model does on unseen text;</li>
 * <li>the keep thresholds are chosen on the same out-of-fold scores of the judged news triggers, for the best
 * F-score weighted to precision (F0.5) of the coded events, as the median of that choice over bootstrap resamples
 * of the articles ({@link KeepThresholds}), so that a few changed examples do not move them.</li>
 * </ol>
 * {@link #measure} reports a second, outer cross-validation on the judged news triggers: each article's triggers
 * are given a confidence by models fitted without that article. Deterministic: the same examples in the same order
 * give the same file.
 */
public final class EventSenseTrainer {
  static final int FOLDS = 5;
  static final List<Double> PENALTIES = List.of(3e-2, 1e-2, 3e-3, 1e-3);
  private static final int STEPS = 300;
  private static final double RATE = 0.05;
  private static final double CONFIDENCE_L2 = 1e-3;
  private static final List<Double> THRESHOLDS = List.of(0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7);
  private static final List<Double> POLITICAL_SENSE = List.of(0.1, 0.2, 0.3, 0.4);
  private static final List<String> BINARY = List.of("no", "yes");
  /** Keys of examples from gold records (trained on, never measured as news): "plover:ID". */
  public static final String GOLD_PREFIX = "plover:";

  private EventSenseTrainer() {}

  /**
   * A trigger whose rightness is known.
   *
   * @param triggerBegin where the trigger starts in the article's text
   * @param type         the PLOVER type the stage coded
   * @param right        true when the words report a real political event of that type
   */
  public record Judgement(int triggerBegin, String type, boolean right) {}

  /**
   * An article with its judged triggers, analysed as far as the event stage needs.
   *
   * @param key the article's key (folds keep an article's triggers together)
   */
  public record Sample(String key, AnalyzedArticle article, List<Judgement> judgements) {}

  /** One judged trigger as the trainer sees it: what the stage computed for it, and whether it was right. */
  public record Example(String key, boolean right, double politics, boolean politicalArguments,
      Map<String, Double> features, Map<String, Double> facts) {
    public Example {
      features = Map.copyOf(features);
      facts = Map.copyOf(facts);
    }

    boolean news() {
      return !key.startsWith(GOLD_PREFIX);
    }
  }

  /** The examples of {@code samples}: each judgement matched to the candidate of its trigger and type. */
  public static List<Example> examples(List<Sample> samples, Consumer<String> log) {
    EventStage stage = EventStage.untrained();
    List<Example> out = new ArrayList<>();
    for (Sample s : samples) {
      Map<String, EventCandidate> byTrigger = new HashMap<>();
      for (EventCandidate c : stage.candidates(s.article())) {
        if (c.dropped() == null) {
          byTrigger.put(c.event().trigger().begin() + "/" + c.event().type(), c);
        }
      }
      for (Judgement j : s.judgements()) {
        EventCandidate c = byTrigger.get(j.triggerBegin() + "/" + j.type());
        if (c == null) {
          log.accept("no candidate for " + j.type() + " at " + j.triggerBegin() + " in " + s.key());
          continue;
        }
        out.add(new Example(s.key(), j.right(), c.politics(), c.politicalArguments(), c.features(),
            c.confidenceFacts()));
      }
    }
    return out;
  }

  /** Fits the sense and confidence models and the keep threshold (see the class comment). */
  public static ModelFiles.Contents fit(List<Example> examples, Consumer<String> log) {
    return fit(examples, choosePenalty(examples, log), log);
  }

  /** Fits as {@link #fit(List, Consumer)} does with a given penalty (a cross-validation reuses the shipped one). */
  public static ModelFiles.Contents fit(List<Example> examples, double l2, Consumer<String> log) {
    Softmax sense = fitSense(examples, l2);
    double[] oof = outOfFold(examples, l2, "");
    Softmax confidence = fitConfidence(examples, oof);
    double[] keep = chooseThresholds(examples, oof, confidence, log);
    Map<String, Double> params = new HashMap<>();
    params.put(EventSense.KEEP, keep[0]);
    params.put(EventSense.KEEP_POLITICAL, keep[1]);
    params.put("l2", l2);
    log.accept(String.format(Locale.ROOT, "sense: L2 %.0e, %d weights; coded when the confidence is at least %.2f, "
        + "or the doers are clearly political outside sport and entertainment and the sense is at least %.2f", l2,
        sense.size(), keep[0], keep[1]));
    return new ModelFiles.Contents(Map.of(EventSense.SENSE, sense, EventSense.CONFIDENCE, confidence), params);
  }

  private static double choosePenalty(List<Example> examples, Consumer<String> log) {
    double best = PENALTIES.get(0);
    double bestLoss = Double.MAX_VALUE;
    for (double l2 : PENALTIES) {
      double[] p = outOfFold(examples, l2, "");
      double loss = 0;
      int right = 0;
      int n = 0;
      for (int i = 0; i < p.length; i++) {
        if (!examples.get(i).news()) {
          continue; // chosen for the news it is meant for
        }
        boolean y = examples.get(i).right();
        loss -= Math.log(Math.max(1e-6, y ? p[i] : 1 - p[i]));
        right += (p[i] >= 0.5) == y ? 1 : 0;
        n++;
      }
      loss /= Math.max(1, n);
      log.accept(String.format(Locale.ROOT, "sense L2 %.0e: cross-validated log loss %.4f, accuracy %.3f (news "
          + "triggers)", l2, loss, (double) right / Math.max(1, n)));
      if (loss < bestLoss) {
        bestLoss = loss;
        best = l2;
      }
    }
    return best;
  }

  private static Softmax fitSense(List<Example> examples, double l2) {
    List<Softmax.Example> data = new ArrayList<>();
    for (Example e : examples) {
      data.add(new Softmax.Example(e.features(), e.right() ? 1 : 0));
    }
    return Softmax.fit(BINARY, data, new Softmax.Settings(l2, STEPS, RATE));
  }

  /** Each example's sense probability from a model fitted on the other folds (folds by article key and salt). */
  private static double[] outOfFold(List<Example> examples, double l2, String salt) {
    double[] p = new double[examples.size()];
    for (int f = 0; f < FOLDS; f++) {
      List<Example> train = new ArrayList<>();
      for (Example e : examples) {
        if (Folds.of(salt + e.key(), FOLDS) != f) {
          train.add(e);
        }
      }
      Softmax m = fitSense(train, l2);
      for (int i = 0; i < examples.size(); i++) {
        if (Folds.of(salt + examples.get(i).key(), FOLDS) == f) {
          p[i] = m.probabilities(examples.get(i).features())[1];
        }
      }
    }
    return p;
  }

  private static Map<String, Double> facts(Example e, double sense) {
    Map<String, Double> f = new HashMap<>(e.facts());
    f.put("sense", EventSense.logit(sense));
    double a = e.politicalArguments() ? 1.0 : 0.0;
    double k = f.getOrDefault("kind", 0.0);
    f.put("sense_x_kind", f.get("sense") * k / 4);
    f.put("sense_x_args", f.get("sense") * a);
    return f;
  }

  private static Softmax fitConfidence(List<Example> examples, double[] sense) {
    List<Softmax.Example> data = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      // gold records are short texts with their own intercept, so the news stay calibrated
      data.add(new Softmax.Example(facts(examples.get(i), sense[i]), examples.get(i).right() ? 1 : 0));
    }
    return Softmax.fit(BINARY, data, new Softmax.Settings(CONFIDENCE_L2, STEPS, RATE));
  }

  private static double[] chooseThresholds(List<Example> examples, double[] sense, Softmax confidence,
      Consumer<String> log) {
    List<Integer> news = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (examples.get(i).news()) {
        news.add(i);
      }
    }
    boolean[][] keeps = new boolean[THRESHOLDS.size() * POLITICAL_SENSE.size()][news.size()];
    boolean[] right = new boolean[news.size()];
    String[] keys = new String[news.size()];
    for (int j = 0; j < news.size(); j++) {
      Example e = examples.get(news.get(j));
      Map<String, Double> f = facts(e, sense[news.get(j)]);
      double c = confidence.probabilities(f)[1];
      right[j] = e.right();
      keys[j] = e.key();
      for (int t = 0; t < THRESHOLDS.size(); t++) {
        for (int ps = 0; ps < POLITICAL_SENSE.size(); ps++) {
          keeps[t * POLITICAL_SENSE.size() + ps][j] = EventSense.keep(c, sense[news.get(j)], f, THRESHOLDS.get(t),
              POLITICAL_SENSE.get(ps));
        }
      }
    }
    KeepThresholds choice = new KeepThresholds(THRESHOLDS, POLITICAL_SENSE, keeps, right, keys);
    double[] plain = choice.plain();
    double[] bagged = choice.bagged();
    log.accept(String.format(Locale.ROOT, "keep thresholds: median of the best F0.5 over %d article bootstraps "
        + "%.2f / %.2f (the plain best F0.5: %.2f / %.2f; the bootstraps' thresholds: %s)",
        KeepThresholds.BOOTSTRAPS, bagged[0], bagged[1], plain[0], plain[1], choice.spread()));
    return bagged;
  }

  /**
   * The outer cross-validation on the judged news triggers: per fold, models fitted (as {@link #fit} does, with the
   * penalty and threshold given) on every example of the other folds, applied to the fold's news triggers; the
   * figures and reliability tables for people.
   */
  public static String measure(List<Example> examples, ModelFiles.Contents fitted) {
    double l2 = fitted.param("l2", 1e-2);
    double keep = fitted.param(EventSense.KEEP, 0.5);
    double keepPolitical = fitted.param(EventSense.KEEP_POLITICAL, 0.2);
    Reliability coded = new Reliability(10);
    Reliability all = new Reliability(10);
    int tp = 0;
    int kept = 0;
    int right = 0;
    int senseRight = 0;
    int n = 0;
    for (int f = 0; f < FOLDS; f++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : examples) {
        (Folds.of("outer:" + e.key(), FOLDS) == f ? test : train).add(e);
      }
      Softmax sense = fitSense(train, l2);
      Softmax confidence = fitConfidence(train, outOfFold(train, l2, ""));
      for (Example e : test) {
        if (!e.news()) {
          continue;
        }
        double p = sense.probabilities(e.features())[1];
        Map<String, Double> known = facts(e, p);
        double c = confidence.probabilities(known)[1];
        boolean k = EventSense.keep(c, p, known, keep, keepPolitical);
        all.add(c, e.right());
        if (k) {
          coded.add(c, e.right());
        }
        n++;
        kept += k ? 1 : 0;
        right += e.right() ? 1 : 0;
        tp += k && e.right() ? 1 : 0;
        senseRight += (p >= 0.5) == e.right() ? 1 : 0;
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "event sense, five-fold cross-validation by article over %d judged news "
        + "triggers (%d right):%n", n, right));
    sb.append(String.format(Locale.ROOT, "  sense accuracy %.3f; coded (confidence >= %.2f, or clearly political "
        + "doers and sense >= %.2f): %d, precision %.3f, recall %.3f%n", (double) senseRight / Math.max(1, n), keep,
        keepPolitical, kept, kept == 0 ? 0 : (double) tp / kept, right == 0 ? 0 : (double) tp / right));
    sb.append("  reliability of the confidence, coded events:\n").append(coded.text());
    sb.append("  reliability of the confidence, every judged trigger:\n").append(all.text());
    return sb.toString();
  }

  /** Writes examples as gzipped text, one per line, so that a later fit (a cross-validation) needs no NLP. */
  public static void writeExamples(Path file, List<Example> examples) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8)) {
      for (Example e : examples) {
        w.write(e.key() + "\t" + (e.right() ? 1 : 0) + "\t" + ModelFiles.format(e.politics()) + "\t"
            + (e.politicalArguments() ? 1 : 0) + "\t" + map(e.facts()) + "\t" + map(e.features()) + "\n");
      }
    }
  }

  /** Reads examples written by {@link #writeExamples}. */
  public static List<Example> readExamples(InputStream gz) throws IOException {
    List<Example> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String[] p = line.split("\t", -1);
      if (p.length != 6) {
        throw new IOException("expected six columns in an example line, found " + p.length);
      }
      out.add(new Example(p[0], p[1].equals("1"), Double.parseDouble(p[2]), p[3].equals("1"), unmap(p[5]),
          unmap(p[4])));
    }
    return out;
  }

  /** The examples whose key passes {@code keep}. */
  public static List<Example> only(List<Example> examples, Predicate<String> keep) {
    return examples.stream().filter(e -> keep.test(e.key())).toList();
  }

  private static String map(Map<String, Double> m) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Double> e : new TreeMap<>(m).entrySet()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(e.getKey().replace(' ', '_')).append('=').append(ModelFiles.format(e.getValue()));
    }
    return sb.toString();
  }

  private static Map<String, Double> unmap(String s) {
    Map<String, Double> m = new HashMap<>();
    if (s.isEmpty()) {
      return m;
    }
    for (String kv : s.split(" ")) {
      int eq = kv.lastIndexOf('=');
      m.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
    }
    return m;
  }
}
