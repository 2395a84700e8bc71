package org.newsgraph.eval.precision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Facet;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.Stage;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.RunStats;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.extract.ExtractionStages;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.claims.TaggerModel;

/**
 * {@code newsgraph eval precision}: the standard analysis on real BBC and Reuters articles, judged against the
 * labelled set. Each gold line names a document under the corpora folder; the project's reader reads it, the gold's
 * offsets are checked (or re-anchored, see {@link Anchoring}), the standard pipeline runs (its NLP stage first, kept in
 * the cache folder when one is given; then every later stage of {@link ExtractionStages#after}, the stages ingest runs,
 * timed apart), and {@link PrecisionScorer} judges the claims and events.
 */
public final class PrecisionEvaluation {
  /** Which splits to score: one by name, or every split the gold file holds. */
  public enum Splits {
    DEV, TEST, FRESH, BLIND3, ALL;

    boolean includes(String split) {
      return this == ALL || name().equalsIgnoreCase(split);
    }
  }

  /**
   * One run.
   *
   * @param scorer  the tallies per split and the error lines
   * @param stats   items scored and skipped, with the skip messages and timings
   */
  public record Report(PrecisionScorer scorer, RunStats stats) {}

  private final Function<Article, AnalyzedArticle> nlp;
  private final Stage rest;
  private final CorpusDocuments documents;

  /**
   * @param config  the settings the analysis is built from (as ingest builds it)
   * @param cache   a folder to keep NLP output in between runs, or null
   * @param corpora the folder holding {@code bbc-news} and {@code reuters-21578}
   */
  public PrecisionEvaluation(NewsgraphConfig config, Path cache, Path corpora) {
    this(config, cache, corpora, null);
  }

  /**
   * The same, with the attribution stage running the tagger of {@code tagger} instead of the rules (null: the
   * standard stages unchanged).
   */
  public PrecisionEvaluation(NewsgraphConfig config, Path cache, Path corpora, TaggerModel tagger) {
    Pipeline standard = ExtractionStages.after(AnalysisPipeline.nlp(config));
    Stage first = standard.stages().get(0);
    Set<Facet> given = EnumSet.of(Facet.TEXT);
    given.addAll(first.provides());
    List<Stage> later = standard.stages().subList(1, standard.stages().size()).stream()
        .map(s -> tagger != null && s instanceof AttributionStage ? AttributionStage.withTagger(tagger) : s)
        .toList();
    this.rest = Pipeline.of(given, later);
    this.nlp = Analyses.nlp(config, cache);
    this.documents = new CorpusDocuments(corpora);
  }

  /** The standard analysis of an article, as a run scores it. */
  AnalyzedArticle analyse(Article a) {
    return rest.apply(nlp.apply(a));
  }

  /** The corpus reader a run reads the gold's documents with. */
  CorpusDocuments documents() {
    return documents;
  }

  /** Scores the articles of {@code splits} in {@code gold}; skipped articles are reported to {@code log}. */
  public Report run(Path gold, Splits splits, Consumer<String> log) throws IOException {
    List<GoldEntry<Article, PrecisionScorer.Gold>> entries = new ArrayList<>();
    for (GoldArticle g : GoldFile.read(gold)) {
      if (splits.includes(g.split())) {
        entries.add(entry(g, log));
      }
    }
    PrecisionScorer scorer = new PrecisionScorer();
    RunStats stats = Harness.run(entries, new SystemUnderTest<>("standard analysis", nlp, rest::apply), scorer,
        log);
    return new Report(scorer, stats);
  }

  private GoldEntry<Article, PrecisionScorer.Gold> entry(GoldArticle g, Consumer<String> log) {
    return new GoldEntry<>() {
      @Override
      public String name() {
        return g.doc();
      }

      @Override
      public GoldItem<Article, PrecisionScorer.Gold> read() throws IOException {
        Article a = documents.read(g.doc());
        Anchoring.Result r = Anchoring.anchor(g, a.text());
        if (r.reread() && log != null) {
          log.accept("re-anchored " + g.doc() + ": the reader's text changed since the gold was written; "
              + r.moved() + " spans moved (update text_sha256 and the offsets once checked)");
        }
        return new GoldItem<>(g.doc(), a, new PrecisionScorer.Gold(r.article(), r.reread()));
      }
    };
  }
}
