package org.newsgraph.eval.stance;

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
import org.newsgraph.testkit.SharedData;

/**
 * The whole FNC-1 training folder: {@code train stance} rebuilds the shipped model byte for byte, and {@code eval
 * stance} scores it per part of the split (the figures in docs/BENCHMARKS.md).
 */
@Tag("slow")
class StanceTrainingReproductionTest {
  @TempDir Path tmp;

  @Test
  void train_stance_rebuilds_the_shipped_model_byte_for_byte() throws Exception {
    Path gold = SharedData.require("stance", "fnc1");
    Path out = tmp.resolve("stance-model.tsv.gz");
    Fixtures.Run run = Fixtures.cli("train", "stance", "--gold", gold.toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    byte[] shipped;
    try (InputStream in = getClass().getResourceAsStream("/org/newsgraph/extract/stance/stance-model.tsv.gz")) {
      shipped = in.readAllBytes();
    }
    assertArrayEquals(shipped, Files.readAllBytes(out));
  }

  @Test
  void eval_stance_scores_the_dev_and_final_parts() throws Exception {
    Path gold = SharedData.require("stance", "fnc1");
    Fixtures.Run run = Fixtures.cli("eval", "stance", "--gold", gold.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("dev (4378 pairs): FNC score"), run.out());
    assertTrue(run.out().contains("final (3168 pairs): FNC score"), run.out());
  }
}
