package org.newsgraph.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sentence that says the claim in other words covers it softly; the split by voice follows the sentence. */
class SoftFeaturesTest {
  /** "troop" and "soldier" point the same way; "apple" elsewhere. */
  private static final WordVectors VECTORS = new WordVectors(Map.of("troop", axis(0), "soldier", axis(0),
      "apple", axis(1), "border", axis(2), "cross", axis(3)));

  private static float[] axis(int d) {
    float[] v = new float[WordVectors.DIM];
    v[d] = 1;
    return v;
  }

  private static double[] of(WordVectors v, String claim, String... sentences) {
    List<List<String>> stems = new ArrayList<>();
    List<List<String>> tokens = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String s : sentences) {
      List<String> t = StanceText.tokens(s);
      tokens.add(t);
      stems.add(StanceText.contentStems(t));
      body.addAll(StanceText.contentStems(t));
    }
    return SoftFeatures.of(v, StanceText.contentStems(StanceText.tokens(claim)), stems, tokens, List.of(sentences),
        body, stem -> 1.0);
  }

  @Test
  void other_words_of_the_same_meaning_cover_the_claim() {
    double[] same = of(VECTORS, "Troops cross border", "Soldiers cross border.");
    double[] other = of(VECTORS, "Troops cross border", "Apples cross border.");
    assertEquals(1.0, same[0], 1e-6);
    assertEquals(1.0 / 3, same[4], 1e-6);
    assertTrue(other[0] < same[0]);
    assertEquals(1.0, same[1], 1e-6);
    assertEquals(0.0, same[2], 1e-6);
  }

  @Test
  void a_reported_sentence_counts_on_the_other_side() {
    double[] e = of(VECTORS, "Troops cross border", "Soldiers cross border, officials said.");
    assertEquals(0.0, e[1], 1e-6);
    assertEquals(1.0, e[2], 1e-6);
  }

  @Test
  void without_vectors_every_figure_is_zero() {
    for (double x : of(WordVectors.none(), "Troops cross border", "Soldiers cross border.")) {
      assertEquals(0.0, x, 1e-9);
    }
  }
}
