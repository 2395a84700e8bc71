package org.newsgraph.eval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.eval.coref.EcbPlusCorpus;
import org.newsgraph.eval.coref.EcbSplit;
import org.newsgraph.eval.coref.StoryEvaluation;
import org.newsgraph.eval.harness.Analyses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval stories --gold DIR [--split train|dev] [--out FILE]}: B3 F1 of the story clusterer's
 * documents against ECB+ sub-topics, beside the TF-IDF greedy reference.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Story clustering on ECB+: B3 F1 of documents against the sub-topics (documents in file-name order"
        + " as the stream), beside a TF-IDF greedy clusterer whose threshold is picked on the same documents.")
public final class EvalStoriesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "An ECB+ folder (ECB+/<topic>/*.xml and the validated-sentences CSV, or topic folders).")
  Path gold;

  @Option(names = "--split", paramLabel = "SPLIT",
      converter = SplitConverter.class,
      description = "Only the topics of the standard train or dev split (default: every topic in the folder).")
  EcbSplit split;

  @Option(names = "--out", paramLabel = "FILE", description = "Write {\"doc\",\"story\"} JSON lines here.")
  Path out;

  @Mixin NlpCacheOption cache;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFolder(gold);
    List<Path> files = EcbSplit.select(EcbPlusCorpus.files(gold), split);
    StoryEvaluation.Report r = new StoryEvaluation(Analyses.full(common.config(), cache.dir()),
        common.config().stories()).run(files, EcbPlusCorpus.validated(gold), out, output.err()::println, null);
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", r.documents());
      m.put("subtopics", r.subtopics());
      m.put("stories", r.stories());
      m.put("b3_precision", r.b3().precision());
      m.put("b3_recall", r.b3().recall());
      m.put("b3_f1", r.b3().f1());
      m.put("tfidf_b3_f1", r.baseline().f1());
      m.put("tfidf_threshold", r.baselineThreshold());
      m.put("skipped", r.stats().skipped());
      output.printJson(m);
    } else {
      output.printText(String.format(java.util.Locale.ROOT, "ECB+ stories%s: %d documents, %d sub-topics, %d stories"
          + "%n  story clusterer  B3 P %.3f R %.3f F1 %.3f%n  TF-IDF greedy (threshold %.2f picked here)  B3 F1 %.3f"
          + "%n  analysis %.1f s, clustering %.2f s%n", split == null ? "" : " (" + split.name().toLowerCase() + ")",
          r.documents(), r.subtopics(), r.stories(), r.b3().precision(), r.b3().recall(), r.b3().f1(),
          r.baselineThreshold(), r.baseline().f1(), r.stats().prepareSeconds(), r.stats().predictSeconds()));
    }
    return Evaluations.exitCode(r.stats().skipped());
  }

  /** "train" or "dev", any case. */
  static final class SplitConverter implements picocli.CommandLine.ITypeConverter<EcbSplit> {
    @Override
    public EcbSplit convert(String value) {
      return EcbSplit.of(value);
    }
  }
}
