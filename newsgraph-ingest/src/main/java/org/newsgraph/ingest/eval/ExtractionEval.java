package org.newsgraph.ingest.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import org.newsgraph.core.MiniJson;
import org.newsgraph.ingest.html.HtmlExtractor;

/**
 * Runs the article-extraction benchmark on a gold folder laid out as the benchmark ships it
 * ({@code ground-truth.json}, {@code html/<id>.html.gz}, optional {@code reference-outputs/<system>.json}) and
 * scores our extractor beside the published outputs of the other systems, with {@link ExtractionMetric}.
 */
public final class ExtractionEval {
  private ExtractionEval() {}

  /** One scored system; {@code pages} maps page id to its scores. */
  public record Row(String system, ExtractionMetric.Score score, int emptyPages) {}

  /** The result: our row, the reference rows (best first), and our predictions by page id. */
  public record Result(Row ours, List<Row> references, Map<String, String> predictions,
      Map<String, ExtractionMetric.PageScore> ourPages) {}

  /** The gold bodies by page id. */
  public static Map<String, String> gold(Path dir) {
    Map<String, String> out = new TreeMap<>();
    Object v = MiniJson.parse(readString(dir.resolve("ground-truth.json")));
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(dir.resolve("ground-truth.json") + ": not a JSON object");
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> page && page.get("articleBody") instanceof String body) {
        out.put(String.valueOf(e.getKey()), body);
      }
    }
    return out;
  }

  /** Scores our extractor on every page of {@code dir}. */
  public static Result run(Path dir) {
    return run(dir, (html, id) -> HtmlExtractor.extract(html, null).body());
  }

  /** Scores {@code extractor} (page HTML and id to body text) on every page of {@code dir}. */
  public static Result run(Path dir, BiFunction<String, String, String> extractor) {
    Map<String, String> gold = gold(dir);
    Map<String, String> predictions = new LinkedHashMap<>();
    for (String id : gold.keySet()) {
      Path page = dir.resolve("html").resolve(id + ".html.gz");
      String html = Files.exists(page) ? gunzip(page) : "";
      String body;
      try {
        body = extractor.apply(html, id);
      } catch (RuntimeException e) {
        body = "";
      }
      predictions.put(id, body == null ? "" : body);
    }
    Map<String, ExtractionMetric.PageScore> pages = new LinkedHashMap<>();
    Row ours = score("newsgraph", gold, predictions, pages);
    List<Row> refs = new ArrayList<>();
    Path refDir = dir.resolve("reference-outputs");
    if (Files.isDirectory(refDir)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(refDir, "*.json")) {
        for (Path f : ds) {
          String name = f.getFileName().toString().replaceFirst("\\.json$", "");
          refs.add(score(name, gold, referenceBodies(f), new LinkedHashMap<>()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(refDir + ": " + e.getMessage(), e);
      }
    }
    refs.sort((a, b) -> Double.compare(b.score().f1(), a.score().f1()));
    return new Result(ours, refs, predictions, pages);
  }

  private static Row score(String system, Map<String, String> gold, Map<String, String> predicted,
      Map<String, ExtractionMetric.PageScore> pages) {
    List<ExtractionMetric.PageScore> scores = new ArrayList<>();
    int empty = 0;
    for (Map.Entry<String, String> g : gold.entrySet()) {
      String p = predicted.getOrDefault(g.getKey(), "");
      ExtractionMetric.PageScore s = ExtractionMetric.page(g.getValue(), p);
      scores.add(s);
      pages.put(g.getKey(), s);
      if (ExtractionMetric.tokens(p).isEmpty()) {
        empty++;
      }
    }
    return new Row(system, ExtractionMetric.score(scores), empty);
  }

  /** Bodies from a reference file in either layout: {@code {id: {articleBody}}} or {@code {"output": {...}}}. */
  static Map<String, String> referenceBodies(Path f) {
    Object v = MiniJson.parse(readString(f));
    Map<String, String> out = new LinkedHashMap<>();
    if (v instanceof Map<?, ?> m) {
      Object inner = m.get("output") instanceof Map<?, ?> o ? o : m;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) inner).entrySet()) {
        if (e.getValue() instanceof Map<?, ?> page && page.get("articleBody") instanceof String body) {
          out.put(String.valueOf(e.getKey()), body);
        }
      }
    }
    return out;
  }

  /** The {@code --out} file: {@code {"<page id>": {"articleBody": "…"}}}. */
  public static String predictionsJson(Map<String, String> predictions) {
    StringBuilder b = new StringBuilder("{\n");
    int n = 0;
    for (Map.Entry<String, String> e : predictions.entrySet()) {
      b.append("  ").append(MiniJson.quote(e.getKey())).append(": {\"articleBody\": ")
          .append(MiniJson.quote(e.getValue())).append('}').append(++n < predictions.size() ? ",\n" : "\n");
    }
    return b.append("}\n").toString();
  }

  static String gunzip(Path p) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": " + e.getMessage(), e);
    }
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot read: " + e.getMessage(), e);
    }
  }
}
