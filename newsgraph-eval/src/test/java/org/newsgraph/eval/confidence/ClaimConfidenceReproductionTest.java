package org.newsgraph.eval.confidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;

/**
 * {@code train claim-confidence} refitted from the bundled examples (the features and verdicts of the claims of
 * PolNeAR train and of the labelled real news' dev split, which a full run writes with {@code --examples}) rebuilds
 * the shipped model byte for byte, and prints the cross-validated reliability table on real news.
 */
@Tag("slow")
class ClaimConfidenceReproductionTest {
  @TempDir Path tmp;

  @Test
  void train_claim_confidence_from_the_bundled_examples_rebuilds_the_shipped_model_byte_for_byte()
      throws Exception {
    Path out = tmp.resolve("claim-confidence-model.tsv.gz");
    Fixtures.Run run = Fixtures.cli("train", "claim-confidence", "--from-examples", "bundled", "--dev", "none",
        "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    byte[] shipped;
    try (InputStream in = getClass().getResourceAsStream(
        "/org/newsgraph/extract/claims/claim-confidence-model.tsv.gz")) {
      shipped = in.readAllBytes();
    }
    assertArrayEquals(shipped, Files.readAllBytes(out));
    assertTrue(run.out().contains("expected calibration error"), run.out());
  }
}
