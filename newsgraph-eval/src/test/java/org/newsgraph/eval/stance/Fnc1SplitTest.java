package org.newsgraph.eval.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.stance.StanceLabel;

class Fnc1SplitTest {
  /** 60 claims, each with 3 headline variants and 4 bodies, plus unrelated pairs across claims. */
  private static Fnc1Corpus corpus() {
    Map<String, String> bodies = new LinkedHashMap<>();
    List<Fnc1Corpus.Pair> pairs = new ArrayList<>();
    for (int c = 0; c < 60; c++) {
      for (int b = 0; b < 4; b++) {
        bodies.put(String.valueOf(c * 10 + b), "body " + c + "/" + b);
      }
    }
    for (int c = 0; c < 60; c++) {
      for (int h = 0; h < 3; h++) {
        for (int b = 0; b < 4; b++) {
          pairs.add(new Fnc1Corpus.Pair("claim " + c + " variant " + h, String.valueOf(c * 10 + b),
              StanceLabel.values()[b % 3]));
        }
        pairs.add(new Fnc1Corpus.Pair("claim " + c + " variant " + h, String.valueOf(((c + 7) % 60) * 10),
            StanceLabel.UNRELATED));
      }
    }
    return new Fnc1Corpus("train", bodies, pairs);
  }

  @Test
  void no_headline_and_no_body_is_on_two_sides() {
    Fnc1Corpus corpus = corpus();
    List<Fnc1Split.Part> parts = Fnc1Split.parts(corpus);
    Map<String, Fnc1Split.Part> headline = new HashMap<>();
    Map<String, Fnc1Split.Part> body = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      Fnc1Split.Part p = parts.get(i);
      if (p == null) {
        continue;
      }
      Fnc1Corpus.Pair pair = corpus.pairs().get(i);
      assertEquals(p, headline.computeIfAbsent(pair.headline(), k -> p), pair.toString());
      assertEquals(p, body.computeIfAbsent(pair.bodyId(), k -> p), pair.toString());
    }
  }

  @Test
  void a_claim_goes_whole_to_one_part_and_all_three_parts_are_used() {
    Fnc1Corpus corpus = corpus();
    List<Fnc1Split.Part> parts = Fnc1Split.parts(corpus);
    for (int i = 0; i < parts.size(); i++) {
      if (corpus.pairs().get(i).label().related()) {
        int claimStart = (i / 15) * 15;
        assertEquals(parts.get(claimStart), parts.get(i));
      }
    }
    for (Fnc1Split.Part p : Fnc1Split.Part.values()) {
      assertTrue(parts.contains(p), p + " is empty");
    }
  }

  @Test
  void an_unrelated_pair_across_two_parts_belongs_to_neither() {
    Fnc1Corpus corpus = corpus();
    List<Fnc1Split.Part> parts = Fnc1Split.parts(corpus);
    int straddling = 0;
    for (int i = 0; i < parts.size(); i++) {
      Fnc1Corpus.Pair pair = corpus.pairs().get(i);
      if (pair.label() == StanceLabel.UNRELATED && i % 5 == 4) {
        int c = i / 15;
        int other = (c + 7) % 60;
        if (parts.get(c * 15) != parts.get(other * 15)) {
          assertNull(parts.get(i));
          straddling++;
        }
      }
    }
    assertTrue(straddling > 0, "the fixture should have pairs across parts");
  }

  @Test
  void cross_validation_folds_leave_the_final_part_out_and_keep_each_headline_and_body_in_one_fold() {
    Fnc1Corpus corpus = corpus();
    List<Fnc1Split.Part> parts = Fnc1Split.parts(corpus);
    List<Integer> folds = Fnc1Split.folds(corpus, 4);
    Map<String, Integer> headline = new HashMap<>();
    Map<String, Integer> body = new HashMap<>();
    java.util.Set<Integer> used = new java.util.TreeSet<>();
    for (int i = 0; i < folds.size(); i++) {
      Integer f = folds.get(i);
      if (parts.get(i) == Fnc1Split.Part.FINAL) {
        assertNull(f, "a final pair in a fold");
      }
      if (f == null) {
        continue;
      }
      used.add(f);
      Fnc1Corpus.Pair pair = corpus.pairs().get(i);
      assertEquals(f, headline.computeIfAbsent(pair.headline(), k -> f), pair.toString());
      assertEquals(f, body.computeIfAbsent(pair.bodyId(), k -> f), pair.toString());
    }
    assertEquals(java.util.Set.of(0, 1, 2, 3), used);
  }
}
