package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The error lines of {@code eval extraction --errors FILE}: every page we do not get exactly right, worst F1 first,
 * with our paragraphs the gold body lacks ({@code +}) and the gold paragraphs we lack ({@code -}), compared as
 * token sequences the way the metric tokenises.
 */
final class ExtractionErrors {
  private static final int MAX_PARAGRAPH = 200;

  private ExtractionErrors() {}

  static List<String> lines(Map<String, String> gold, ExtractionEvaluation.Result r) {
    List<String> out = new ArrayList<>();
    r.ourPages().entrySet().stream().filter(e -> !e.getValue().exact())
        .sorted(Comparator.comparingDouble((Map.Entry<String, ExtractionMetric.PageScore> e) -> f1(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> {
          ExtractionMetric.PageScore s = e.getValue();
          out.add(String.format(Locale.ROOT, "%s\tF1 %.3f\tP %.3f\tR %.3f", e.getKey(), f1(s), s.precision(),
              s.recall()));
          String ours = r.predictions().getOrDefault(e.getKey(), "");
          String truth = gold.getOrDefault(e.getKey(), "");
          missing(ours, truth).forEach(p -> out.add("+ " + cut(p)));
          missing(truth, ours).forEach(p -> out.add("- " + cut(p)));
        });
    return out;
  }

  /** The paragraphs of {@code from} whose tokens do not occur, in order, anywhere in {@code in}. */
  private static List<String> missing(String from, String in) {
    String all = " " + String.join(" ", ExtractionMetric.tokens(in)) + " ";
    List<String> out = new ArrayList<>();
    for (String p : from.split("\n+")) {
      String t = " " + String.join(" ", ExtractionMetric.tokens(p)) + " ";
      if (!t.isBlank() && !all.contains(t)) {
        out.add(p);
      }
    }
    return out;
  }

  private static String cut(String p) {
    String s = p.replaceAll("\\s+", " ").strip();
    return s.length() > MAX_PARAGRAPH ? s.substring(0, MAX_PARAGRAPH) + "…" : s;
  }

  private static double f1(ExtractionMetric.PageScore p) {
    double pr = Double.isNaN(p.precision()) ? 0 : p.precision();
    double re = Double.isNaN(p.recall()) ? 0 : p.recall();
    return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
  }
}
