package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.learn.ModelFiles;

/** The claims' confidence model: fitted deterministically, calibrated on the kind of claims it was fitted on. */
// slow: each fit chooses its indicators and penalty by cross-validation nested in cross-validation (~10 s here)
@Tag("slow")
class ClaimConfidenceTrainerTest {
  @TempDir Path dir;

  /**
   * Claims of two kinds over 20 articles: a named source right {@code named} of ten times, an unresolved pronoun
   * right {@code pronoun} of ten times; keys with {@code prefix}.
   */
  private static List<ClaimConfidenceTrainer.Example> examples(String prefix, int named, int pronoun) {
    List<ClaimConfidenceTrainer.Example> out = new ArrayList<>();
    for (int doc = 0; doc < 20; doc++) {
      for (int i = 0; i < 10; i++) {
        out.add(new ClaimConfidenceTrainer.Example(prefix + doc, i < named,
            Map.of("source=NAMED", 1.0, "content_words_log", 0.3)));
        out.add(new ClaimConfidenceTrainer.Example(prefix + doc, i < pronoun,
            Map.of("source=PRONOUN_UNRESOLVED", 1.0, "content_words_log", 0.3)));
      }
    }
    return out;
  }

  private static double confidence(ModelFiles.Contents m, String source) {
    return ClaimConfidence.of(m).of(Map.of(source, 1.0, "content_words_log", 0.3));
  }

  @Test
  void of_the_claims_of_a_kind_given_a_confidence_about_that_share_is_right() {
    ModelFiles.Contents m = ClaimConfidenceTrainer.fit(examples("polnear:", 8, 3), line -> { });
    assertEquals(0.8, confidence(m, "source=NAMED"), 0.05);
    assertEquals(0.3, confidence(m, "source=PRONOUN_UNRESOLVED"), 0.05);
    assertTrue(ClaimConfidenceTrainer.reliability(m, examples("polnear:", 8, 3)).expectedCalibrationError() < 0.05);
  }

  @Test
  void the_news_calibration_moves_the_confidence_to_what_is_right_on_news() {
    List<ClaimConfidenceTrainer.Example> all = new ArrayList<>(examples("polnear:", 8, 3));
    all.addAll(examples(ClaimConfidenceTrainer.NEWS_PREFIX, 6, 1));
    ModelFiles.Contents m = ClaimConfidenceTrainer.fit(all, line -> { });
    assertEquals(0.6, confidence(m, "source=NAMED"), 0.06);
    assertEquals(0.1, confidence(m, "source=PRONOUN_UNRESOLVED"), 0.06);
    assertEquals(400, ClaimConfidenceTrainer.newsCrossValidated(m, all).items(), "only the news are measured");
  }

  @Test
  void the_news_calibration_reads_the_base_log_odds_and_only_the_indicators_it_was_fitted_with() {
    assertEquals(Map.of("base_logit", 0.0), ClaimConfidence.calibration(0.5, Map.of("cue=noun", 1.0), Set.of()));
    Map<String, Double> f = ClaimConfidence.calibration(0.8, Map.of("cue=noun", 1.0, "source=NAMED", 1.0),
        Set.of("cue=noun", "cue=verb"));
    assertEquals(Math.log(4), f.get("base_logit"), 1e-9);
    assertEquals(Map.of("base_logit", f.get("base_logit"), "cue=noun", 1.0), f);
  }

  /** Claims of one source kind over 20 articles: a verb cue right {@code verb} of ten times, a noun cue {@code noun}. */
  private static List<ClaimConfidenceTrainer.Example> byCue(String prefix, int verb, int noun) {
    List<ClaimConfidenceTrainer.Example> out = new ArrayList<>();
    for (int doc = 0; doc < 20; doc++) {
      for (int i = 0; i < 10; i++) {
        out.add(new ClaimConfidenceTrainer.Example(prefix + doc, i < verb, Map.of("source=NAMED", 1.0, "cue=verb",
            1.0)));
        out.add(new ClaimConfidenceTrainer.Example(prefix + doc, i < noun, Map.of("source=NAMED", 1.0, "cue=noun",
            1.0)));
      }
    }
    return out;
  }

  @Test
  void where_news_and_polnear_disagree_on_a_kind_the_news_calibration_learns_that_kind_apart() {
    List<ClaimConfidenceTrainer.Example> all = new ArrayList<>(byCue("polnear:", 8, 8));
    all.addAll(byCue(ClaimConfidenceTrainer.NEWS_PREFIX, 7, 2));
    ModelFiles.Contents m = ClaimConfidenceTrainer.fit(all, line -> { });
    ClaimConfidence c = ClaimConfidence.of(m);
    assertEquals(0.7, c.of(Map.of("source=NAMED", 1.0, "cue=verb", 1.0)), 0.06);
    assertEquals(0.2, c.of(Map.of("source=NAMED", 1.0, "cue=noun", 1.0)), 0.06);
    assertTrue(ClaimConfidenceTrainer.newsCrossValidated(m, all).expectedCalibrationError() < 0.06);
  }

  @Test
  void the_same_examples_written_and_read_back_fit_the_same_file_byte_for_byte() throws Exception {
    List<ClaimConfidenceTrainer.Example> ex = new ArrayList<>(examples("polnear:", 7, 2));
    ex.addAll(examples(ClaimConfidenceTrainer.NEWS_PREFIX, 5, 1));
    Path file = dir.resolve("examples.tsv.gz");
    ClaimConfidenceTrainer.writeExamples(file, ex);
    List<ClaimConfidenceTrainer.Example> back;
    try (InputStream in = Files.newInputStream(file)) {
      back = ClaimConfidenceTrainer.readExamples(in);
    }
    assertEquals(ex, back);
    ModelFiles.write(dir.resolve("a.tsv.gz"), ClaimConfidenceTrainer.fit(ex, line -> { }));
    ModelFiles.write(dir.resolve("b.tsv.gz"), ClaimConfidenceTrainer.fit(back, line -> { }));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.tsv.gz")), Files.readAllBytes(dir.resolve("b.tsv.gz")));
  }
}
