package org.newsgraph.extract.claims;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.extract.learn.Folds;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Reliability;
import org.newsgraph.extract.learn.Softmax;

/**
 * Fits {@link ClaimConfidence} from claims whose rightness is known (the stage's claims on gold-labelled articles):
 * the base model on the examples of PolNeAR, the news calibration on those of real news (keys starting with
 * {@link #NEWS_PREFIX}). Each L2 penalty, and the number of indicators the news calibration reads
 * ({@link #SHIFT_COUNTS}, {@link #shifts}), is chosen by the log loss of a five-fold cross-validation by article;
 * then the model is fitted on every example. Deterministic: the same examples in the
 * same order give the same file.
 */
public final class ClaimConfidenceTrainer {
  static final int FOLDS = 5;
  static final List<Double> PENALTIES = List.of(1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4);
  /** The key prefix of real-news examples, which the news calibration is fitted on. */
  public static final String NEWS_PREFIX = "news:";
  private static final int STEPS = 300;
  private static final double RATE = 0.05;
  private static final List<String> BINARY = List.of("wrong", "right");
  /** How many indicators the news calibration may read beside the base log-odds (chosen by cross-validation). */
  static final List<Integer> SHIFT_COUNTS = List.of(0, 3, 5, 8);
  /** An indicator is a candidate when at least this many news claims have it. */
  static final int MIN_SHIFT_EXAMPLES = 15;

  private ClaimConfidenceTrainer() {}

  /**
   * One claim whose rightness is known.
   *
   * @param key      its article (folds keep an article's claims together)
   * @param right    whether it is fully right
   * @param features what the stage computed for it ({@link ClaimConfidence.Scored#features()}), kept as the
   *                 examples file keeps them (five significant digits), so a fit from the file is the same fit
   */
  public record Example(String key, boolean right, Map<String, Double> features) {
    public Example {
      Map<String, Double> r = new HashMap<>();
      features.forEach((k, v) -> r.put(k, ModelFiles.rounded(v)));
      features = Map.copyOf(r);
    }
  }

  /** The models (and their penalties as the parameters "l2" and "news_l2"), fitted as the class comment says. */
  public static ModelFiles.Contents fit(List<Example> examples, Consumer<String> log) {
    return fit(examples, "claim confidence", log);
  }

  /**
   * As {@link #fit(List, Consumer)}, for any kind of item whose rightness is known ({@code what} names it in the
   * log): the mentions' and the times' confidences are fitted by the same two steps (the calibration step only when
   * some examples carry {@link #NEWS_PREFIX}).
   */
  public static ModelFiles.Contents fit(List<Example> examples, String what, Consumer<String> log) {
    List<Example> base = examples.stream().filter(e -> !news(e)).toList();
    List<Example> news = examples.stream().filter(ClaimConfidenceTrainer::news).toList();
    double l2 = penalty(base, what + ", base", log);
    Softmax m = fit(base, l2);
    log.accept(String.format(Locale.ROOT, what + ", base: L2 %.0e, %d weights, %d examples", l2, m.size(),
        base.size()));
    Map<String, Softmax> models = new HashMap<>(Map.of(ClaimConfidence.MODEL, m));
    Map<String, Double> params = new HashMap<>(Map.of("l2", l2));
    if (!news.isEmpty()) {
      List<Scored> scored = scored(m, news);
      double bestLoss = Double.MAX_VALUE;
      double nl2 = PENALTIES.get(0);
      int count = 0;
      for (int k : SHIFT_COUNTS) {
        for (double p : PENALTIES) {
          double loss = logLoss(scored, nestedOutOfFold(scored, k, p));
          log.accept(String.format(Locale.ROOT, what + ", calibration, %d indicators, L2 %.0e: cross-validated "
              + "log loss %.4f", k, p, loss));
          if (loss < bestLoss - 1e-9) {
            bestLoss = loss;
            nl2 = p;
            count = k;
          }
        }
      }
      Set<String> shifts = shifts(scored, count, nl2);
      Softmax n = fit(calibration(scored, shifts), nl2);
      log.accept(String.format(Locale.ROOT, what + ", calibration: L2 %.0e, indicators %s, %d weights, "
          + "%d examples", nl2, shifts, n.size(), news.size()));
      models.put(ClaimConfidence.NEWS, n);
      params.put("news_l2", nl2);
      params.put("news_indicators", (double) count);
    }
    return new ModelFiles.Contents(models, params);
  }

