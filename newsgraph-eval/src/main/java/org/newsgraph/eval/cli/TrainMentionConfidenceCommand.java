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
import org.newsgraph.eval.confidence.MentionConfidenceLabels;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.eval.ner.ConllCorpus;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.learn.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train mention-confidence --out FILE}: the entity mentions' confidence model, fitted by the claims'
 * confidence trainer: its base model on the entity stage's mentions on CoNLL-2003 eng.train, its calibration on
 * those of eng.testa (the CRF under the recogniser was trained on eng.train, where it is right far more often than
 * anywhere else), each labelled against the gold phrases ({@link MentionConfidenceLabels}). Prints the reliability
 * tables on eng.testa: the base model alone (fitted without it), and the shipped model cross-validated by document
 * (five folds; the calibration chosen and fitted without the document). The shipped
 * {@code mention-confidence-model.tsv.gz} is this command's output with the defaults, byte for byte.
 */
@Command(name = "mention-confidence", mixinStandardHelpOptions = true,
    description = "Train the entity mentions' confidence model on CoNLL-2003 eng.train, calibrated on eng.testa; "
        + "prints the reliability tables on eng.testa (base alone; five-fold cross-validation by document).")
public final class TrainMentionConfidenceCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "The CoNLL-2003 file the base model is fitted on (default: the shared data's eng.train).")
  Path gold;

  @Option(names = "--dev", paramLabel = "FILE",
      description = "The CoNLL-2003 file the calibration is fitted on (default: the shared data's eng.testa).")
  Path dev;

  @Mixin ConfidenceModelOptions files;

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
      Path train = gold != null ? gold : SharedData.data("ner", "conll2003", "eng.train");
      Path calibration = dev != null ? dev : SharedData.data("ner", "conll2003", "eng.testa");
      Evaluations.requireFile(train);
      Evaluations.requireFile(calibration);
      EntityLinkingStage stage = new EntityLinkingStage();
      // keyed by file name and document number, as eval ner keys them, so that its folds are the same
      ex.addAll(MentionConfidenceLabels.examples(ConllCorpus.read(train), train.getFileName() + ":", stage,
          err::println));
      ex.addAll(MentionConfidenceLabels.examples(ConllCorpus.read(calibration),
          ClaimConfidenceTrainer.NEWS_PREFIX + calibration.getFileName() + ":", stage, err::println));
    }
    List<ClaimConfidenceTrainer.Example> onDev = ex.stream()
        .filter(e -> e.key().startsWith(ClaimConfidenceTrainer.NEWS_PREFIX)).toList();
    err.printf(Locale.ROOT, "%d mentions (%d right), %d of them on the calibration file (%d right)%n", ex.size(),
        ex.stream().filter(ClaimConfidenceTrainer.Example::right).count(), onDev.size(),
        onDev.stream().filter(ClaimConfidenceTrainer.Example::right).count());
    ModelFiles.Contents fitted = ConfidenceTraining.fitAndWrite(ex, "mention confidence",
        files.out, files.examples, err);
    pw.printf(Locale.ROOT, "mention confidence on the calibration file, the base model alone (fitted on the other "
        + "file; %d mentions):%n%s", onDev.size(), ClaimConfidenceTrainer.baseReliability(fitted, onDev).text());
    pw.printf(Locale.ROOT, "mention confidence on the calibration file, five-fold cross-validation by document "
        + "(%d mentions):%n%s", onDev.size(), ConfidenceTables.crossValidated(fitted, ex).text());
    pw.flush();
    return Main.OK;
  }
}
