package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.BoundedAnalysis;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.ingest.PageDumpParser;
import org.newsgraph.ingest.ReadResult;

/**
 * The whole analysis (CoreNLP and every rule) fed random mutations of the sample: runs of one character, brackets
 * and quotes, a sentence without end, a word of a hundred thousand letters, paragraphs repeated hundreds of times.
 * Seeded and of a fixed count, reproducible from the seed it prints ({@code -Dfuzz.seed=N}). No document may throw,
 * and none may take longer than its budget ({@code limits.documentSeconds}) and a little more to stop.
 */
@Tag("models")
@Tag("slow")
class AnalysisFuzzTest {
  private static final int CASES = 16;
  private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  private static final double BUDGET = 20;
  /** A stage stops at its next step after its deadline; CoreNLP at its next sentence. */
  private static final double STOP_MARGIN = 10;
  private static final String[] UNITS = {" ", "(", "\u201c", "\"", "a", "9", "-", ", ", "Friday ", "said ",
      "<", "\n", "\n\n", "Updated 4 February 2025 ", "SEOUL: ", "the ", "\u2028", "\t", "x"};

  private static String mutate(String s, Random r, StringBuilder what) {
    int at = r.nextInt(s.length() + 1);
    switch (r.nextInt(4)) {
      case 0 -> {
        String unit = UNITS[r.nextInt(UNITS.length)];
        int times = 1 + r.nextInt(r.nextBoolean() ? 200 : 30_000);
        what.append("insert ").append(times).append(" x '").append(unit.replace("\n", "\\n")).append("'");
        return s.substring(0, at) + unit.repeat(times) + s.substring(at);
      }
      case 1 -> {
        int len = Math.min(s.length() - at, 1 + r.nextInt(800));
        int times = 1 + r.nextInt(300);
        what.append("repeat ").append(len).append(" chars x").append(times);
        return s.substring(0, at) + s.substring(at, at + len).repeat(times) + s.substring(at);
      }
      case 2 -> {
        // full stops and line breaks taken out: one sentence as long as the text
        what.append("no sentence ends from ").append(at);
        return s.substring(0, at) + s.substring(at).replace(". ", " ").replace(".\n", " ").replace("\n", " ");
      }
      default -> {
        int len = 1 + r.nextInt(100_000);
        what.append("a word of ").append(len).append(" letters");
        return s.substring(0, at) + " " + "q".repeat(len) + " " + s.substring(at);
      }
    }
  }

  @Test
  void no_mutation_of_the_sample_makes_the_analysis_throw_or_run_past_its_budget() throws Exception {
    System.out.println("analysis fuzz: seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + "), " + CASES + " cases");
    String sample = Files.readString(Cli.example(), StandardCharsets.UTF_8);
    NewsgraphConfig cfg = NewsgraphConfig.of(Map.of("limits.maxDocumentChars", "60000",
        "limits.documentSeconds", String.valueOf(BUDGET), "limits.stageSeconds", "15"), "test");
    BoundedAnalysis pipeline = AnalysisPipeline.standard(cfg);
    pipeline.load();
    Random r = new Random(SEED);
    List<String> failures = new ArrayList<>();
    for (int k = 0; k < CASES; k++) {
      StringBuilder what = new StringBuilder();
      String text = sample;
      for (int n = 1 + r.nextInt(2), i = 0; i < n; i++) {
        what.append(i == 0 ? "" : ", then ");
        text = mutate(text, r, what);
      }
      String label = "seed " + SEED + " case " + k + " (" + what + ")";
      ReadResult read = PageDumpParser.parse(text, "fuzz-" + k);
      for (Article a : read.articles()) {
        long t0 = System.nanoTime();
        try {
          AnalyzedArticle out = pipeline.apply(AnalyzedArticle.of(a));
          double s = (System.nanoTime() - t0) / 1e9;
          System.out.printf("%s: %,d characters, %.1f s, %d notes%n", label, a.text().length(), s,
              out.notes().size());
          if (s > BUDGET + STOP_MARGIN) {
            failures.add(label + ": took " + s + " s (budget " + BUDGET + " s)");
          }
        } catch (RuntimeException | StackOverflowError e) {
          failures.add(label + ": threw " + e);
        }
      }
    }
    assertEquals(List.of(), failures, "reproduce with -Dfuzz.seed=" + SEED);
  }
}
