package org.newsgraph.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overlap features read a body sentence by sentence against the claim. */
class OverlapFeaturesTest {
  private static double[] of(String claim, String... sentences) {
    List<List<String>> stems = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> withStop = new ArrayList<>();
    for (String s : sentences) {
      List<String> t = StanceText.tokens(s);
      stems.add(StanceText.contentStems(t));
      tokens.addAll(t);
      for (String x : t) {
        withStop.add(StanceText.stem(x));
      }
    }
    List<String> claimTokens = StanceText.tokens(claim);
    return OverlapFeatures.of(StanceText.contentStems(claimTokens), claimTokens, stems, List.of(sentences), tokens,
        withStop, 0, stem -> 1.0);
  }

  @Test
  void a_sentence_that_restates_the_claim_covers_it_whole_and_in_order() {
    double[] e = of("Troops crossed the border at dawn", "Nothing happened overnight.",
        "Troops crossed the border at dawn, witnesses said.");
    assertEquals(1.0, e[0], 1e-9);
    assertEquals(0.0, e[2], 1e-9);
    assertEquals(0.5, e[4], 1e-9);
    assertEquals(1.0, e[8], 1e-9);
  }

  @Test
  void the_claims_numbers_are_looked_for_in_the_body() {
    double[] found = of("Rebels freed 12 hostages", "The rebels freed 12 hostages on Monday.");
    double[] other = of("Rebels freed 12 hostages", "The rebels freed 40 hostages on Monday.");
    assertEquals(1.0, found[9], 1e-9);
    assertEquals(1.0, found[10], 1e-9);
    assertEquals(0.0, other[10], 1e-9);
  }

  @Test
  void quotes_questions_and_a_hoax_next_to_the_claims_words_are_counted() {
    double[] e = of("Giant crab seen on beach", "Was a giant crab really seen on the beach?",
        "\"It was a hoax,\" the giant crab's photographer admitted.");
    assertEquals(1.0, e[13], 1e-9);
    assertEquals(0.5, e[11], 1e-9);
    assertTrue(e[15] > 0, "hoax near 'crab'");
  }

  @Test
  void an_empty_claim_gives_zeros() {
    double[] e = of("the", "Some sentence here.");
    for (double v : e) {
      assertEquals(0.0, v, 1e-9);
    }
  }
}
