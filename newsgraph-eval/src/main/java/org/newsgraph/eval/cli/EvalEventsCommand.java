package org.newsgraph.eval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.eval.events.EventEvaluation;
import org.newsgraph.eval.harness.Analyses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval events --gold PATH [--out FILE]}: event figures on PLOVER gold records (JSON lines) or
 * CASE-2021 task-2 snippets (TSV, with the PLOVER crosswalk beside it); the format is read from the file.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Event figures on PLOVER gold records (type accuracy, macro/micro F1, actor and recipient codes,"
        + " mode) or CASE-2021 task-2 snippets (weighted F1 over the classes the PLOVER crosswalk covers).")
public final class EvalEventsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "PATH",
      description = "PLOVER gold records (.jsonl) or CASE-2021 task-2 snippets (.tsv).")
  Path gold;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write our output: one JSON line per PLOVER record, or id<TAB>label per CASE snippet.")
  Path out;

  @Mixin NlpCacheOption cache;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFile(gold);
    EventEvaluation.Report r = new EventEvaluation(Analyses.upToTimes(common.config(), cache.dir())).run(gold, out,
        output.err()::println);
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("format", r.format().name().toLowerCase(java.util.Locale.ROOT));
      m.put("items", r.items());
      m.put("skipped", r.skipped());
      m.putAll(r.figures());
      m.put("articles_per_s_event_stage", r.articlesPerSecond());
      output.printJson(m);
    } else {
      output.printText(r.summary());
    }
    return Evaluations.exitCode(r.skipped());
  }
}
