package org.newsgraph.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsgraph.app.json.Json;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.extract.claims.AttributionEvaluation;
import org.newsgraph.extract.claims.AttributionScorer;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval attribution --gold DIR}: PolNeAR figures (per role exact and token-overlap P/R/F1, linked
 * F1, articles/s of the attribution stage alone) on a split folder holding {@code text/} and
 * {@code attributions/}.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = "Attribution figures (source, cue, content: exact and overlap P/R/F1; linked F1) on a PolNeAR "
        + "split folder (text/*.txt, attributions/*.ann).")
final class EvalAttributionCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "The split folder, e.g. ../shared/data/polnear/dev.")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR", description = "Write our .ann per article here (text/X.txt → X.ann).")
  Path out;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles (0 = all).")
  int limit;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    if (!Files.isDirectory(gold)) {
      throw new IllegalArgumentException(gold + ": no such folder");
    }
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CoreNlpStage nlp = AnalysisPipeline.nlp(common.config());
    EntityLinkingStage entities = new EntityLinkingStage();
    TimeTaggingStage times = new TimeTaggingStage();
    Function<Article, AnalyzedArticle> analysis = a -> times.apply(entities.apply(nlp.apply(AnalyzedArticle.of(a))));
    AttributionEvaluation.Report r = new AttributionEvaluation(analysis).run(gold, out, limit, null, err::println);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", r.articles());
      m.put("skipped", r.skipped());
      m.put("newsgraph", figures(r.result()));
      if (r.baseline() != null) {
        m.put("baseline", figures(r.baseline()));
      }
      m.put("articles_per_s_attribution_stage", r.articlesPerSecond());
      pw.println(Json.pretty(m));
    } else {
      pw.print(r.summary());
    }
    pw.flush(); // print() does not flush an auto-flushing writer, and main() exits right after
    return r.skipped() > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
  }

  private static Map<String, Object> figures(AttributionScorer.Result x) {
    Map<String, Object> m = new LinkedHashMap<>();
    x.roles().forEach((role, rr) -> m.put(role.name().toLowerCase(Locale.ROOT), Map.of(
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
