package org.newsgraph.ingest.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsgraph.ingest.html.HtmlExtractor;

/** Developer harness: for pages with a prefix given, our paragraphs that the gold lacks (+) and gold's we lack (-). */
public final class DevExtra {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of("../../shared/data/article-extraction/dev");
    Map<String, String> gold = ExtractionEval.gold(dir);
    for (String prefix : args) {
      String id = gold.keySet().stream().filter(k -> k.startsWith(prefix)).findFirst().orElseThrow();
      String html = ExtractionEval.gunzip(dir.resolve("html").resolve(id + ".html.gz"));
      List<String> ours = HtmlExtractor.extract(html, null).paragraphs();
      String g = " " + String.join(" ", ExtractionMetric.tokens(gold.get(id))) + " ";
      String o = " " + String.join(" ", ExtractionMetric.tokens(String.join("\n", ours))) + " ";
      System.out.println("#### " + prefix);
      for (String p : ours) {
        String t = " " + String.join(" ", ExtractionMetric.tokens(p)) + " ";
        if (!g.contains(t)) {
          System.out.println("+ " + (p.length() > 200 ? p.substring(0, 200) + "…" : p));
        }
      }
      for (String p : gold.get(id).split("\n+")) {
        String t = " " + String.join(" ", ExtractionMetric.tokens(p)) + " ";
        if (!t.isBlank() && !o.contains(t)) {
          System.out.println("- " + (p.length() > 200 ? p.substring(0, 200) + "…" : p));
        }
      }
    }
  }
}
