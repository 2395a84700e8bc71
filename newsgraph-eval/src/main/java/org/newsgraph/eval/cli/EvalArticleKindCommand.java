package org.newsgraph.eval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.kind.KindTraining;
import org.newsgraph.extract.kind.ArticleKindModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph eval article-kind}: the shipped article-kind model's accuracy, cross-validated and held out. */
@Command(name = "article-kind", mixinStandardHelpOptions = true,
    description = "Accuracy of the article-kind model: five-fold cross-validation over the training articles and "
        + "the shipped model on the held-out fifth of the BBC and labelled Reuters articles.")
public final class EvalArticleKindCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--bbc", paramLabel = "DIR", description = "The BBC corpus (default: the shared data's).")
  Path bbc;

  @Option(names = "--reuters", paramLabel = "DIR", description = "Reuters-21578 (default: the shared data's).")
  Path reuters;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "Reuters labels (file, newid, kind); default: the bundled reuters-kinds.tsv.")
  Path labels;

  @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the shipped one).")
  Path model;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    ArticleKindModel m = model == null ? ArticleKindModel.shipped() : ArticleKindModel.read(model);
    KindTraining.Report r = KindTraining.measure(m, TrainArticleKindCommand.corpus(bbc, "bbc-news"),
        TrainArticleKindCommand.corpus(reuters, "reuters-21578"), labels, output.err()::println);
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("train_articles", r.trainArticles());
    j.put("held_out_articles", r.heldOutArticles());
    j.put("cross_validated_accuracy", r.crossValidated().accuracy());
    j.put("held_out_accuracy", r.heldOut().accuracy());
    if (!output.printedJson(j)) {
      output.printText(r.text());
    }
    return Main.OK;
  }
}
