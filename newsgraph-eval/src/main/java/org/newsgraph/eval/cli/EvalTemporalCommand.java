package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.newsgraph.core.TimexType;
import org.newsgraph.eval.confidence.ConfidenceReport;
import org.newsgraph.eval.confidence.TimeConfidenceLabels;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.eval.temporal.TempEvalScorer;
import org.newsgraph.eval.temporal.TemporalEvaluation;
import org.newsgraph.eval.temporal.TimeMlDocument;
import org.newsgraph.extract.time.TimeConfidence;
import org.newsgraph.nlp.reference.SuTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval temporal --gold DIR}: TempEval-3 Task A figures on a folder of TimeML files, ours and (unless
 * {@code --no-baseline}) Stanford SUTime's on the same files in the same run, with documents/s of each.
 */
@Command(name = "temporal", mixinStandardHelpOptions = true,
    description = "TempEval-3 Task A figures (strict/relaxed P/R/F1, value and type F1) on a folder of .tml files.")
public final class EvalTemporalCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold files.")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR", description = "Write our predictions here (same file names).")
  Path out;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write one line per miss or wrong value.")
  Path errors;

  @Mixin NlpCacheOption cache;

  @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also score Stanford SUTime (CoreNLP's TimeAnnotator) on the same files (default: on; "
          + "--no-baseline skips it).")
  boolean baseline;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFolder(gold);
    PrintWriter pw = output.out();
    PrintWriter err = output.err();
    // the NLP of each file kept for the confidence's table after the run, so that it runs once
    Map<String, AnalyzedArticle> analysed = new HashMap<>();
    Function<Article, AnalyzedArticle> nlp = Analyses.nlp(common.config(), cache.dir());
    Function<Article, AnalyzedArticle> kept = a -> analysed.computeIfAbsent(a.id(), k -> nlp.apply(a));
    TemporalEvaluation eval = new TemporalEvaluation(kept);
    List<Path> files = TemporalEvaluation.files(gold);
    TemporalEvaluation.Report r = eval.run(files, out, err::println);
    ConfidenceReport confidence = ConfidenceReport.of(TimeConfidence.shippedModel(),
        TimeConfidenceLabels.examples(files, kept, err::println));
    if (errors != null) {
      Files.write(errors, r.errors());
    }
    Baseline b = baseline ? sutime(files, err) : null;
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", r.documents());
      m.put("skipped", r.skipped());
      m.putAll(figures(r.result()));
      m.put("documents_per_s_temporal_stage", r.documentsPerSecond());
      if (confidence != null) {
        m.put("confidence", confidence.json());
      }
      if (b != null) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("system", "SUTime (CoreNLP 4.5.10 TimeAnnotator, defaults)");
        s.put("documents", b.report().documents());
        s.putAll(figures(b.report().result()));
        s.put("documents_per_s_sutime", rate(b.report().documents(), b.sutimeSeconds()));
        s.put("documents_per_s_with_tokenize_pos_lemma", b.report().documentsPerSecond());
        s.put("load_s", b.loadSeconds());
        m.put("baseline", s);
      }
      output.printJson(m);
    } else {
      pw.print(r.summary());
      if (confidence != null) {
        pw.println();
        pw.print(confidence.text("time confidence", "expressions", "document"));
      }
      if (b != null) {
        pw.println();
        pw.println("Baseline: SUTime (CoreNLP 4.5.10 TimeAnnotator at defaults, document date set per document)");
        pw.print(b.report().result().toTable());
        pw.printf(Locale.ROOT, "documents %d  skipped %d  SUTime %.3f s (%.1f documents/s); with tokenize,ssplit,"
            + "pos,lemma %.3f s (%.1f documents/s); load %.1f s%n", b.report().documents(), b.report().skipped(),
            b.sutimeSeconds(), rate(b.report().documents(), b.sutimeSeconds()), b.report().taggingSeconds(),
            b.report().documentsPerSecond(), b.loadSeconds());
        TempEvalScorer.Result x = r.result();
        TempEvalScorer.Result y = b.report().result();
        pw.println();
        pw.printf(Locale.ROOT, "%-10s %9s %9s %9s %9s %9s%n", "system", "strict F1", "relax F1", "value F1",
            "type F1", "docs/s");
        pw.printf(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f %9.4f %9.1f%n", "newsgraph", x.strictF1(), x.relaxedF1(),
            x.valueF1(), x.typeF1(), r.documentsPerSecond());
        pw.printf(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f %9.4f %9.1f%n", "SUTime", y.strictF1(), y.relaxedF1(),
            y.valueF1(), y.typeF1(), rate(b.report().documents(), b.sutimeSeconds()));
      }
    }
    return Evaluations.exitCode(r.skipped());
  }

  private record Baseline(TemporalEvaluation.Report report, double sutimeSeconds, double loadSeconds) {}

  private static Baseline sutime(List<Path> files, PrintWriter err) {
    SuTime su = new SuTime();
    double[] alone = {0};
    TemporalEvaluation.Report rep = TemporalEvaluation.runExternal(files, (text, dct) -> {
      SuTime.Result res = su.tag(text, dct);
      alone[0] += res.sutimeSeconds();
      List<TimeMlDocument.Timex> out = new ArrayList<>();
      for (SuTime.Timex3 t : res.timexes()) {
        TimexType type = type(t.type());
        if (type != null && t.end() > t.begin()) {
          out.add(new TimeMlDocument.Timex(null, new Span(t.begin(), t.end()), type,
              t.value() == null ? "" : t.value(), null));
        }
      }
      return out;
    }, m -> err.println("baseline: " + m));
    return new Baseline(rep, alone[0], su.loadSeconds());
  }

  private static TimexType type(String s) {
    try {
      return s == null ? null : TimexType.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static double rate(int docs, double seconds) {
    return seconds == 0 ? 0 : docs / seconds;
  }

  private static Map<String, Object> figures(TempEvalScorer.Result x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("strict", Json.object("p", x.strictPrecision(), "r", x.strictRecall(), "f1", x.strictF1()));
    m.put("relaxed", Json.object("p", x.relaxedPrecision(), "r", x.relaxedRecall(), "f1", x.relaxedF1()));
    m.put("value_f1", x.valueF1());
    m.put("type_f1", x.typeF1());
    Map<String, Object> per = new LinkedHashMap<>();
    x.perType().forEach((t, v) -> per.put(t.name(), Json.object("gold", v.gold(), "predicted", v.predicted(),
        "relaxed_f1", v.relaxedF1(), "strict_f1", v.strictF1(), "value_accuracy", v.valueAccuracy())));
    m.put("per_type", per);
    Map<String, Object> kinds = new LinkedHashMap<>();
    x.valueDisagreements().forEach((k, n) -> kinds.put(k.name().toLowerCase(Locale.ROOT), n));
    m.put("value_disagreements", kinds);
    m.put("value_f1_if_forms_agreed_diagnostic", x.valueF1IfFormsAgreed());
    return m;
  }
}
