package org.newsgraph.extract.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;

/**
 * The engine behind {@code newsgraph eval attribution --gold DIR [--out DIR]}: for every article of a PolNeAR split
 * ({@link PolnearCorpus}), run the caller's NLP + entities + times function (so this module never sees CoreNLP),
 * then the {@link AttributionStage} alone (timed apart), and score against the chosen gold file with
 * {@link AttributionScorer}. An optional baseline predictor is scored on the same articles in the same run. Bad
 * files are skipped with a one-line message each and counted.
 */
public final class AttributionEvaluation {
  private final Function<Article, AnalyzedArticle> analysis;
  private final AttributionStage stage = new AttributionStage();

  /** @param analysis runs NLP, entity linking and time tagging over an article */
  public AttributionEvaluation(Function<Article, AnalyzedArticle> analysis) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
  }

  /**
   * What a run gives.
   *
   * @param result        our figures
   * @param baseline      the baseline's figures on the same articles, or null when none was given
   * @param articles      articles scored
   * @param skipped       files skipped
   * @param messages      one line per skipped file
   * @param stageSeconds  time in the attribution stage alone
   * @param nlpSeconds    time in the analysis function
   * @param baselineSeconds time in the baseline predictor (its own NLP included)
   */
  public record Report(AttributionScorer.Result result, AttributionScorer.Result baseline, int articles,
      int skipped, List<String> messages, double stageSeconds, double nlpSeconds, double baselineSeconds) {
    /** Articles per second of the attribution stage alone. */
    public double articlesPerSecond() {
      return stageSeconds == 0 ? 0 : articles / stageSeconds;
    }

    /** Articles per second of the baseline, its NLP included. */
    public double baselineArticlesPerSecond() {
      return baselineSeconds == 0 ? 0 : articles / baselineSeconds;
    }

    public String summary() {
      return summary("baseline");
    }

    /** The figures as a table, the baseline's rows (if any) under {@code baselineName}. */
    public String summary(String baselineName) {
      return result.toTable("newsgraph") + (baseline == null ? "" : baseline.toTable(baselineName))
          + String.format(Locale.ROOT, "articles %d  skipped %d  attribution stage %.3f s (%.1f articles/s)  "
              + "nlp %.1f s%s%n", articles, skipped, stageSeconds, articlesPerSecond(), nlpSeconds,
              baseline == null ? "" : String.format(Locale.ROOT, "  %s %.1f s (%.2f articles/s, its NLP included)",
                  baselineName, baselineSeconds, baselineArticlesPerSecond()));
    }
  }

  /** Scores the first {@code limit} articles (all when {@code limit <= 0}) of a split folder. */
  public Report run(Path splitDir, Path outDir, int limit, Function<Article, List<BratAttribution>> baseline,
      Consumer<String> log) throws IOException {
    List<Path> texts = PolnearCorpus.texts(splitDir);
    if (limit > 0 && texts.size() > limit) {
      texts = texts.subList(0, limit);
    }
    return run(texts, outDir, baseline, log);
  }

  /** Scores the given text files (each with its gold under {@code ../attributions}). */
  public Report run(List<Path> texts, Path outDir, Function<Article, List<BratAttribution>> baseline,
      Consumer<String> log) {
    Consumer<String> out = log == null ? s -> { } : log;
    AttributionScorer ours = new AttributionScorer();
    AttributionScorer base = baseline == null ? null : new AttributionScorer();
    List<String> messages = new ArrayList<>();
    long stageNanos = 0;
    long nlpNanos = 0;
    long baselineNanos = 0;
    int articles = 0;
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path f : texts) {
      String name = f.getFileName().toString();
      try {
        Article article = PolnearCorpus.article(f);
        List<BratAttribution> gold = PolnearCorpus.goldAttributions(f, article);
        long t0 = System.nanoTime();
        AnalyzedArticle analysed = analysis.apply(article);
        long t1 = System.nanoTime();
        List<Claim> claims = stage.claims(analysed);
        long t2 = System.nanoTime();
        nlpNanos += t1 - t0;
        stageNanos += t2 - t1;
        ours.add(article.text(), gold, claims.stream().map(AttributionEvaluation::brat).toList());
        if (base != null) {
          long t3 = System.nanoTime();
          base.add(article.text(), gold, baseline(baseline, article, name, out));
          baselineNanos += System.nanoTime() - t3;
        }
        articles++;
        if (outDir != null) {
          Files.writeString(outDir.resolve(PolnearCorpus.baseName(f) + ".ann"),
              BratWriter.write(article.text(), claims), StandardCharsets.UTF_8);
        }
      } catch (IOException | RuntimeException e) {
        String m = name + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
        messages.add(m);
        out.accept("skipped " + m);
      }
    }
    return new Report(ours.result(), base == null ? null : base.result(), articles, messages.size(), messages,
        stageNanos / 1e9, nlpNanos / 1e9, baselineNanos / 1e9);
  }

  /** The baseline's attributions; when it fails on an article, a one-line message and none (scored as misses). */
  private static List<BratAttribution> baseline(Function<Article, List<BratAttribution>> baseline, Article article,
      String name, Consumer<String> log) {
    try {
      return baseline.apply(article);
    } catch (RuntimeException e) {
      log.accept("baseline failed on " + name + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
      return List.of();
    }
  }

  /** A claim in the scorer's terms. */
  public static BratAttribution brat(Claim c) {
    return new BratAttribution(c.source() == null ? List.of() : List.of(c.source()), List.of(c.cue()),
        c.content().stream().sorted().toList());
  }
}
