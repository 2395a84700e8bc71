package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.extraction.ExtractionEvaluation;
import org.newsgraph.eval.extraction.ExtractionMetric;
import org.newsgraph.eval.extraction.RuleAblation;
import org.newsgraph.ingest.html.ExtractionRules;
import org.newsgraph.ingest.html.HtmlExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval extraction --gold DIR [--out FILE] [--rules-off RULE,...] [--leave-one-host-out]}: the
 * article-extraction benchmark's metric (token 4-gram shingles, per-page precision/recall, means, F1, exact-match
 * accuracy) for our HTML extractor, printed beside the reference rows shipped with the gold folder; or each rule's
 * effect host by host and the leave-one-host-out F1 ({@link RuleAblation}).
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Article-body extraction F1/precision/recall/accuracy on a benchmark folder (ground-truth.json, "
        + "html/*.html.gz, reference-outputs/), ours beside the other systems.")
public final class EvalExtractionCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The benchmark folder.")
  Path gold;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write our predictions as {\"<page id>\": {\"articleBody\": \"…\"}}.")
  Path out;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write every page we do not get exactly right, worst first, with our paragraphs the gold lacks "
          + "(+) and the gold's we lack (-).")
  Path errors;

  @Option(names = "--rules-off", split = ";", paramLabel = "RULE",
      description = "Switch these extractor rules off, separated by ';' (ids as --leave-one-host-out lists them; "
          + "some hold commas).")
  List<String> rulesOff = new ArrayList<>();

  @Option(names = "--all-rules",
      description = "Start from every rule, the retired ones too (the extractor as fitted to the dev pages).")
  boolean allRules;

  @Option(names = "--rules-only",
      description = "The rules alone pick the body, without the block model (the default before issue 20's model; "
          + "implied by --all-rules, --rules-off and --leave-one-host-out).")
  boolean rulesOnly;

  @Option(names = "--leave-one-host-out",
      description = "Switch each rule off alone and print what it does host by host, then the leave-one-host-out "
          + "F1: each host's pages extracted with only the rules that help the other hosts.")
  boolean leaveOneHostOut;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    if (!Files.isRegularFile(gold.resolve("ground-truth.json"))) {
      throw new IllegalArgumentException(gold + ": no ground-truth.json there (give the benchmark folder)");
    }
    ExtractionRules rules = (allRules ? ExtractionRules.ALL : ExtractionRules.DEFAULT).without(rulesOff);
    if (leaveOneHostOut) {
      HostFoldsReport.print(RuleAblation.run(RuleAblation.pages(gold), rules), output);
      return Main.OK;
    }
    long t0 = System.nanoTime();
    boolean standard = !rulesOnly && !allRules && rulesOff.isEmpty();
    HtmlExtractor extractor = standard ? HtmlExtractor.standard() : HtmlExtractor.with(rules);
    ExtractionEvaluation.Result r = ExtractionEvaluation.run(gold, html -> extractor.article(html, null).body());
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (out != null) {
      Files.writeString(out, ExtractionEvaluation.predictionsJson(r.predictions()), StandardCharsets.UTF_8);
    }
    if (errors != null) {
      Files.write(errors, ExtractionEvaluation.errorLines(gold, r));
    }
    PrintWriter pw = output.out();
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pages", r.ours().score().pages());
      m.put("newsgraph", row(r.ours()));
      List<Object> refs = new ArrayList<>();
      for (ExtractionEvaluation.Row x : r.references()) {
        refs.add(row(x));
      }
      m.put("references", refs);
      m.put("seconds", Math.round(seconds * 100) / 100.0);
      output.printJson(m);
      return Main.OK;
    }
    pw.printf("Article extraction on %d pages of %s (newsgraph: %s)%n", r.ours().score().pages(), gold,
        extractor.usesModel() ? "the block model over the rules' verdicts" : "the rules alone");
    pw.printf("%-26s %6s %6s %6s %6s %6s%n", "system", "F1", "P", "R", "acc", "empty");
    print(pw, r.ours());
    pw.println("-- reference outputs --");
    for (ExtractionEvaluation.Row x : r.references()) {
      print(pw, x);
    }
    if (out != null) {
      pw.println("predictions written to " + out);
    }
    return Main.OK;
  }

  private static void print(PrintWriter pw, ExtractionEvaluation.Row r) {
    ExtractionMetric.Score s = r.score();
    pw.printf("%-26s %6.3f %6.3f %6.3f %6.3f %6d%n", r.system(), s.f1(), s.precision(), s.recall(), s.accuracy(),
        r.emptyPages());
  }

  private static Map<String, Object> row(ExtractionEvaluation.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("system", r.system());
    m.put("f1", round(r.score().f1()));
    m.put("precision", round(r.score().precision()));
    m.put("recall", round(r.score().recall()));
    m.put("accuracy", round(r.score().accuracy()));
    m.put("empty_pages", r.emptyPages());
    return m;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
