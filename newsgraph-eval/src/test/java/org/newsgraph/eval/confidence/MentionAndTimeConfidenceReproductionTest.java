package org.newsgraph.eval.confidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;

/**
 * {@code train time-confidence} and {@code train mention-confidence}, run from the training data in ../shared
 * (TempEval-3 train; CoNLL-2003 eng.train and eng.testa) with their defaults, rebuild the shipped models byte for
 * byte and print their cross-validated reliability tables. About 40 s and 2 min of NLP on the shared 2-core box;
 * skipped, with the reason, where the data is absent.
 */
@Tag("slow")
class MentionAndTimeConfidenceReproductionTest {
  @TempDir Path tmp;

  private static Path shared(String... more) {
    return Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data").resolve(Path.of("", more));
  }

  private static byte[] shipped(String resource) throws Exception {
    try (InputStream in = MentionAndTimeConfidenceReproductionTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  @Test
  void train_time_confidence_rebuilds_the_shipped_model_byte_for_byte() throws Exception {
    Path gold = shared("tempeval3", "train");
    Assumptions.assumeTrue(Files.isDirectory(gold), "TempEval-3 train not found at " + gold.toAbsolutePath());
    Path out = tmp.resolve("time-confidence-model.tsv.gz");
    Fixtures.Run run = Fixtures.cli("train", "time-confidence", "--gold", gold.toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertArrayEquals(shipped("/org/newsgraph/extract/time/time-confidence-model.tsv.gz"), Files.readAllBytes(out));
    assertTrue(run.out().contains("expected calibration error"), run.out());
  }

  @Test
  void train_mention_confidence_rebuilds_the_shipped_model_byte_for_byte() throws Exception {
    Path train = shared("ner", "conll2003", "eng.train");
    Path dev = shared("ner", "conll2003", "eng.testa");
    Assumptions.assumeTrue(Files.isRegularFile(train) && Files.isRegularFile(dev),
        "CoNLL-2003 eng.train and eng.testa not found under " + train.getParent().toAbsolutePath());
    Path out = tmp.resolve("mention-confidence-model.tsv.gz");
    Fixtures.Run run = Fixtures.cli("train", "mention-confidence", "--gold", train.toString(), "--dev",
        dev.toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertArrayEquals(shipped("/org/newsgraph/extract/entities/mention-confidence-model.tsv.gz"),
        Files.readAllBytes(out));
    assertTrue(run.out().contains("expected calibration error"), run.out());
  }
}
