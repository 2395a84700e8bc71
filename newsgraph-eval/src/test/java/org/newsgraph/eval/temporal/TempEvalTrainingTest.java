package org.newsgraph.eval.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * The whole TempEval-3 training folder (TimeBank + AQUAINT, 256 documents) through real CoreNLP and the tagger. It
 * takes about 100 s (CoreNLP with the dependency parser is the cost; the tagger itself runs at over 100 documents/s),
 * under the two-minute budget, so the test scores every document; {@link TempEvalMain} does the same from the
 * command line. Prints the figures; asserts floors well below what the tagger reaches, to catch breakage rather
 * than noise.
 */
@Tag("models")
class TempEvalTrainingTest {

  private static Path trainingFolder() {
    return Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data", "tempeval3", "train");
  }

  @Test
  void the_training_folder_scores_above_the_floors_and_prints_its_figures() throws Exception {
    Path dir = trainingFolder();
    Assumptions.assumeTrue(Files.isDirectory(dir),
        "TempEval-3 training data not found at " + dir.toAbsolutePath() + " (set -Dnewsgraph.shared)");
    List<Path> files = TemporalEvaluation.files(dir);
    Assumptions.assumeTrue(!files.isEmpty(), "no .tml files under " + dir.toAbsolutePath());
    CoreNlpStage nlp = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
    TemporalEvaluation.Report r = new TemporalEvaluation(a -> nlp.apply(AnalyzedArticle.of(a))).run(files, null,
        System.out::println);
    System.out.println("TempEval-3 training folder " + dir.toAbsolutePath());
    System.out.print(r.summary());
    assertEquals(0, r.skipped(), "skipped: " + r.messages());
    assertEquals(files.size(), r.documents());
    assertTrue(r.result().relaxedF1() > 0.85, "relaxed F1 " + r.result().relaxedF1());
    assertTrue(r.result().valueF1() > 0.70, "value F1 " + r.result().valueF1());
    assertTrue(r.result().strictF1() > 0.75, "strict F1 " + r.result().strictF1());
  }
}