  static boolean news(Example e) {
    return e.key().startsWith(NEWS_PREFIX);
  }

  /** A news example and the base model's probability that it is right. */
  private record Scored(Example example, double base) {}

  private static List<Scored> scored(Softmax base, List<Example> news) {
    ClaimConfidence c = new ClaimConfidence(base, null);
    return news.stream().map(e -> new Scored(e, c.base(e.features()))).toList();
  }

  /** The news examples as the calibration sees them: the base model's log-odds and the indicators {@code shifts}. */
  private static List<Example> calibration(List<Scored> news, Set<String> shifts) {
    return news.stream().map(s -> new Example(s.example().key(), s.example().right(),
        ClaimConfidence.calibration(s.base(), s.example().features(), shifts))).toList();
  }

  /**
   * The {@code count} indicators the base model gets most wrong on these news claims: after a calibration on the
   * base log-odds alone, the 0/1 features (no conjunctions) of at least {@link #MIN_SHIFT_EXAMPLES} claims whose
   * share right departs most from the confidence given, in standard deviations; one value per feature (not both
   * "x=true" and "x=false"). Ties go by name, so the choice is the same on every run.
   */
  static Set<String> shifts(List<Scored> news, int count, double l2) {
    if (count == 0) {
      return Set.of();
    }
    List<Example> platt = calibration(news, Set.of());
    Softmax m = fit(platt, l2);
    Map<String, double[]> sums = new TreeMap<>(); // feature -> claims, right minus given, variance
    for (int i = 0; i < news.size(); i++) {
      double p = m.probabilities(platt.get(i).features())[1];
      Example e = news.get(i).example();
      for (Map.Entry<String, Double> f : new TreeMap<>(e.features()).entrySet()) {
        if (f.getValue() == 1.0 && f.getKey().contains("=") && !f.getKey().contains("/")) {
          double[] s = sums.computeIfAbsent(f.getKey(), k -> new double[3]);
          s[0]++;
          s[1] += (e.right() ? 1 : 0) - p;
          s[2] += p * (1 - p);
        }
      }
    }
    List<Map.Entry<String, double[]>> ranked = new ArrayList<>(sums.entrySet().stream()
        .filter(x -> x.getValue()[0] >= MIN_SHIFT_EXAMPLES).toList());
    ranked.sort(Comparator.<Map.Entry<String, double[]>>comparingDouble(
        x -> -Math.abs(x.getValue()[1]) / Math.sqrt(Math.max(1e-9, x.getValue()[2]))).thenComparing(Map.Entry::getKey));
    Set<String> out = new TreeSet<>();
    Set<String> stems = new TreeSet<>();
    for (Map.Entry<String, double[]> x : ranked) {
      if (out.size() == count) {
        break;
      }
      String stem = x.getKey().substring(0, x.getKey().indexOf('='));
      if (stems.add(stem)) {
        out.add(x.getKey());
      }
    }
    return out;
  }

  /**
   * Each news claim's probability of being right from a calibration chosen and fitted without its article: the
   * indicators are chosen on the other folds too, so the figure does not flatter the choice.
   */
  private static double[] nestedOutOfFold(List<Scored> news, int count, double l2) {
    double[] p = new double[news.size()];
    for (int f = 0; f < FOLDS; f++) {
      List<Scored> train = new ArrayList<>();
      for (Scored s : news) {
        if (Folds.of(s.example().key(), FOLDS) != f) {
          train.add(s);
        }
      }
      Set<String> shifts = shifts(train, count, l2);
      Softmax m = fit(calibration(train, shifts), l2);
      List<Example> all = calibration(news, shifts);
      for (int i = 0; i < news.size(); i++) {
        if (Folds.of(news.get(i).example().key(), FOLDS) == f) {
          p[i] = m.probabilities(all.get(i).features())[1];
        }
      }
    }
    return p;
  }

  private static double logLoss(List<Scored> news, double[] p) {
    double loss = 0;
    for (int i = 0; i < p.length; i++) {
      loss -= Math.log(Math.max(1e-6, news.get(i).example().right() ? p[i] : 1 - p[i]));
    }
    return loss / Math.max(1, p.length);
  }

