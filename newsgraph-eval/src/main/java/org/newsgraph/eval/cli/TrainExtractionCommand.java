package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.extraction.ExtractionTraining;
import org.newsgraph.eval.extraction.NestedEstimate;
import org.newsgraph.eval.extraction.RuleAblation;
import org.newsgraph.eval.harness.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train extraction --out FILE}: the extractor's block model from the article-extraction benchmark's
 * dev pages, its setting chosen by leaving one host out ({@link ExtractionTraining}). The shipped
 * {@code extraction-model.tsv} (newsgraph-ingest's resources) is this command's output with the defaults, byte for
 * byte.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Train the extractor's block model on the article-extraction dev pages; prints the "
        + "leave-one-host-out F1 of each setting tried and of the one chosen.")
public final class TrainExtractionCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", paramLabel = "DIR",
      description = "The benchmark folder to train on (default: the shared data's article-extraction/dev).")
  Path gold;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write, e.g. extraction-model.tsv.")
  Path out;

  @Option(names = "--trees", split = ",", paramLabel = "N",
      description = "Numbers of boosted trees to try on top of the logistic regression (default: 0, none).")
  List<Integer> trees = new ArrayList<>(ExtractionTraining.NO_TREES);

  @Option(names = "--hosts", paramLabel = "FILE",
      description = "Also write each host's leave-one-host-out F1 under the chosen setting (host TAB F1), to compare "
          + "two versions host by host.")
  Path hosts;

  @Option(names = "--nested", description = "Also print the nested leave-one-host-out figure: the setting chosen "
      + "inside each held-out host's fold by leaving one of the other hosts out at a time, as the training chooses "
      + "it, so that the figure is not itself tuned (about 33 times the training's fits).")
  boolean nested;

  @Option(names = "--nested-hosts", paramLabel = "FILE",
      description = "With --nested, write each host's nested F1, the setting its fold chose and that setting's inner "
          + "F1 (host TAB F1 TAB setting TAB inner F1).")
  Path nestedHosts;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = gold != null ? gold : SharedData.data("article-extraction", "dev");
    Evaluations.requireFile(dir.resolve("ground-truth.json"));
    long t0 = System.nanoTime();
    ExtractionTraining.Report r = ExtractionTraining.train(RuleAblation.pages(dir), trees, err::println);
    Files.writeString(out, r.model().text(), StandardCharsets.UTF_8);
    pw.print(r.text());
    if (hosts != null) {
      StringBuilder b = new StringBuilder();
      r.chosen().hosts().forEach((h, s) -> b.append(h).append('\t')
          .append(String.format(java.util.Locale.ROOT, "%.4f", s.f1())).append('\n'));
      Files.writeString(hosts, b.toString(), StandardCharsets.UTF_8);
    }
    if (nested) {
      NestedEstimate.Nested n = ExtractionTraining.nested(RuleAblation.pages(dir), trees, err::println);
      pw.print(n.text());
      if (nestedHosts != null) {
        StringBuilder b = new StringBuilder();
        n.folds().forEach((h, f) -> b.append(h).append('\t')
            .append(String.format(java.util.Locale.ROOT, "%.4f\t%s\t%.4f", f.score().f1(), f.setting(),
                f.innerF1())).append('\n'));
        Files.writeString(nestedHosts, b.toString(), StandardCharsets.UTF_8);
      }
    }
    pw.printf("wrote %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
    pw.flush();
    return Main.OK;
  }
}
