package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.eval.kind.KindTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train article-kind --out FILE}: the article-kind model (politics, business, sport, tech,
 * entertainment) from the BBC corpus's sections and the labelled Reuters sample. The shipped
 * {@code article-kind-model.tsv.gz} is this command's output with the default corpora, byte for byte.
 */
@Command(name = "article-kind", mixinStandardHelpOptions = true,
    description = "Train the article-kind model on the BBC sections and the labelled Reuters-21578 sample; prints "
        + "the cross-validated accuracy and the accuracy on the held-out fifth.")
public final class TrainArticleKindCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--bbc", paramLabel = "DIR", description = "The BBC corpus (default: the shared data's).")
  Path bbc;

  @Option(names = "--reuters", paramLabel = "DIR", description = "Reuters-21578 (default: the shared data's).")
  Path reuters;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "Reuters labels (file, newid, kind); default: the bundled reuters-kinds.tsv.")
  Path labels;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write, e.g. article-kind-model.tsv.gz.")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KindTraining.Report r = KindTraining.train(corpus(bbc, "bbc-news"), corpus(reuters, "reuters-21578"), labels,
        out, err::println);
    pw.print(r.text());
    pw.flush();
    return Main.OK;
  }

  static Path corpus(Path given, String name) {
    Path p = given != null ? given : SharedData.data("corpora", name);
    Evaluations.requireFolder(p);
    return p;
  }
}
