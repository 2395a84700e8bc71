package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
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

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write, e.g. mention-confidence-model.tsv.gz.")
  Path out;

  @Option(names = "--examples", paramLabel = "FILE",
      description = "Also write the training examples (every mention's features and label).")
  Path examples;

  @Option(names = "--from-examples", paramLabel = "FILE",
      description = "Fit from examples written by --examples instead of analysing the files.")
  Path fromExamples;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ClaimConfidenceTrainer.Example> ex = new ArrayList<>();
    if (fromExamples != null) {
      Evaluations.requireFile(fromExamples);
      try (InputStream in = Files.newInputStream(fromExamples)) {
        ex.addAll(ClaimConfidenceTrainer.readExamples(in));
      }
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
    ModelFiles.Contents model = ClaimConfidenceTrainer.fit(ex, "mention confidence", err::println);
    ModelFiles.write(out, model);
    if (examples != null) {
      ClaimConfidenceTrainer.writeExamples(examples, ex);
    }
    err.println("wrote " + out + (examples == null ? "" : " and " + examples));
    pw.printf(Locale.ROOT, "mention confidence on the calibration file, the base model alone (fitted on the other "
        + "file; %d mentions):%n%s", onDev.size(), ClaimConfidenceTrainer.baseReliability(model, onDev).text());
    pw.printf(Locale.ROOT, "mention confidence on the calibration file, five-fold cross-validation by document "
        + "(%d mentions):%n%s", onDev.size(), ConfidenceTables.crossValidated(model, ex).text());
    pw.flush();
    return Main.OK;
  }
}
