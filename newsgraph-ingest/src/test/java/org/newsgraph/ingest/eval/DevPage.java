package org.newsgraph.ingest.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.newsgraph.ingest.html.HtmlExtractor;

/** Developer harness: our body for one dev page (id prefix) beside the gold body. */
public final class DevPage {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of("../../shared/data/article-extraction/dev");
    Map<String, String> gold = ExtractionEval.gold(dir);
    String id = gold.keySet().stream().filter(k -> k.startsWith(args[0])).findFirst().orElseThrow();
    String html = ExtractionEval.gunzip(dir.resolve("html").resolve(id + ".html.gz"));
    String ours = HtmlExtractor.extract(html, null).body();
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
    System.out.println("=== GOLD (" + gold.get(id).length() + ")\n" + cut(gold.get(id), n));
    System.out.println("=== OURS (" + ours.length() + ")\n" + cut(ours, n));
  }

  static String cut(String s, int n) {
    return s.length() <= 2 * n ? s : s.substring(0, n) + "\n[...]\n" + s.substring(s.length() - n);
  }
}
