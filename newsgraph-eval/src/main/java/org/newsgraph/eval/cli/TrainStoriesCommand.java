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
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.eval.coref.CorefScores;
import org.newsgraph.eval.coref.EcbPlusCorpus;
import org.newsgraph.eval.coref.EcbSplit;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.eval.stories.JoinSelection;
import org.newsgraph.eval.stories.JoinTraining;
import org.newsgraph.stories.cluster.JoinModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train stories --out FILE}: the story join model from the ECB+ train topics (never the dev
 * topics, which {@code eval stories} scores, nor the held-out test topics). Picks the L2 penalty and the join
 * threshold by cross-validation across topics and prints the grid. The shipped {@code story-join-model.tsv} is this
 * command's output with the defaults, byte for byte.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Train the story join model on the ECB+ train topics; prints the cross-validated B3 F1 (topics "
        + "held out) of each setting, the rule's B3 beside it, and writes the model of the best setting.")
public final class TrainStoriesCommand implements Callable<Integer> {
  static final double[] LAMBDAS = {0.1, 1, 10, 100};
  static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7};

  @Mixin CommonOptions common;

  @Option(names = "--gold", paramLabel = "DIR",
      description = "The ECB+ folder (default: the shared data's coref/ecbplus).")
  Path gold;

  @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
      description = "Folds of topics for the cross-validation (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write, e.g. story-join-model.tsv.")
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
    NewsgraphConfig.Stories settings = common.config().stories();
    List<JoinSelection.Doc> docs = JoinSelection.read(EcbSplit.select(EcbPlusCorpus.files(dir), EcbSplit.TRAIN),
        EcbPlusCorpus.validated(dir), Analyses.full(common.config(), cache.dir()), err::println);
    pw.printf(Locale.ROOT, "ECB+ train topics: %d documents, %d topics; the rule (similarity >= %.2f): B3 F1 %.3f"
        + " (tuned on these topics)%n", docs.size(), docs.stream().map(JoinSelection.Doc::topic).distinct().count(),
        settings.threshold(), JoinSelection.b3(docs, JoinSelection.cluster(docs, null, settings)).f1());
    pw.printf(Locale.ROOT, "cross-validation, %d folds of topics (B3 of the held-out topics' documents):%n", folds);
    List<JoinSelection.Row> rows = JoinSelection.crossValidate(docs, folds, LAMBDAS, THRESHOLDS, settings);
    for (JoinSelection.Row r : rows) {
      pw.printf(Locale.ROOT, "  L2 %-5s threshold %.2f  B3 P %.3f R %.3f F1 %.3f%n", r.lambda(), r.threshold(),
          r.b3().precision(), r.b3().recall(), r.b3().f1());
    }
    JoinSelection.Row best = JoinSelection.best(rows);
    List<JoinTraining.Example> examples = JoinTraining.examples(docs.stream().map(JoinSelection.Doc::profile)
        .toList(), docs.stream().map(JoinSelection.Doc::gold).toList(), settings);
    JoinModel model = JoinTraining.fit(examples, best.lambda(), best.threshold());
    CorefScores.Prf fitted = JoinSelection.b3(docs, JoinSelection.cluster(docs, model, settings));
    pw.printf(Locale.ROOT, "chosen: L2 %s, threshold %.2f (cross-validated B3 F1 %.3f); trained on all %d topics"
        + " (%d article-story pairs): B3 F1 %.3f on them%n", best.lambda(), best.threshold(), best.b3().f1(),
        docs.stream().map(JoinSelection.Doc::topic).distinct().count(), examples.size(), fitted.f1());
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, model.write(String.format(Locale.ROOT, "newsgraph story join model: logistic regression"
        + " over article-story features (JoinFeatures)%nmade by `newsgraph train stories` from the ECB+ train"
        + " topics (%d documents, %d pairs); L2 %s and threshold picked by %d-fold cross-validation across"
        + " topics", docs.size(), examples.size(), best.lambda(), folds)), StandardCharsets.UTF_8);
    pw.printf("wrote %s%n", out);
    pw.flush();
    return Main.OK;
  }
}
