package org.newsgraph.eval.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.eval.extraction.ExtractionMetric;
import org.newsgraph.eval.extraction.RuleAblation;

/** Prints {@code eval extraction --leave-one-host-out}: the two figures, then each rule's effect. */
final class HostFoldsReport {
  private HostFoldsReport() {}

  static void print(RuleAblation.Result r, JsonOutput output) {
    Map<String, Integer> verdicts = new TreeMap<>();
    r.effects().forEach(e -> verdicts.merge(e.verdict(), 1, Integer::sum));
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pages", r.dev().pages());
      m.put("hosts", r.hosts());
      m.put("dev", score(r.dev()));
      m.put("leave_one_host_out", score(r.leaveOneHostOut()));
      m.put("verdicts", verdicts);
      List<Object> rules = new ArrayList<>();
      for (RuleAblation.RuleEffect e : r.effects()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("rule", e.rule());
        x.put("pages", e.pages());
        x.put("hosts", e.hosts());
        x.put("hosts_helped", e.helped());
        x.put("hosts_hurt", e.hurt());
        x.put("gain", round(e.gain()));
        x.put("gain_without_best_host", round(e.gainWithoutBestHost()));
        x.put("verdict", e.verdict());
        x.put("folds_off", r.foldsOff().getOrDefault(e.rule(), 0));
        rules.add(x);
      }
      m.put("rules", rules);
      output.printJson(m);
      return;
    }
    PrintWriter pw = output.out();
    pw.printf("Extraction rules on %d pages from %d hosts%n", r.dev().pages(), r.hosts());
    pw.printf("%-34s %6s %6s %6s %6s%n", "", "F1", "P", "R", "acc");
    line(pw, "rules as given (dev)", r.dev());
    line(pw, "leave one host out", r.leaveOneHostOut());
    pw.println("(a fold switches off the rules whose gain on the other hosts is negative, or nil while they change "
        + "the left-out host's pages)");
    pw.println("rules: " + verdicts);
    pw.printf("%-44s %5s %5s %6s %4s %7s %9s %-11s %s%n", "rule", "pages", "hosts", "helped", "hurt", "gain",
        "gain-best", "verdict", "folds-off");
    for (RuleAblation.RuleEffect e : r.effects()) {
      if (e.pages() == 0) {
        continue;
      }
      pw.printf("%-44s %5d %5d %6d %4d %+7.4f %+9.4f %-11s %d%n", cut(e.rule()), e.pages(), e.hosts(), e.helped(),
          e.hurt(), e.gain(), e.gainWithoutBestHost(), e.verdict(), r.foldsOff().getOrDefault(e.rule(), 0));
    }
    pw.printf("(%d rules change no page here: %s)%n", verdicts.getOrDefault("inert", 0),
        String.join(" ", r.effects().stream().filter(e -> e.pages() == 0).map(e -> cut(e.rule())).toList()));
  }

  private static void line(PrintWriter pw, String name, ExtractionMetric.Score s) {
    pw.printf("%-34s %6.3f %6.3f %6.3f %6.3f%n", name, s.f1(), s.precision(), s.recall(), s.accuracy());
  }

  private static Map<String, Object> score(ExtractionMetric.Score s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("f1", round(s.f1()));
    m.put("precision", round(s.precision()));
    m.put("recall", round(s.recall()));
    m.put("accuracy", round(s.accuracy()));
    return m;
  }

  private static String cut(String rule) {
    return rule.length() <= 44 ? rule : rule.substring(0, 41) + "...";
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
