package org.newsgraph.eval.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.eval.precision.PrecisionEvaluation;
import org.newsgraph.eval.precision.PrecisionReport;
import org.newsgraph.eval.precision.PrecisionScorer;
import org.newsgraph.extract.claims.TaggerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval precision --gold FILE}: claims and events of the standard analysis on real BBC and Reuters
 * articles, judged against the labelled set (data/labelled/precision-news.jsonl; the matching rules are in its
 * README): the share of predictions fully right with the error classes, and the recall of the gold, per split.
 */
@Command(name = "precision", mixinStandardHelpOptions = true,
    description = "Precision and recall of claims and events on real news (the labelled BBC + Reuters set): share "
        + "fully right, error classes, recall, events coded in articles with none; per split (test is held out).")
public final class EvalPrecisionCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "The labelled set, e.g. data/labelled/precision-news.jsonl (dev and test) or "
          + "data/labelled/precision-news-fresh.jsonl (fresh, the second sample labelled blind) or "
          + "data/labelled/precision-news-blind3.jsonl (blind3, the third).")
  Path gold;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
      description = "dev, test (held out: report it, never tune on it), fresh (the second sample, labelled blind: "
          + "report it, never tune on it), blind3 (the third sample, labelled blind: the same) or all (default: every "
          + "split the file holds, each apart).")
  String split;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write one tab-separated line per wrong prediction and per missed gold item: split, doc, item, "
          + "verdict, reason, words, expected, got.")
  Path errors;

  @Option(names = "--corpora", paramLabel = "DIR",
      description = "The folder holding bbc-news and reuters-21578 (default: ../shared/data/corpora).")
  Path corpora;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep the NLP output of each article here and reuse it on the next run (for tuning; clear it "
          + "after changing the NLP settings).")
  Path cache;

  @Option(names = "--tagger-model", paramLabel = "FILE",
      description = "Find claims with the attribution tagger of this model file (the output of `train attribution "
          + "--tagger`) instead of the standard rules.")
  Path taggerModel;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFile(gold);
    PrecisionEvaluation.Splits splits;
    try {
      splits = PrecisionEvaluation.Splits.valueOf(split.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--split must be dev, test, fresh, blind3 or all, not " + split);
    }
    Path dir = corpora != null ? corpora : SharedData.data("corpora");
    Evaluations.requireFolder(dir);
    PrecisionEvaluation.Report r = new PrecisionEvaluation(common.config(), cache, dir,
        taggerModel == null ? null : TaggerModel.read(taggerModel)).run(gold, splits,
        output.err()::println);
    PrecisionScorer s = r.scorer();
    if (errors != null) {
      List<String> lines = new ArrayList<>();
      lines.add(PrecisionScorer.ERROR_HEADER);
      lines.addAll(s.errorLines());
      Path parent = errors.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(errors, lines, StandardCharsets.UTF_8);
    }
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gold", gold.toString());
      m.put("articles", r.stats().items());
      m.put("skipped", r.stats().skipped());
      m.put("skipped_messages", r.stats().messages());
      m.put("splits", PrecisionReport.json(s.tallies()));
      m.put("articles_per_s_after_nlp", r.stats().itemsPerSecond());
      output.printJson(m);
    } else {
      output.printText(String.format(Locale.ROOT, "Precision on real news: %d articles of %s scored (%d skipped); "
          + "matching rules in the README beside the gold%n", r.stats().items(), gold, r.stats().skipped())
          + PrecisionReport.text(s.tallies()));
    }
    return Evaluations.exitCode(r.stats().skipped());
  }
}
