package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.coref.CorefScores;
import org.newsgraph.eval.coref.EcbPlusCorpus;
import org.newsgraph.eval.coref.EcbSplit;
import org.newsgraph.eval.coref.EventLinkTraining;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.eval.harness.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train event-coref --out FILE}: the event-link model of the store's event linker from the ECB+
 * train topics, its settings chosen by cross-validation across topics. Prints the cross-validated CoNLL F1 of every
 * setting. The shipped {@code event-link-model.tsv} is this command's output with the defaults, byte for byte.
 */
@Command(name = "event-coref", mixinStandardHelpOptions = true,
    description = "Train the event-link model (cross-document event coreference) on the ECB+ train topics; prints "
        + "the cross-validated CoNLL F1 (topics left out) of each setting and writes the model.")
public final class TrainEventCorefCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", paramLabel = "DIR",
      description = "The ECB+ folder (default: the shared data's coref/ecbplus); only its train topics are read.")
  Path gold;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write, e.g. event-link-model.tsv.")
  Path out;

  @Mixin NlpCacheOption cache;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = gold != null ? gold : SharedData.data("coref", "ecbplus");
    Evaluations.requireFolder(dir);
    long start = System.nanoTime();
    EventLinkTraining.Result r = EventLinkTraining.run(EcbSplit.select(EcbPlusCorpus.files(dir), EcbSplit.TRAIN),
        EcbPlusCorpus.validated(dir), Analyses.full(common.config(), cache.dir()), common.config().stories(),
        err::println);
    EventLinkTraining.Setting c = r.chosen();
    List<String> lines = r.model().lines(List.of(
        "event-link model: logistic regression, ECB+ train topics, newsgraph train event-coref",
        String.format(Locale.ROOT, "%d documents, %d gold mentions, %d comparisons (%d same event)", r.documents(),
            r.mentions(), r.examples(), r.positives()),
        String.format(Locale.ROOT, "chosen by %d-fold cross-validation across topics: L2 %s, threshold %.2f "
            + "(moved into the bias: probability 0.5), CV CoNLL F1 %.3f", EventLinkTraining.FOLDS, c.l2(),
            c.threshold(), c.cv().conll())));
    Files.write(out, lines, StandardCharsets.UTF_8);
    err.println("wrote " + out);
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "ECB+ train topics: %d documents, %d gold event"
        + " mentions, %d comparisons (%d same event); cross-validated across topics (%d folds), predicted stories%n",
        r.documents(), r.mentions(), r.examples(), r.positives(), EventLinkTraining.FOLDS));
    for (EventLinkTraining.Setting s : r.settings()) {
      sb.append(String.format(Locale.ROOT, "  L2 %-6s threshold %.2f  CV %s%s%n", s.l2(), s.threshold(),
          scores(s.cv()), s == c ? "  <- chosen" : ""));
    }
    sb.append(String.format(Locale.ROOT, "  same trigger stem per story (no training)   %s%n",
        scores(r.stemBaseline())));
    sb.append(String.format(Locale.ROOT, "  same trigger stem per gold topic (no stories)   %s%n",
        scores(r.topicStems())));
    sb.append(String.format(Locale.ROOT, "  the gold events cut by the predicted stories (the best a linker within them"
        + " can do)   %s%n", scores(r.storyCeiling())));
    sb.append(String.format(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - start) / 1e9));
    pw.print(sb);
    pw.flush();
    return Main.OK;
  }

  private static String scores(CorefScores.Report s) {
    return String.format(Locale.ROOT, "CoNLL F1 %.3f (MUC %.3f, B3 %.3f, CEAF-e %.3f)", s.conll(), s.muc().f1(),
        s.b3().f1(), s.ceafe().f1());
  }
}
