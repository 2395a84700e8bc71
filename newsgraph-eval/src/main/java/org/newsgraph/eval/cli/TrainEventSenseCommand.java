package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.events.PloverSamples;
import org.newsgraph.eval.events.SenseCorpus;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.eval.harness.PrecisionSetDocs;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.extract.events.EventSenseTrainer;
import org.newsgraph.extract.learn.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train event-sense --out FILE}: the event stage's sense and confidence models from the triggers
 * judged by hand in BBC and Reuters articles (never those of the labelled precision set) and the main events of the
 * PLOVER gold records (dev half). Prints the cross-validated sense accuracy, the precision and recall of
 * the coded events, and the reliability table of the confidence. The shipped {@code event-sense-model.tsv.gz} is this
 * command's output with the defaults, byte for byte.
 */
@Command(name = "event-sense", mixinStandardHelpOptions = true,
    description = "Train the event-sense and confidence models on the judged triggers (event-sense-labels.tsv); "
        + "prints the cross-validated figures and the reliability table.")
public final class TrainEventSenseCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--corpora", paramLabel = "DIR",
      description = "The folder holding bbc-news and reuters-21578 (default: the shared data's).")
  Path corpora;

  @Option(names = "--labels", paramLabel = "FILE", description = "Judged triggers (default: the bundled file).")
  Path labels;

  @Option(names = "--plover", paramLabel = "FILE",
      description = "PLOVER gold records whose main events are trained on too (default: the shared data's dev "
          + "half, plover_gsr_dev.jsonl); 'none' for none.")
  String plover;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write, e.g. event-sense-model.tsv.gz.")
  Path out;

  @Option(names = "--examples", paramLabel = "FILE",
      description = "Also write the training examples (the features of every judged trigger), which `eval events` "
          + "uses for its cross-validation, e.g. event-sense-examples.tsv.gz.")
  Path examples;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep the NLP output of each article here and reuse it on the next run.")
  Path cache;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = corpora != null ? corpora : SharedData.data("corpora");
    Evaluations.requireFolder(dir);
    List<String> skipped = new ArrayList<>();
    java.util.function.Consumer<String> log = line -> {
      err.println(line);
      if (line.startsWith("skipped ")) {
        skipped.add(line);
      }
    };
    java.util.Set<String> precisionSet = PrecisionSetDocs.read(log);
    List<SenseCorpus.Line> lines = SenseCorpus.lines(labels).stream()
        .filter(l -> !precisionSet.contains(l.source())).toList(); // measured by eval precision, never learnt
    List<EventSenseTrainer.Sample> samples = new ArrayList<>(SenseCorpus.samples(dir, lines,
        Analyses.upToClaims(common.config(), cache), log));
    if (!"none".equals(plover)) {
      Path gold = plover != null ? Path.of(plover) : SharedData.data("events", "plover-gsr", "plover_gsr_dev.jsonl");
      Evaluations.requireFile(gold);
      samples.addAll(PloverSamples.samples(PloverSamples.records(gold), Analyses.upToTimes(common.config(), cache),
          log));
    }
    List<EventSenseTrainer.Example> ex = EventSenseTrainer.examples(samples, log);
    err.println(ex.size() + " examples, " + ex.stream().filter(EventSenseTrainer.Example::right).count()
        + " right");
    ModelFiles.Contents model = EventSenseTrainer.fit(ex, log);
    ModelFiles.write(out, model);
    if (examples != null) {
      EventSenseTrainer.writeExamples(examples, ex);
    }
    err.println("wrote " + out + (examples == null ? "" : " and " + examples));
    pw.print(EventSenseTrainer.measure(ex, model));
    pw.flush();
    return skipped.isEmpty() ? Main.OK : Main.SOME_INPUT_FAILED;
  }
}
