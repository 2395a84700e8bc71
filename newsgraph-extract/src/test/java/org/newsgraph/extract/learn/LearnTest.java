package org.newsgraph.extract.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared learning tools: fitting, files that rebuild byte for byte, calibration, reliability, folds. */
class LearnTest {
  private static List<Softmax.Example> examples() {
    List<Softmax.Example> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean war = i % 2 == 0;
      out.add(new Softmax.Example(Map.of(war ? "troops" : "goal", 1.0, "said", 1.0, "w" + (i % 7), 0.5),
          war ? 1 : 0));
    }
    return out;
  }

  @Test
  void a_softmax_learns_words_that_tell_the_classes_apart() {
    Softmax m = Softmax.fit(List.of("sport", "war"), examples(), new Softmax.Settings(1e-3, 200, 0.1));
    assertTrue(m.probabilities(Map.of("troops", 1.0))[1] > 0.9);
    assertTrue(m.probabilities(Map.of("goal", 1.0))[1] < 0.1);
    double[] neutral = m.probabilities(Map.of("said", 1.0));
    assertEquals(1.0, neutral[0] + neutral[1], 1e-9);
  }

  @Test
  void the_same_examples_write_the_same_bytes_and_read_back_the_same_model(@TempDir Path dir) throws Exception {
    Softmax a = Softmax.fit(List.of("sport", "war"), examples(), new Softmax.Settings(1e-3, 100, 0.1));
    Softmax b = Softmax.fit(List.of("sport", "war"), examples(), new Softmax.Settings(1e-3, 100, 0.1));
    Path fa = dir.resolve("a.tsv.gz");
    Path fb = dir.resolve("b.tsv.gz");
    ModelFiles.write(fa, new ModelFiles.Contents(Map.of("m", a), Map.of("t", 0.25)));
    ModelFiles.write(fb, new ModelFiles.Contents(Map.of("m", b), Map.of("t", 0.25)));
    assertArrayEquals(Files.readAllBytes(fa), Files.readAllBytes(fb));
    ModelFiles.Contents back = ModelFiles.read(fa);
    assertEquals(0.25, back.param("t", 0));
    assertArrayEquals(a.probabilities(Map.of("troops", 1.0)), back.model("m").probabilities(Map.of("troops", 1.0)),
        1e-12, "weights are rounded before they are used, so the file gives the same answers");
  }

  @Test
  void a_reliability_table_bins_what_was_given_against_what_was_right() {
    Reliability r = new Reliability(10);
    for (int i = 0; i < 10; i++) {
      r.add(0.85, i < 8);
      r.add(0.15, i < 2);
    }
    assertEquals(20, r.items());
    assertEquals(0.8, r.table().get(8).shareRight(), 1e-9);
    assertEquals(0.05, r.expectedCalibrationError(), 1e-9);
    assertTrue(r.text().contains("0.8 - 0.9"));
  }

  @Test
  void folds_depend_on_the_key_alone() {
    assertEquals(Folds.of("bbc-news/sport/001.txt", 5), Folds.of("bbc-news/sport/001.txt", 5));
    int[] sizes = new int[5];
    for (int i = 0; i < 1000; i++) {
      sizes[Folds.of("doc" + i, 5)]++;
    }
    for (int s : sizes) {
      assertTrue(s > 150 && s < 250, "folds of about a fifth each");
    }
  }
}
