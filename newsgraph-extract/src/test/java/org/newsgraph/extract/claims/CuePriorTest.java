package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped counts from PolNeAR train: a verb of having is rarely a cue, a verb of saying nearly always is. */
class CuePriorTest {
  @Test
  void having_is_rarely_a_cue_and_saying_is_not() {
    assertTrue(CuePrior.rarelyCue("have", CuePrior.MAX_RATE));
    assertFalse(CuePrior.rarelyCue("say", CuePrior.MAX_RATE));
    assertFalse(CuePrior.rarelyCue("accuse", CuePrior.MAX_RATE));
  }

  @Test
  void a_lemma_it_has_not_counted_is_left_to_the_cue_model() {
    assertFalse(CuePrior.rarelyCue("zzzunknown", 1.0));
  }
}
