package org.newsgraph.eval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.confidence.ShownSources;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.eval.precision.CorpusDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval source-labels}: over the first N documents of each BBC section and of Reuters, how claim
 * sources are shown; fails (exit 1) when any is shown as a bare pronoun.
 */
@Command(name = "source-labels", mixinStandardHelpOptions = true,
    description = "How claim sources are shown over BBC and Reuters articles: pronoun sources resolved, shown as "
        + "'unnamed source', and shown as a bare pronoun (must be 0; exit 1 otherwise).")
public final class EvalSourceLabelsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--per-stratum", paramLabel = "N", defaultValue = "25",
      description = "Documents per BBC section and of Reuters, the first in the corpora's order (default: "
          + "${DEFAULT-VALUE}; six strata).")
  int perStratum;

  @Option(names = "--corpora", paramLabel = "DIR",
      description = "The folder holding bbc-news and reuters-21578 (default: the shared data's).")
  Path corpora;

  @Mixin NlpCacheOption cache;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Path dir = corpora != null ? corpora : SharedData.data("corpora");
    Evaluations.requireFolder(dir);
    ShownSources.Counts c = ShownSources.count(new CorpusDocuments(dir), perStratum,
        Analyses.upToClaims(common.config(), cache.dir()), output.err()::println);
    if (!output.printedJson(c)) {
      output.printText(c.text());
    }
    return c.shownPronouns().isEmpty() ? Main.OK : 1;
  }
}
