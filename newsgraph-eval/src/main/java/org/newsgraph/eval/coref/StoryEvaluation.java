package org.newsgraph.eval.coref;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.RunStats;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.stories.CrossDocumentLinker;

/**
 * {@code newsgraph eval stories}: the story clusterer of the store, run over ECB+ documents in file-name order (each
 * analysed as ingest analyses an article), scored as B3 F1 of documents against the sub-topics (a topic's ecb and
 * ecbplus halves are two similar but different events). Beside it, the reference: TF-IDF greedy clustering with its
 * threshold picked on the same documents.
 */
public final class StoryEvaluation {
  private final Function<Article, AnalyzedArticle> analysis;
  private final NewsgraphConfig.Stories settings;

  public StoryEvaluation(Function<Article, AnalyzedArticle> analysis, NewsgraphConfig.Stories settings) {
    this.analysis = analysis;
    this.settings = settings;
  }

  /**
   * The figures.
   *
   * @param documents          documents scored
   * @param stories            stories made
   * @param subtopics          gold sub-topics
   * @param b3                 our B3 of documents
   * @param baseline           the TF-IDF reference's B3 at its best threshold
   * @param baselineThreshold  that threshold
   * @param stats              the harness's timing and skipped items
   */
  public record Report(int documents, int stories, int subtopics, CorefScores.Prf b3, CorefScores.Prf baseline,
      double baselineThreshold, RunStats stats) {}

  /** The analysed documents of one run, in order: what the coreference evaluation reuses. */
  public record Analysed(EcbDocument document, AnalyzedArticle analysis, String story) {}

  /** Runs over {@code files}; writes {@code {"doc","story"}} lines to {@code out} when not null. */
  public Report run(List<Path> files, Map<String, Set<Integer>> validated, Path out, Consumer<String> log,
      List<Analysed> analysed) throws IOException {
    CrossDocumentLinker linker = new CrossDocumentLinker(settings);
    List<GoldEntry<EcbDocument, String>> entries = GoldEntry.files(files, (name, f) -> {
      EcbDocument d = EcbPlusCorpus.read(f, validated);
      return new GoldItem<>(name, d, d.subtopic());
    });
    Map<String, String> key = new HashMap<>();
    Map<String, String> response = new HashMap<>();
    List<String> texts = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    record Prepared(EcbDocument doc, AnalyzedArticle a) {}
    SystemUnderTest<EcbDocument, Prepared, String> system = new SystemUnderTest<>("story clusterer",
        d -> new Prepared(d, analysis.apply(d.article())), p -> {
          String story = linker.link(p.a()).assignment().storyId();
          if (analysed != null) {
            analysed.add(new Analysed(p.doc(), p.a(), story));
          }
          return story;
        });
    RunStats stats = Harness.run(entries, system, (item, story) -> {
      key.put(item.name(), item.gold());
      response.put(item.name(), story);
      texts.add(item.input().article().text());
      gold.add(item.gold());
      lines.add("{\"doc\":\"" + item.name() + "\",\"story\":\"" + story + "\"}");
    }, log);
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (String l : lines) {
          w.write(l);
          w.write('\n');
        }
      }
    }
    CorefScores.Prf b3 = CorefScores.b3(CorefScores.clusters(key), CorefScores.clusters(response));
    double[] base = texts.isEmpty() ? new double[] {0, 0} : new TfidfBaseline(texts).best(gold);
    CorefScores.Prf baseline = texts.isEmpty() ? CorefScores.Prf.of(0, 0) : baselineAt(texts, gold, base[0]);
    return new Report(key.size(), (int) response.values().stream().distinct().count(),
        (int) key.values().stream().distinct().count(), b3, baseline, base[0], stats);
  }

  private static CorefScores.Prf baselineAt(List<String> texts, List<String> gold, double threshold) {
    List<Integer> c = new TfidfBaseline(texts).cluster(threshold);
    Map<Integer, String> key = new HashMap<>();
    Map<Integer, String> response = new HashMap<>();
    for (int d = 0; d < c.size(); d++) {
      key.put(d, gold.get(d));
      response.put(d, String.valueOf(c.get(d)));
    }
    return CorefScores.b3(CorefScores.clusters(key), CorefScores.clusters(response));
  }
}
