package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.attribution.AttributionTraining;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.extract.claims.AttributionModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train attribution --gold DIR --out FILE [--cache DIR]}: the attribution stage's model (which verbs
 * are cues, where content spans start and end) from a PolNeAR split, with the same NLP settings the analysis uses.
 * The shipped {@code attribution-model.tsv.gz} is this command's output on PolNeAR's train split, byte for byte.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = "Train the attribution model (cue verbs, content boundaries) on a PolNeAR split folder "
        + "(text/*.txt, attributions/*.ann); train split only, dev is for measuring.")
public final class TrainAttributionCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "The split folder, e.g. ../shared/data/polnear/train.")
  Path gold;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write (gzipped text), e.g. attribution-model.tsv.gz.")
  Path out;

  @Mixin NlpCacheOption cache;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    if (!Files.isDirectory(gold)) {
      throw new IllegalArgumentException(gold + ": no such folder");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException(out + ": its folder does not exist");
    }
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> skipped = new ArrayList<>();
    long t0 = System.nanoTime();
    AttributionModel model = AttributionTraining.train(gold, Analyses.nlp(common.config(), cache.dir()), out, line -> {
      err.println(line);
      if (line.startsWith("skipped ")) {
        skipped.add(line);
      }
    });
    pw.printf(Locale.ROOT, "wrote %s: %d weights, %d files skipped, %.1f s%n", out, model.size(), skipped.size(),
        (System.nanoTime() - t0) / 1e9);
    pw.flush();
    return skipped.isEmpty() ? Main.OK : Main.SOME_INPUT_FAILED;
  }
}
