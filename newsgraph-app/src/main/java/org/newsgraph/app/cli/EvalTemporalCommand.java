package org.newsgraph.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Json;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.extract.time.TempEvalScorer;
import org.newsgraph.extract.time.TemporalEvaluation;
import org.newsgraph.nlp.CoreNlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval temporal --gold DIR}: TempEval-3 Task A figures on a folder of TimeML files. */
@Command(name = "temporal", mixinStandardHelpOptions = true,
    description = "TempEval-3 Task A figures (strict/relaxed P/R/F1, value and type F1) on a folder of .tml files.")
final class EvalTemporalCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold files.")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR", description = "Write our predictions here (same file names).")
  Path out;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write one line per miss or wrong value.")
  Path errors;

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
    TemporalEvaluation eval = new TemporalEvaluation(a -> nlp.apply(AnalyzedArticle.of(a)));
    TemporalEvaluation.Report r = eval.run(gold, out, err::println);
    if (errors != null) {
      Files.write(errors, r.errors());
    }
    if (json) {
      TempEvalScorer.Result x = r.result();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", r.documents());
      m.put("skipped", r.skipped());
      m.put("strict", Map.of("p", x.strictPrecision(), "r", x.strictRecall(), "f1", x.strictF1()));
      m.put("relaxed", Map.of("p", x.relaxedPrecision(), "r", x.relaxedRecall(), "f1", x.relaxedF1()));
      m.put("value_f1", x.valueF1());
      m.put("type_f1", x.typeF1());
      m.put("documents_per_s_temporal_stage", r.documentsPerSecond());
      pw.println(Json.pretty(m));
    } else {
      pw.print(r.summary());
    }
    return r.skipped() > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
  }
}
