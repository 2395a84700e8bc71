package org.newsgraph.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled model on pairs written here (the FNC-1 figures are in docs/BENCHMARKS.md). */
class StanceModelTest {
  private static final String CLAIM = "North Korea deployed more than 10,000 troops to Russia";
  private static final String DENIAL = "Moscow denied that North Korea deployed troops to Russia. The Kremlin "
      + "dismissed the reports of North Korean troops as a hoax and fake news, saying no troops from North Korea "
      + "are in Russia.";
  private static final String HEDGED = "North Korea has reportedly deployed troops to Russia, according to "
      + "unconfirmed reports. Analysts said the troops may have been sent, but the claims could not be verified "
      + "and officials have not commented.";
  private static final String FOOTBALL = "The football club won the cup final on Saturday after a late goal. Fans "
      + "celebrated in the streets of the city until the early morning, and the coach praised his players.";

  private final StanceModel model = StanceModel.bundled();

  @Test
  void an_empty_body_is_unrelated_with_a_reason() {
    Stance s = model.stance(CLAIM, "  ");
    assertEquals(StanceLabel.UNRELATED, s.label());
    assertEquals("the body is empty", s.reason());
    assertEquals(StanceLabel.UNRELATED, model.stance(CLAIM, null).label());
  }

  @Test
  void a_french_body_is_unrelated_because_it_is_not_english() {
    Stance s = model.stance(CLAIM, "Le gouvernement a annoncé mardi une nouvelle loi sur les retraites, qui sera "
        + "débattue au parlement la semaine prochaine.");
    assertEquals(StanceLabel.UNRELATED, s.label());
    assertTrue(s.reason().contains("English"), s.reason());
  }

  @Test
  void a_body_about_something_else_is_unrelated() {
    Stance s = model.stance(CLAIM, FOOTBALL);
    assertEquals(StanceLabel.UNRELATED, s.label());
    assertTrue(s.reason().contains("shares little"), s.reason());
  }

  @Test
  void a_denial_with_hoax_and_denied_disagrees_and_names_the_words() {
    Stance s = model.stance(CLAIM, DENIAL);
    assertEquals(StanceLabel.DISAGREE, s.label(), s.toString());
    assertTrue(s.reason().contains("hoax"), s.reason());
  }

  @Test
  void a_hedged_report_discusses() {
    assertEquals(StanceLabel.DISCUSS, model.stance(CLAIM, HEDGED).label());
  }

  @Test
  void the_four_probabilities_sum_to_one_and_the_label_is_the_likeliest() {
    for (String body : List.of(DENIAL, HEDGED, FOOTBALL)) {
      Stance s = model.stance(CLAIM, body);
      double sum = 0;
      for (StanceLabel l : StanceLabel.values()) {
        sum += s.probability(l);
        if (l != s.label()) {
          assertTrue(s.probability(l) <= s.probability(s.label()) || s.label() == StanceLabel.UNRELATED, s.toString());
        }
      }
      assertEquals(1.0, sum, 1e-9);
    }
  }

  @Test
  void many_pairs_at_once_give_the_answers_of_one_pair_at_a_time() {
    List<String> claims = List.of(CLAIM, CLAIM, "The Kremlin confirmed the deployment", CLAIM);
    List<String> bodies = List.of(DENIAL, HEDGED, DENIAL, "");
    List<Stance> batch = model.stances(claims, bodies);
    for (int i = 0; i < claims.size(); i++) {
      assertEquals(model.stance(claims.get(i), bodies.get(i)), batch.get(i));
    }
    assertNotEquals(batch.get(0), batch.get(2));
  }
}
