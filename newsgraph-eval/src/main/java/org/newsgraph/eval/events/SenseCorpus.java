package org.newsgraph.eval.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.extract.events.EventSenseTrainer.Judgement;
import org.newsgraph.extract.events.EventSenseTrainer.Sample;
import org.newsgraph.ingest.Sources;

/**
 * The triggers judged by hand that the event-sense model learns from ({@code event-sense-labels.tsv} beside this
 * class; see the README there): each line names an article of the shared corpora by its path under the corpora
 * folder ({@code bbc-news/sport/012.txt}, {@code reuters-21578/reut2-001.sgm#NEWID=1234}), where its trigger starts,
 * the trigger's words and PLOVER type, and the judgement: Y for a real political event of that type, N for no
 * political event (sport, markets, a product, fiction, a metaphor, a question…), T for a political event of another
 * type. The articles are read by ingest's readers and analysed up to the claims by the caller.
 */
public final class SenseCorpus {
  public static final String LABELS = "event-sense-labels.tsv";

  private SenseCorpus() {}

  /** One judged trigger as the file has it. */
  public record Line(String source, int begin, String trigger, String type, char judgement, String reason) {}

  /** The lines of a label file; {@code file} null means the bundled one. */
  public static List<Line> lines(Path file) throws IOException {
    List<Line> out = new ArrayList<>();
    try (InputStream in = file == null ? SenseCorpus.class.getResourceAsStream(LABELS) : Files.newInputStream(file)) {
      if (in == null) {
        throw new IllegalStateException(LABELS + " not found next to " + SenseCorpus.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = false;
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        String[] p = line.split("\t", -1);
        if (p.length < 5 || p[4].length() != 1 || "YNT".indexOf(p[4].charAt(0)) < 0) {
          throw new IllegalArgumentException(LABELS + " line " + n + ": expected source, begin, trigger, type, "
              + "Y|N|T, reason");
        }
        out.add(new Line(p[0], Integer.parseInt(p[1]), p[2], p[3], p[4].charAt(0), p.length > 5 ? p[5] : ""));
      }
    }
    return out;
  }

  /** The judged articles, read from {@code corpora} and analysed by {@code analysis}, in the file's order. */
  public static List<Sample> samples(Path corpora, List<Line> lines, Function<Article, AnalyzedArticle> analysis,
      Consumer<String> log) {
    Map<String, List<Line>> bySource = new LinkedHashMap<>();
    for (Line l : lines) {
      bySource.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);
    }
    Map<Path, Map<String, Article>> files = new HashMap<>();
    List<Sample> out = new ArrayList<>();
    for (Map.Entry<String, List<Line>> e : bySource.entrySet()) {
      Article a = article(corpora, e.getKey(), files);
      if (a == null) {
        log.accept("skipped " + e.getKey() + ": not found under " + corpora);
        continue;
      }
      AnalyzedArticle analysed = analysis.apply(a);
      List<Judgement> js = new ArrayList<>();
      for (Line l : e.getValue()) {
        String at = a.text().substring(Math.min(l.begin(), a.text().length()));
        if (!at.startsWith(l.trigger())) {
          log.accept("skipped " + l.source() + " at " + l.begin() + ": the text there is not '" + l.trigger() + "'");
          continue;
        }
        js.add(new Judgement(l.begin(), l.type(), l.judgement() == 'Y'));
      }
      out.add(new Sample(e.getKey(), analysed, js));
    }
    return out;
  }

  /** The article a source names: a file, or a Reuters record {@code file#NEWID=n}. */
  private static Article article(Path corpora, String source, Map<Path, Map<String, Article>> files) {
    int hash = source.indexOf('#');
    Path file = corpora.resolve(hash < 0 ? source : source.substring(0, hash));
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Map<String, Article> read = files.computeIfAbsent(file, f -> {
      Map<String, Article> m = new HashMap<>();
      for (Article a : Sources.read(f).articles()) {
        String s = a.source();
        int h = s.indexOf('#');
        m.put(h < 0 ? "" : s.substring(h), a);
      }
      return m;
    });
    return read.get(hash < 0 ? "" : source.substring(hash));
  }
}
