package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.confidence.ConfidenceTables;
import org.newsgraph.eval.confidence.TimeConfidenceLabels;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.eval.temporal.TemporalEvaluation;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.learn.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train time-confidence --out FILE}: the time expressions' confidence model, a logistic regression
 * fitted by the claims' confidence trainer on the tagger's expressions on TempEval-3 train (TimeBank and AQUAINT),
 * each labelled against the gold TIMEX3 ({@link TimeConfidenceLabels}). Prints the reliability table cross-validated
 * by document (five folds). The shipped {@code time-confidence-model.tsv.gz} is this command's output with the
 * defaults, byte for byte.
 */
@Command(name = "time-confidence", mixinStandardHelpOptions = true,
    description = "Train the time expressions' confidence model on TempEval-3 train; prints the reliability table "
        + "(five-fold cross-validation by document).")
public final class TrainTimeConfidenceCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", paramLabel = "DIR",
      description = "The TimeML files to train on (default: the shared data's tempeval3/train).")
  Path gold;

  @Mixin ConfidenceModelOptions files;

  @Option(names = "--held-out", paramLabel = "DIR",
      description = "Also print the fitted model's reliability on the TimeML files of this folder (not trained on), "
          + "e.g. AQUAINT when training on TimeBank.")
  Path heldOut;

  @Mixin NlpCacheOption cache;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ClaimConfidenceTrainer.Example> ex = new ArrayList<>();
    if (files.fromExamples != null) {
      ex.addAll(ConfidenceTraining.examples(files.fromExamples));
    } else {
      Path dir = gold != null ? gold : SharedData.data("tempeval3", "train");
      Evaluations.requireFolder(dir);
      ex.addAll(TimeConfidenceLabels.examples(TemporalEvaluation.files(dir), Analyses.nlp(common.config(),
          cache.dir()), err::println));
    }
    long right = ex.stream().filter(ClaimConfidenceTrainer.Example::right).count();
    err.println(ex.size() + " time expressions, " + right + " right");
    ModelFiles.Contents fitted = ConfidenceTraining.fitAndWrite(ex, "time confidence",
        files.out, files.examples, err);
    pw.printf(Locale.ROOT, "time confidence, five-fold cross-validation by document (%d expressions):%n%s",
        ex.size(), ConfidenceTables.crossValidated(fitted, ex).text());
    if (heldOut != null) {
      Evaluations.requireFolder(heldOut);
      List<ClaimConfidenceTrainer.Example> held = TimeConfidenceLabels.examples(TemporalEvaluation.files(heldOut),
          Analyses.nlp(common.config(), cache.dir()), err::println);
      pw.printf(Locale.ROOT, "time confidence on %s (held out, %d expressions):%n%s", heldOut, held.size(),
          ConfidenceTables.asFitted(fitted, held).text());
    }
    pw.flush();
    return Main.OK;
  }
}
