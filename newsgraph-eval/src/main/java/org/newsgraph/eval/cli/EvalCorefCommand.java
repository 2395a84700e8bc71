package org.newsgraph.eval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.eval.coref.CorefEvaluation;
import org.newsgraph.eval.coref.CorefScores;
import org.newsgraph.eval.coref.EcbPlusCorpus;
import org.newsgraph.eval.coref.EcbSplit;
import org.newsgraph.eval.harness.Analyses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval coref --gold DIR [--split train|dev] [--out FILE]}: cross-document event coreference on ECB+
 * with the store's event linker, within predicted stories; CoNLL F1 with the gold mentions and with our own.
 */
@Command(name = "coref", mixinStandardHelpOptions = true,
    description = "Cross-document event coreference on ECB+ (gold event mentions of the validated sentences, linked"
        + " within predicted stories by the store's event linker): MUC, B3, CEAF-e and CoNLL F1, singletons kept;"
        + " and the same with our own event mentions, with their mention F1.")
public final class EvalCorefCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "An ECB+ folder (ECB+/<topic>/*.xml and the validated-sentences CSV, or topic folders).")
  Path gold;

  @Option(names = "--split", paramLabel = "SPLIT", converter = EvalStoriesCommand.SplitConverter.class,
      description = "Only the topics of the standard train or dev split (default: every topic in the folder).")
  org.newsgraph.eval.coref.EcbSplit split;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write {\"doc\",\"tokens\",\"cluster\"} JSON lines (the gold mentions as we cluster them) here.")
  Path out;

  @Mixin NlpCacheOption cache;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFolder(gold);
    List<Path> files = EcbSplit.select(EcbPlusCorpus.files(gold), split);
    CorefEvaluation.Report r = new CorefEvaluation(Analyses.full(common.config(), cache.dir()),
        common.config().stories()).run(files, EcbPlusCorpus.validated(gold), out, output.err()::println);
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", r.documents());
      m.put("gold_mentions", r.goldMentions());
      m.put("gold_clusters", r.goldClusters());
      put(m, "gold", r.gold());
      put(m, "stem_baseline", r.stemBaseline());
      put(m, "own", r.own());
      m.put("own_mentions", r.ownMentions());
      m.put("mention_precision", r.mentionF1().precision());
      m.put("mention_recall", r.mentionF1().recall());
      m.put("mention_f1", r.mentionF1().f1());
      m.put("skipped", r.stats().skipped());
      output.printJson(m);
    } else {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "ECB+ event coreference%s: %d documents,"
          + " %d gold event mentions in %d clusters (validated sentences, singletons kept, predicted stories)%n",
          split == null ? "" : " (" + split.name().toLowerCase(Locale.ROOT) + ")", r.documents(), r.goldMentions(),
          r.goldClusters()));
      sb.append(row("gold mentions, our event linker", r.gold()));
      sb.append(row("gold mentions, same trigger stem per story", r.stemBaseline()));
      sb.append(row("our own event mentions", r.own()));
      sb.append(String.format(Locale.ROOT, "  our own mentions: %d, mention P %.3f R %.3f F1 %.3f (exact tokens)%n",
          r.ownMentions(), r.mentionF1().precision(), r.mentionF1().recall(), r.mentionF1().f1()));
      output.printText(sb.toString());
    }
    return Evaluations.exitCode(r.stats().skipped());
  }

  private static String row(String name, CorefScores.Report s) {
    return String.format(Locale.ROOT, "  %-44s CoNLL F1 %.3f  (MUC %.3f, B3 %.3f, CEAF-e %.3f)%n", name, s.conll(),
        s.muc().f1(), s.b3().f1(), s.ceafe().f1());
  }

  private static void put(Map<String, Object> m, String prefix, CorefScores.Report s) {
    m.put(prefix + "_conll_f1", s.conll());
    m.put(prefix + "_muc_f1", s.muc().f1());
    m.put(prefix + "_b3_f1", s.b3().f1());
    m.put(prefix + "_ceafe_f1", s.ceafe().f1());
  }
}
