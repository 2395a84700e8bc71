package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.stance.Fnc1Corpus;
import org.newsgraph.eval.stance.StanceEvaluation;
import org.newsgraph.extract.stance.StanceModel;
import org.newsgraph.extract.stance.StanceTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train stance --gold DIR --out FILE}: the stance model from the train part of FNC-1's training data
 * (the dev and final parts are left for measuring). The shipped {@code stance-model.tsv.gz} is this command's output
 * with the default settings, byte for byte.
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
    description = "Train the stance model (agree/disagree/discuss/unrelated) on the train part of an FNC-1 "
        + "training folder (train_bodies.csv, train_stances.csv).")
public final class TrainStanceCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "The FNC-1 training folder, e.g. ../shared/data/stance/fnc1.")
  Path gold;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write (gzipped text), e.g. stance-model.tsv.gz.")
  Path out;

  @Mixin StanceTrainingOptions training;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFolder(gold);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
      throw new IllegalArgumentException(out + ": its folder does not exist");
    }
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    Fnc1Corpus corpus = Fnc1Corpus.read(gold);
    StanceTrainer.Settings s = training.settings();
    StanceModel model = StanceEvaluation.train(corpus, s, line -> {
      err.println(line);
      err.flush();
    });
    model.write(out);
    pw.printf(Locale.ROOT, "wrote %s: %d stems in the vocabulary, %.1f s%n", out, model.vocabulary(),
        (System.nanoTime() - t0) / 1e9);
    pw.flush();
    return Main.OK;
  }
}
