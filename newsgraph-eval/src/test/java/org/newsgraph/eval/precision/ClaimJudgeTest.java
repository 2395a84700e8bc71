package org.newsgraph.eval.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Claim;

/** The claim matching rules, one by one. */
class ClaimJudgeTest {
  static final String TEXT = "Mr Brown has said the new tax will raise five billion pounds next year, and he told MPs "
      + "it was fair. It is said that the plan is popular.";
  final Golds g = new Golds(TEXT);

  private Set<ClaimError> errors(GoldClaim gold, Claim predicted) {
    return ClaimJudge.judge(TEXT, List.of(gold), List.of(predicted)).verdicts().get(0).errors();
  }

  @Test
  void content_with_word_f1_of_at_least_0_8_is_right_and_below_is_wrong() {
    GoldClaim gold = g.claim("Mr Brown", "person:gordon-brown", "has said",
        "the new tax will raise five billion pounds next year");
    // 10 gold words; 8 of them predicted: F1 = 16/18 = 0.89
    assertEquals(Set.of(), errors(gold, g.predicted("Mr Brown", "person:gordon-brown", "said",
        "new tax will raise five billion pounds next")));
    // 6 of them: F1 = 12/16 = 0.75
    assertEquals(Set.of(ClaimError.CONTENT_WRONG), errors(gold, g.predicted("Mr Brown", "person:gordon-brown",
        "said", "the new tax will raise five")));
  }

  @Test
  void a_cue_with_or_without_its_auxiliary_is_the_same_cue() {
    GoldClaim gold = g.claim("Mr Brown", "person:gordon-brown", "said", "the new tax will raise five billion pounds "
        + "next year");
    assertEquals(Set.of(), errors(gold, g.predicted("Mr Brown", "person:gordon-brown", "has said",
        "the new tax will raise five billion pounds next year")));
  }

  @Test
  void a_named_source_is_right_with_the_gold_entity_or_one_of_its_alternatives_only() {
    GoldClaim gold = g.claim("Mr Brown", "person:gordon-brown|country:GBR", "said", "the new tax will raise five "
        + "billion pounds next year");
    assertNull(ClaimJudge.source(TEXT, g.predicted("Mr Brown", "country:GBR", "said", "the new tax"), gold));
    assertEquals(Set.of(ClaimError.SOURCE_WRONG), errors(gold, g.predicted("Mr Brown", "person:brown", "said",
        "the new tax will raise five billion pounds next year")));
    assertEquals(Set.of(ClaimError.SOURCE_UNRESOLVED), errors(gold, g.predicted("Mr Brown", null, "said",
        "the new tax will raise five billion pounds next year")));
  }

  @Test
  void a_pronoun_source_is_right_only_when_resolved() {
    GoldClaim gold = g.claim("he", "person:gordon-brown", "told", "it was fair");
    assertEquals(Set.of(), errors(gold, g.predicted("he", "person:gordon-brown", "told", "it was fair")));
    assertEquals(Set.of(ClaimError.SOURCE_PRONOUN), errors(gold, g.predicted("he", null, "told", "it was fair")));
  }

  @Test
  void a_source_where_the_text_gives_none_is_wrong_and_no_source_is_right() {
    GoldClaim gold = g.claim(null, "unnamed", "is said", "the plan is popular");
    assertEquals(Set.of(), errors(gold, g.predicted(null, null, "said#2", "the plan is popular")));
    assertEquals(Set.of(ClaimError.SOURCE_WRONG), errors(gold, g.predicted("It", null, "said#2",
        "the plan is popular")));
  }

  @Test
  void each_gold_claim_pairs_with_one_prediction_only() {
    GoldClaim gold = g.claim("he", "person:gordon-brown", "told", "it was fair");
    ClaimJudge.Result r = ClaimJudge.judge(TEXT, List.of(gold), List.of(
        g.predicted("he", "person:gordon-brown", "told", "it was fair"),
        g.predicted("he", "person:gordon-brown", "told", "MPs")));
    assertTrue(r.verdicts().get(0).right());
    assertEquals(Set.of(ClaimError.NOT_AN_ATTRIBUTION), r.verdicts().get(1).errors());
    assertTrue(r.missed().isEmpty());
  }

  @Test
  void a_prediction_with_another_cue_but_the_same_content_is_paired_with_its_cue_wrong() {
    GoldClaim gold = g.claim("he", "person:gordon-brown", "told", "it was fair");
    assertEquals(Set.of(ClaimError.CUE_WRONG), errors(gold, g.predicted("he", "person:gordon-brown", "MPs",
        "it was fair")));
  }
}
