package org.newsgraph.eval.attribution;

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
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.RunStats;
import org.newsgraph.eval.harness.Scorer;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.claims.BratAttribution;
import org.newsgraph.extract.claims.BratWriter;
import org.newsgraph.extract.claims.TaggerModel;

/**
 * {@code newsgraph eval attribution}: every article of a PolNeAR split ({@link PolnearCorpus}) is a gold item; our
 * system runs the caller's NLP + entities + times, then the {@link AttributionStage} alone (timed apart); an optional
 * reference system is scored on the same articles in the same run; {@link AttributionScorer} scores both. With an
 * errors file, every gold attribution we miss is written with the reason ({@link MissedAttributions}).
 */
public final class AttributionEvaluation {
  private final Function<Article, AnalyzedArticle> analysis;
  private final TaggerModel tagger;
  private final AttributionStage stage;

  /** @param analysis runs NLP, entity linking and time tagging over an article */
  public AttributionEvaluation(Function<Article, AnalyzedArticle> analysis) {
    this(analysis, null);
  }

  /** The same, with the stage running the tagger of {@code tagger} instead of the rules (null: the rules). */
  public AttributionEvaluation(Function<Article, AnalyzedArticle> analysis, TaggerModel tagger) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.tagger = tagger;
    this.stage = tagger == null ? new AttributionStage() : AttributionStage.withTagger(tagger);
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
   * @param misses        one line per gold attribution we miss, with the reason (when asked for)
   */
  public record Report(AttributionScorer.Result result, AttributionScorer.Result baseline, int articles,
      int skipped, List<String> messages, double stageSeconds, double nlpSeconds, double baselineSeconds,
      List<String> misses) {
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

  /** What to run besides our system, and what to write. All may be null. */
  public record Options(Function<Article, List<BratAttribution>> baseline, Path outDir, boolean misses) {
    public static Options none() {
      return new Options(null, null, false);
    }
  }

  /** Scores the first {@code limit} articles (all when {@code limit <= 0}) of a split folder. */
  public Report run(Path splitDir, int limit, Options options, Consumer<String> log) throws IOException {
    List<Path> texts = PolnearCorpus.texts(splitDir);
    if (limit > 0 && texts.size() > limit) {
      texts = texts.subList(0, limit);
    }
    return run(texts, options, log);
  }

  /** Scores the given text files (each with its gold under {@code ../attributions}). */
  public Report run(List<Path> texts, Options options, Consumer<String> log) {
    Path outDir = options.outDir();
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<GoldEntry<Article, List<BratAttribution>>> entries = entries(texts);
    AttributionScorer ours = new AttributionScorer();
    List<String> misses = new ArrayList<>();
    Scorer<Article, List<BratAttribution>, Analysed> scorer = (item, a) ->
        ours.add(item.input().text(), item.gold(), a.claims().stream().map(AttributionEvaluation::brat).toList());
    if (options.misses()) {
      scorer = scorer.andThen((item, a) -> misses.addAll(MissedAttributions.lines(tagger, item.name(), a.article(),
          item.gold(), a.claims())));
    }
    if (outDir != null) {
      scorer = scorer.andThen((item, a) -> write(outDir, item, a.claims()));
    }
    SystemUnderTest<Article, AnalyzedArticle, Analysed> system = new SystemUnderTest<>("attribution stage",
        analysis, a -> new Analysed(a, outer(stage.claims(a))));
    RunStats run = Harness.run(entries, system, scorer, log);
    AttributionScorer.Result baseline = null;
    double baselineSeconds = 0;
    if (options.baseline() != null) {
      AttributionScorer base = new AttributionScorer();
      RunStats b = Harness.run(entries, SystemUnderTest.of("baseline", options.baseline()),
          (item, predicted) -> base.add(item.input().text(), item.gold(), predicted), log);
      baseline = base.result();
      baselineSeconds = b.predictSeconds();
    }
    return new Report(ours.result(), baseline, run.items(), run.skipped(), run.messages(), run.predictSeconds(),
        run.prepareSeconds(), baselineSeconds, misses);
  }

  /** The analysed article and the claims the stage found in it. */
  private record Analysed(AnalyzedArticle article, List<Claim> claims) {}

  /**
   * The claims PolNeAR can judge: its attributions are univocal (none of the 2,319 cues of dev lies inside another
   * attribution's content), so a claim nested in another's content ({@link Claim#nested()}) has no gold to meet; the
   * outer claim, which keeps the whole report as its content, is scored as before.
   */
  static List<Claim> outer(List<Claim> claims) {
    return claims.stream().filter(c -> !c.nested()).toList();
  }

  /** One gold item per text file: the article and the attributions of the gold file chosen for it. */
  static List<GoldEntry<Article, List<BratAttribution>>> entries(List<Path> texts) {
    return GoldEntry.files(texts, (name, f) -> {
      Article article = PolnearCorpus.article(f);
      return new GoldItem<>(name, article, PolnearCorpus.goldAttributions(f, article));
    });
  }

  private static void write(Path outDir, GoldItem<Article, List<BratAttribution>> item, List<Claim> claims) {
    try {
      Files.writeString(outDir.resolve(PolnearCorpus.baseName(Path.of(item.name())) + ".ann"),
          BratWriter.write(item.input().text(), claims), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(item.name() + ": cannot write its .ann: " + e.getMessage(), e);
    }
  }

  /** A claim in the scorer's terms. */
  public static BratAttribution brat(Claim c) {
    return new BratAttribution(c.source() == null ? List.of() : List.of(c.source()), List.of(c.cue()),
        c.content().stream().sorted().toList());
  }
}
