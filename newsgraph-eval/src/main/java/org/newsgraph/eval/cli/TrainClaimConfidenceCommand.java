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
import org.newsgraph.eval.confidence.PolnearClaimLabels;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.eval.precision.NewsClaimLabels;
import org.newsgraph.eval.precision.PrecisionEvaluation;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Reliability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train claim-confidence --out FILE}: the claims' confidence model. Its base model is fitted on the
 * standard stage's claims on PolNeAR's train split, each labelled right or wrong against the gold
 * ({@link PolnearClaimLabels}); its news calibration on the claims of the labelled real news, dev split only, judged
 * as {@code eval precision} judges them ({@link NewsClaimLabels}). Prints the reliability tables: on real news (dev)
 * cross-validated by article, and on PolNeAR dev (never trained on). The shipped
 * {@code claim-confidence-model.tsv.gz} is this command's output with the defaults, byte for byte;
 * {@code --from-examples} refits from the examples a run wrote with {@code --examples}, without NLP.
 */
@Command(name = "claim-confidence", mixinStandardHelpOptions = true,
    description = "Train the claims' confidence model on PolNeAR train and the labelled real news (dev split only); "
        + "prints the reliability tables (real news dev cross-validated by article, PolNeAR dev held out).")
public final class TrainClaimConfidenceCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", paramLabel = "DIR",
      description = "The PolNeAR split to train on (default: the shared data's polnear/train).")
  Path gold;

  @Option(names = "--dev", paramLabel = "DIR",
      description = "The PolNeAR split to print the held-out reliability table on (default: the shared data's "
          + "polnear/dev; 'none' for none).")
  String dev;

  @Option(names = "--news", paramLabel = "FILE",
      description = "The labelled real news whose dev split calibrates the model (default: "
          + "data/labelled/precision-news.jsonl; 'none' for none).")
  String news;

  @Option(names = "--corpora", paramLabel = "DIR",
      description = "The folder holding bbc-news and reuters-21578 (default: the shared data's).")
  Path corpora;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write, e.g. claim-confidence-model.tsv.gz.")
  Path out;

  @Option(names = "--examples", paramLabel = "FILE",
      description = "Also write the training examples (every claim's features and label), e.g. "
          + "claim-confidence-examples.tsv.gz.")
  Path examples;

  @Option(names = "--from-examples", paramLabel = "FILE",
      description = "Fit from examples written by --examples instead of analysing the split ('bundled': the "
          + "examples the shipped model was fitted on).")
  String fromExamples;

  @Mixin NlpCacheOption cache;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** The examples the shipped model was fitted on, beside this class. */
  public static final String BUNDLED = "/org/newsgraph/eval/confidence/claim-confidence-examples.tsv.gz";

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ClaimConfidenceTrainer.Example> ex = new ArrayList<>();
    if (fromExamples != null) {
      try (InputStream in = "bundled".equals(fromExamples) ? bundled() : Files.newInputStream(Path.of(fromExamples))) {
        ex.addAll(ClaimConfidenceTrainer.readExamples(in));
      }
    } else {
      Path dir = gold != null ? gold : SharedData.data("polnear", "train");
      Evaluations.requireFolder(dir);
      ex.addAll(PolnearClaimLabels.examples(dir, Analyses.upToTimes(common.config(), cache.dir()),
          new AttributionStage(), err::println));
      if (!"none".equals(news)) {
        Path file = news != null ? Path.of(news) : Path.of(System.getProperty("newsgraph.home", "."))
            .resolve("data/labelled/precision-news.jsonl");
        Evaluations.requireFile(file);
        Path docs = corpora != null ? corpora : SharedData.data("corpora");
        Evaluations.requireFolder(docs);
        ex.addAll(NewsClaimLabels.examples(new PrecisionEvaluation(common.config(), cache.dir(), docs), file, "dev",
            err::println)); // dev only: test is held out
      }
    }
    long right = ex.stream().filter(ClaimConfidenceTrainer.Example::right).count();
    err.println(ex.size() + " examples, " + right + " right");
    ModelFiles.Contents model = ConfidenceTraining.fitAndWrite(ex, "claim confidence", out, examples, err);
    Reliability onNews = ClaimConfidenceTrainer.newsCrossValidated(model, ex);
    if (onNews.items() > 0) {
      pw.printf(Locale.ROOT, "claim confidence on the labelled real news, dev split, five-fold cross-validation by "
          + "article (%d claims):%n%s", onNews.items(), onNews.text());
    }
    if (!"none".equals(dev)) {
      Path d = dev != null ? Path.of(dev) : SharedData.data("polnear", "dev");
      Evaluations.requireFolder(d);
      List<ClaimConfidenceTrainer.Example> held = PolnearClaimLabels.examples(d,
          Analyses.upToTimes(common.config(), cache.dir()), new AttributionStage(), err::println);
      pw.printf(Locale.ROOT, "claim confidence on %s (held out, %d claims), as shipped (calibrated for real news):"
          + "%n%s", d, held.size(), ClaimConfidenceTrainer.reliability(model, held).text());
      pw.printf(Locale.ROOT, "the base model alone (calibrated for PolNeAR) on the same claims:%n%s",
          ClaimConfidenceTrainer.baseReliability(model, held).text());
    }
    pw.flush();
    return Main.OK;
  }

  private static InputStream bundled() throws IOException {
    InputStream in = TrainClaimConfidenceCommand.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IOException(BUNDLED + " is missing from the class path");
    }
    return in;
  }
}
