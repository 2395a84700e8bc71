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
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.events.EventEvaluation;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval events --gold PATH [--out FILE]}: event figures on PLOVER gold records (JSON lines) or
 * CASE-2021 task-2 snippets (TSV, with the PLOVER crosswalk beside it); the format is read from the file.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Event figures on PLOVER gold records (type accuracy, macro/micro F1, actor and recipient codes,"
        + " mode) or CASE-2021 task-2 snippets (weighted F1 over the classes the PLOVER crosswalk covers).")
final class EvalEventsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", required = true, paramLabel = "PATH",
      description = "PLOVER gold records (.jsonl) or CASE-2021 task-2 snippets (.tsv).")
  Path gold;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write our output: one JSON line per PLOVER record, or id<TAB>label per CASE snippet.")
  Path out;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException(gold + ": no such file");
    }
    PrintWriter pw = spec.commandLine().getOut();
    CoreNlpStage nlp = AnalysisPipeline.nlp(common.config());
    EntityLinkingStage entities = new EntityLinkingStage();
    TimeTaggingStage times = new TimeTaggingStage();
    EventEvaluation eval = new EventEvaluation(a -> times.apply(entities.apply(nlp.apply(AnalyzedArticle.of(a)))));
    EventEvaluation.Report r = eval.run(gold, out);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("format", r.format().name().toLowerCase(java.util.Locale.ROOT));
      m.put("items", r.items());
      m.putAll(r.figures());
      m.put("articles_per_s_event_stage", r.articlesPerSecond());
      pw.println(Json.pretty(m));
      pw.flush();
    } else {
      pw.print(r.summary());
      pw.flush();
    }
    return Main.OK;
  }
}
