package org.newsgraph.eval.extraction;

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
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.newsgraph.core.MiniJson;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.ingest.html.HtmlExtractor;

/**
 * {@code newsgraph eval extraction}: the article-extraction benchmark on a gold folder laid out as the benchmark
 * ships it ({@code ground-truth.json}, {@code html/<id>.html.gz}, optional {@code reference-outputs/<system>.json}).
 * Each page is a gold item; our extractor runs on its HTML, and each reference system's published output is scored
 * the same way, with {@link ExtractionMetric}. A page a system fails on counts as an empty answer, as the benchmark
 * counts it.
 */
public final class ExtractionEvaluation {
  private ExtractionEvaluation() {}

  /** One scored system. */
  public record Row(String system, ExtractionMetric.Score score, int emptyPages) {}

  /** The result: our row, the reference rows (best first), our predictions and page scores by page id. */
  public record Result(Row ours, List<Row> references, Map<String, String> predictions,
      Map<String, ExtractionMetric.PageScore> ourPages) {}

  /** A page of the benchmark: its id and its gzipped HTML (which may be missing). */
  public record Page(String id, Path html) {
    /** The page's HTML; empty when the file is missing. */
    public String read() {
      return Files.exists(html) ? gunzip(html) : "";
    }
  }

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
    return run(dir, html -> HtmlExtractor.extract(html, null).body());
  }

  /** Scores {@code extractor} (page HTML to body text) on every page of {@code dir}, beside the references. */
  public static Result run(Path dir, Function<String, String> extractor) {
    List<GoldEntry<Page, String>> pages = new ArrayList<>();
    gold(dir).forEach((id, body) ->
        pages.add(GoldEntry.of(new GoldItem<>(id, new Page(id, dir.resolve("html").resolve(id + ".html.gz")), body))));
    Map<String, String> predictions = new LinkedHashMap<>();
    Map<String, ExtractionMetric.PageScore> ourPages = new LinkedHashMap<>();
    Row ours = score("newsgraph", pages, new SystemUnderTest<>("newsgraph", Page::read,
        html -> orEmpty(extractor, html)), predictions, ourPages);
    List<Row> refs = new ArrayList<>();
    Path refDir = dir.resolve("reference-outputs");
    if (Files.isDirectory(refDir)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(refDir, "*.json")) {
        for (Path f : ds) {
          String name = f.getFileName().toString().replaceFirst("\\.json$", "");
          Map<String, String> bodies = referenceBodies(f);
          refs.add(score(name, pages, SystemUnderTest.of(name, (Page p) -> bodies.getOrDefault(p.id(), "")),
              new LinkedHashMap<>(), new LinkedHashMap<>()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(refDir + ": " + e.getMessage(), e);
      }
    }
    refs.sort((a, b) -> Double.compare(b.score().f1(), a.score().f1()));
    return new Result(ours, refs, predictions, ourPages);
  }

  private static String orEmpty(Function<String, String> extractor, String html) {
    try {
      String body = extractor.apply(html);
      return body == null ? "" : body;
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static <X> Row score(String system, List<GoldEntry<Page, String>> pages,
      SystemUnderTest<Page, X, String> sut, Map<String, String> predictions,
      Map<String, ExtractionMetric.PageScore> byPage) {
    List<ExtractionMetric.PageScore> scores = new ArrayList<>();
    int[] empty = {0};
    Harness.run(pages, sut, (item, predicted) -> {
      ExtractionMetric.PageScore s = ExtractionMetric.page(item.gold(), predicted);
      scores.add(s);
      byPage.put(item.name(), s);
      predictions.put(item.name(), predicted);
      if (ExtractionMetric.tokens(predicted).isEmpty()) {
        empty[0]++;
      }
    }, null);
    return new Row(system, ExtractionMetric.score(scores), empty[0]);
  }

  /** The {@code --errors} file: every page we do not get exactly right, worst first, with the paragraphs that differ. */
  public static List<String> errorLines(Path dir, Result r) {
    return ExtractionErrors.lines(gold(dir), r);
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

  static String readString(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot read: " + e.getMessage(), e);
    }
  }
}
