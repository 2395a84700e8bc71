package org.newsgraph.eval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Span;
import org.newsgraph.eval.attribution.AttributionEvaluation;
import org.newsgraph.eval.attribution.AttributionScorer;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.extract.claims.BratAttribution;
import org.newsgraph.nlp.reference.QuoteAttribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval attribution --gold DIR}: PolNeAR figures (per role exact and token-overlap P/R/F1, linked
 * F1, articles/s of the attribution stage alone) on a split folder holding {@code text/} and
 * {@code attributions/}; unless {@code --no-baseline}, CoreNLP's quote attribution scored on the same articles in
 * the same run (source = the speaker mention, cue = the verb the mention is subject of, content = the quotation).
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = "Attribution figures (source, cue, content: exact and overlap P/R/F1; linked F1) on a PolNeAR "
        + "split folder (text/*.txt, attributions/*.ann).")
public final class EvalAttributionCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "The split folder, e.g. ../shared/data/polnear/dev.")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR", description = "Write our .ann per article here (text/X.txt → X.ann).")
  Path out;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write one line per gold attribution we miss (with the reason) and per claim no gold cue "
          + "overlaps: kind, reason, file, cue, sentence.")
  Path errors;

  @Mixin NlpCacheOption cache;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles (0 = all).")
  int limit;

  @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also score CoreNLP's QuoteAnnotator + QuoteAttributionAnnotator on the same articles (default: "
          + "on; --no-baseline skips it).")
  boolean baseline;

  private static final String BASELINE_NAME = "corenlp-qa";

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFolder(gold);
    Function<Article, AnalyzedArticle> analysis = Analyses.upToTimes(common.config(), cache.dir());
    QuoteAttribution qa = baseline ? new QuoteAttribution() : null;
    AttributionEvaluation.Report r = new AttributionEvaluation(analysis).run(gold, limit,
        new AttributionEvaluation.Options(qa == null ? null : a -> quotes(qa, a), out, errors != null),
        output.err()::println);
    if (errors != null) {
      Files.write(errors, r.misses());
    }
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", r.articles());
      m.put("skipped", r.skipped());
      m.put("newsgraph", figures(r.result()));
      m.put("articles_per_s_attribution_stage", r.articlesPerSecond());
      if (r.baseline() != null) {
        Map<String, Object> b = figures(r.baseline());
        b.put("system", SYSTEM);
        b.put("articles_per_s_with_its_nlp", r.baselineArticlesPerSecond());
        b.put("load_s", qa.loadSeconds());
        m.put("baseline", b);
      }
      output.printJson(m);
    } else {
      output.printText(r.summary(BASELINE_NAME));
      if (qa != null) {
        output.out().printf(Locale.ROOT, "%s: %s; load %.1f s%n", BASELINE_NAME, SYSTEM, qa.loadSeconds());
      }
    }
    return Evaluations.exitCode(r.skipped());
  }

  private static final String SYSTEM = "CoreNLP 4.5.10 QuoteAnnotator + QuoteAttributionAnnotator, no coref "
      + "(source = speaker mention, cue = the verb it is subject of, content = quotation)";

  /** CoreNLP's quotations as PolNeAR attributions: the mention as source, its verb as cue, the quote as content. */
  private static List<BratAttribution> quotes(QuoteAttribution qa, Article a) {
    List<BratAttribution> out = new ArrayList<>();
    for (QuoteAttribution.Quote q : qa.attribute(a.text()).quotes()) {
      out.add(new BratAttribution(q.hasMention() ? List.of(new Span(q.mentionBegin(), q.mentionEnd())) : List.of(),
          q.hasVerb() ? List.of(new Span(q.verbBegin(), q.verbEnd())) : List.of(),
          List.of(new Span(q.begin(), q.end()))));
    }
    return out;
  }

  private static Map<String, Object> figures(AttributionScorer.Result x) {
    Map<String, Object> m = new LinkedHashMap<>();
    x.roles().forEach((role, rr) -> m.put(role.name().toLowerCase(Locale.ROOT), Json.object(
        "exact", prf(rr.exact()), "overlap", prf(rr.overlap()), "predicted", rr.predicted(), "gold", rr.gold())));
    m.put("linked", prf(x.linked()));
    return m;
  }

  private static Map<String, Object> prf(AttributionScorer.Prf p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("p", p.precision());
    m.put("r", p.recall());
    m.put("f1", p.f1());
    return m;
  }
}
