package org.newsgraph.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reporting features read the attribution stage's word lists in their inflected forms. */
class ReportingFeaturesTest {
  private static double[] of(String claim, String... sentences) {
    List<List<String>> s = new java.util.ArrayList<>();
    for (String x : sentences) {
      s.add(StanceText.tokens(x));
    }
    Integer[] order = new Integer[s.size()];
    double[] sims = new double[s.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      sims[i] = 1.0 / (i + 1);
    }
    List<String> tokens = StanceText.tokens(claim);
    return ReportingFeatures.of(tokens, StanceText.contentStems(tokens), s, order, sims);
  }

  @Test
  void inflected_forms_match_their_lemma() {
    assertTrue(ReportingFeatures.is("denied", Set.of("deny")));
    assertTrue(ReportingFeatures.is("disputed", Set.of("dispute")));
    assertTrue(ReportingFeatures.is("admitted", Set.of("admit")));
    assertTrue(ReportingFeatures.is("told", Set.of("tell")));
    assertFalse(ReportingFeatures.is("density", Set.of("deny")));
  }

  @Test
  void a_denial_right_after_the_claims_subject_counts_as_the_subject_denying() {
    double[] e = of("Apple plans a car", "Apple quickly denied the report on Monday.");
    assertTrue(e[11] > 0, "subject denial");
    assertEquals(1.0, e[13], "denial in the closest sentence");
    double[] other = of("Apple plans a car", "The report was denied by nobody we could reach at the time, "
        + "and Apple sells phones.");
    assertEquals(0.0, other[11], "the denying verb comes before the subject");
  }

  @Test
  void a_negated_or_refused_confirmation_is_unconfirmed_not_confirmed() {
    double[] e = of("Troops were deployed", "Moscow has not confirmed the deployment.",
        "Pyongyang declined to confirm it.");
    assertEquals(Math.log1p(2), e[9], 1e-9);
    assertEquals(0.0, e[1], "no confirmation near the claim");
    double[] c = of("Troops were deployed", "Officials confirmed the deployment.");
    assertTrue(c[1] > 0);
    assertEquals(0.0, c[9]);
  }
}
