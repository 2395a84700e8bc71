package org.newsgraph.ingest.eval;

import java.nio.file.Path;
import java.util.Map;

/** Developer harness: scores the dev half and lists the worst pages (run with the test class path). */
public final class DevRun {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../../shared/data/article-extraction/dev");
    long t0 = System.nanoTime();
    ExtractionEval.Result r = ExtractionEval.run(dir);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("ours F1 %.3f P %.3f R %.3f acc %.3f empty %d  (%.1fs)%n", r.ours().score().f1(),
        r.ours().score().precision(), r.ours().score().recall(), r.ours().score().accuracy(), r.ours().emptyPages(), s);
    r.ourPages().entrySet().stream()
        .sorted((a, b) -> Double.compare(f(a.getValue()), f(b.getValue())))
        .limit(Integer.parseInt(System.getProperty("worst", "15")))
        .forEach(e -> System.out.printf("%s P %.2f R %.2f%n", e.getKey().substring(0, 12), e.getValue().precision(),
            e.getValue().recall()));
    if (System.getProperty("refs") != null) {
      for (ExtractionEval.Row row : r.references()) {
        System.out.printf("%-26s %.3f%n", row.system(), row.score().f1());
      }
    }
  }

  static double f(ExtractionMetric.PageScore p) {
    double pr = Double.isNaN(p.precision()) ? 0 : p.precision();
    double re = Double.isNaN(p.recall()) ? 0 : p.recall();
    return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
  }
}
