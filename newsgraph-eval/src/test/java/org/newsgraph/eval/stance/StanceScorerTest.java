package org.newsgraph.eval.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.stance.StanceLabel;

class StanceScorerTest {
  @Test
  void fnc_score_gives_a_quarter_for_relatedness_and_three_quarters_for_the_exact_related_label() {
    StanceScorer s = new StanceScorer();
    s.add(StanceLabel.AGREE, StanceLabel.AGREE);         // 1.0 of 1.0
    s.add(StanceLabel.DISAGREE, StanceLabel.DISCUSS);    // 0.25 of 1.0
    s.add(StanceLabel.DISCUSS, StanceLabel.UNRELATED);   // 0 of 1.0
    s.add(StanceLabel.UNRELATED, StanceLabel.UNRELATED); // 0.25 of 0.25
    s.add(StanceLabel.UNRELATED, StanceLabel.AGREE);     // 0 of 0.25
    assertEquals(1.5, s.rawScore(), 1e-12);
    assertEquals(3.5, s.maxScore(), 1e-12);
    assertEquals(1.5 / 3.5, s.fncScore(), 1e-12);
  }

  @Test
  void per_class_f1_and_macro_f1_follow_the_confusion_matrix() {
    StanceScorer s = new StanceScorer();
    s.add(StanceLabel.AGREE, StanceLabel.AGREE);
    s.add(StanceLabel.AGREE, StanceLabel.DISCUSS);
    s.add(StanceLabel.DISCUSS, StanceLabel.DISCUSS);
    s.add(StanceLabel.UNRELATED, StanceLabel.UNRELATED);
    // agree: tp 1, gold 2, predicted 1 -> 2/3; discuss: tp 1, gold 1, predicted 2 -> 2/3; disagree: none -> 0
    assertEquals(2.0 / 3, s.f1(StanceLabel.AGREE), 1e-12);
    assertEquals(2.0 / 3, s.f1(StanceLabel.DISCUSS), 1e-12);
    assertEquals(0, s.f1(StanceLabel.DISAGREE), 1e-12);
    assertEquals(1, s.f1(StanceLabel.UNRELATED), 1e-12);
    assertEquals((2.0 / 3 + 2.0 / 3 + 0 + 1) / 4, s.macroF1(), 1e-12);
    assertEquals(0.75, s.accuracy(), 1e-12);
    assertEquals(1, s.count(StanceLabel.AGREE, StanceLabel.DISCUSS));
  }

  @Test
  void an_all_unrelated_system_scores_the_unrelated_share_of_the_maximum() {
    StanceScorer s = new StanceScorer();
    for (int i = 0; i < 3; i++) {
      s.add(StanceLabel.UNRELATED, StanceLabel.UNRELATED);
    }
    s.add(StanceLabel.AGREE, StanceLabel.UNRELATED);
    assertEquals(0.75 / 1.75, s.fncScore(), 1e-12);
  }
}
