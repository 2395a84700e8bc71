package org.newsgraph.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.Article;
import org.newsgraph.eval.bench.AnalysisBenchmark;
import org.newsgraph.eval.harness.SharedData;
import org.newsgraph.nlp.ParserComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench parser}: our dependency parser against CoreNLP's, same sentences, same parses? how fast? */
@Command(name = "parser", mixinStandardHelpOptions = true,
    description = "Parse the sentences of N BBC articles with newsgraph's dependency parser and with CoreNLP's, in "
        + "turn, after both parsed N other articles; print the tokens whose head or relation differ and each "
        + "parser's thread CPU time.")
public final class BenchParserCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--articles", description = "Articles timed, and as many others to warm up on "
      + "(default: ${DEFAULT-VALUE}).")
  int articles = 30;

  @Option(names = "--rounds", description = "Times each sentence is parsed by each (default: ${DEFAULT-VALUE}).")
  int rounds = 2;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of plain-text articles (default: the BBC "
      + "corpus in the shared data).")
  Path corpus;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    common.logging(null);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = corpus != null ? corpus : SharedData.data("corpora", "bbc-news");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": corpus folder not found (give --corpus DIR)");
    }
    List<Article> sample = AnalysisBenchmark.sample(dir, 2 * articles);
    List<String> warmUp = new ArrayList<>();
    List<String> timed = new ArrayList<>();
    for (int i = 0; i < sample.size(); i++) {
      (i % 2 == 0 ? warmUp : timed).add(sample.get(i).text());
    }
    ParserComparison.Result r = ParserComparison.run(warmUp, timed, rounds);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", timed.size());
      m.put("sentences", r.sentences());
      m.put("tokens", r.tokens());
      m.put("different_sentences", r.differentSentences());
      m.put("different_tokens", r.differentTokens());
      m.put("rounds", r.rounds());
      m.put("corenlp_cpu_s", round(r.corenlpSeconds()));
      m.put("newsgraph_cpu_s", round(r.oursSeconds()));
      m.put("corenlp_tokens_per_cpu_s", Math.round(r.tokens() * r.rounds() / r.corenlpSeconds()));
      m.put("newsgraph_tokens_per_cpu_s", Math.round(r.tokens() * r.rounds() / r.oursSeconds()));
      m.put("speedup", round(r.speedup()));
      m.put("rounded_rows_kept", r.roundedRowsKept());
      m.put("corenlp_load_s", round(r.corenlpLoadSeconds()));
      m.put("newsgraph_load_s", round(r.oursLoadSeconds()));
      out.println(Json.pretty(m));
      return Main.OK;
    }
    out.printf("%d sentences (%d tokens) of %d articles, after %d others; %d rounds%n", r.sentences(), r.tokens(),
        timed.size(), warmUp.size(), r.rounds());
    out.printf("different: %d tokens in %d sentences%n", r.differentTokens(), r.differentSentences());
    out.printf("%-10s %12s %16s %8s%n", "parser", "CPU s", "tokens/CPU s", "load s");
    out.printf("%-10s %12.2f %16d %8.1f%n", "corenlp", r.corenlpSeconds(),
        Math.round(r.tokens() * r.rounds() / r.corenlpSeconds()), r.corenlpLoadSeconds());
    out.printf("%-10s %12.2f %16d %8.1f%n", "newsgraph", r.oursSeconds(),
        Math.round(r.tokens() * r.rounds() / r.oursSeconds()), r.oursLoadSeconds());
    out.printf("speed-up %.2f; float product rows kept %d%n", r.speedup(), r.roundedRowsKept());
    return Main.OK;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