  private static double penalty(List<Example> examples, String what, Consumer<String> log) {
    double best = PENALTIES.get(0);
    double bestLoss = Double.MAX_VALUE;
    for (double l2 : PENALTIES) {
      double[] p = outOfFold(examples, l2);
      double loss = 0;
      for (int i = 0; i < p.length; i++) {
        loss -= Math.log(Math.max(1e-6, examples.get(i).right() ? p[i] : 1 - p[i]));
      }
      loss /= Math.max(1, p.length);
      log.accept(String.format(Locale.ROOT, "%s, L2 %.0e: cross-validated log loss %.4f", what,
          l2, loss));
      if (loss < bestLoss - 1e-9) {
        bestLoss = loss;
        best = l2;
      }
    }
    return best;
  }

  /**
   * The reliability of the confidence on real news, cross-validated by article: each news example is given a
   * confidence by the base model of {@code fitted} and a news calibration chosen (its indicators) and fitted without
   * its article.
   */
  public static Reliability newsCrossValidated(ModelFiles.Contents fitted, List<Example> examples) {
    List<Scored> news = scored(fitted.model(ClaimConfidence.MODEL),
        examples.stream().filter(ClaimConfidenceTrainer::news).toList());
    double[] p = nestedOutOfFold(news, (int) fitted.param("news_indicators", 0), fitted.param("news_l2", 1e-2));
    Reliability r = new Reliability(10);
    for (int i = 0; i < p.length; i++) {
      r.add(Math.round(p[i] * 1000) / 1000.0, news.get(i).example().right());
    }
    return r;
  }

  private static Softmax fit(List<Example> examples, double l2) {
    List<Softmax.Example> data = new ArrayList<>();
    for (Example e : examples) {
      data.add(new Softmax.Example(e.features(), e.right() ? 1 : 0));
    }
    return Softmax.fit(BINARY, data, new Softmax.Settings(l2, STEPS, RATE));
  }

  /** Each example's probability of being right from a model fitted on the other folds (by article). */
  public static double[] outOfFold(List<Example> examples, double l2) {
    double[] p = new double[examples.size()];
    for (int f = 0; f < FOLDS; f++) {
      List<Example> train = new ArrayList<>();
      for (Example e : examples) {
        if (Folds.of(e.key(), FOLDS) != f) {
          train.add(e);
        }
      }
      Softmax m = fit(train, l2);
      for (int i = 0; i < examples.size(); i++) {
        if (Folds.of(examples.get(i).key(), FOLDS) == f) {
          p[i] = m.probabilities(examples.get(i).features())[1];
        }
      }
    }
    return p;
  }

  /** The reliability table of a fitted model over examples (e.g. of a split it was not fitted on). */
  public static Reliability reliability(ModelFiles.Contents model, List<Example> examples) {
    ClaimConfidence c = ClaimConfidence.of(model);
    Reliability r = new Reliability(10);
    for (Example e : examples) {
      r.add(c.of(e.features()), e.right());
    }
    return r;
  }

  /** The reliability table of the base model of {@code model} alone (calibrated for PolNeAR, not for news). */
  public static Reliability baseReliability(ModelFiles.Contents model, List<Example> examples) {
    ClaimConfidence c = new ClaimConfidence(model.model(ClaimConfidence.MODEL), null);
    Reliability r = new Reliability(10);
    for (Example e : examples) {
      r.add(c.of(e.features()), e.right());
    }
    return r;
  }

  /** Writes examples as gzipped text, one per line, so that a later fit needs no NLP. */
  public static void writeExamples(Path file, List<Example> examples) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8)) {
      for (Example e : examples) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> f : new TreeMap<>(e.features()).entrySet()) {
          sb.append('\t').append(f.getKey()).append('\t').append(ModelFiles.format(f.getValue()));
        }
        w.write(e.key() + "\t" + (e.right() ? 1 : 0) + sb + "\n");
      }
    }
  }

  /** Reads examples written by {@link #writeExamples}. */
  public static List<Example> readExamples(InputStream gz) throws IOException {
    List<Example> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String[] p = line.split("\t", -1);
      if (p.length < 2 || p.length % 2 != 0) {
        throw new IOException("an example line holds a key, a label and feature-value pairs: " + line);
      }
      Map<String, Double> f = new HashMap<>();
      for (int i = 2; i < p.length; i += 2) {
        f.put(p[i], Double.parseDouble(p[i + 1]));
      }
      out.add(new Example(p[0], p[1].equals("1"), f));
    }
    return out;
  }
}
