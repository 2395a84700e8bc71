package org.newsgraph.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metrics on a hand-computed example. Key {a b c} {d e}; response {a b} {c d e}.
 * MUC: recall = ((3 − 2) + (2 − 1)) / ((3 − 1) + (2 − 1)) = 2/3; precision = ((2 − 1) + (3 − 2)) / (1 + 2) = 2/3.
 * B3: recall = (2²/3 + 1²/3 + 2²/2) / 5 = 11/15; precision = (2²/2 + 1²/3 + 2²/3) / 5 = 11/15.
 * CEAF-e: φ4(abc, ab) = 4/5, φ4(de, cde) = 4/5 is the best alignment (1.6); recall = 1.6/2, precision = 1.6/2.
 */
class CorefScoresTest {
  private static final double EPS = 1e-9;

  private static Map<String, String> of(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private final Map<String, String> key = of("a", "K1", "b", "K1", "c", "K1", "d", "K2", "e", "K2");
  private final Map<String, String> response = of("a", "R1", "b", "R1", "c", "R2", "d", "R2", "e", "R2");

  @Test
  void muc_counts_the_links_each_side_needs() {
    CorefScores.Prf muc = CorefScores.score(key, response).muc();
    assertEquals(2.0 / 3, muc.recall(), EPS);
    assertEquals(2.0 / 3, muc.precision(), EPS);
    assertEquals(2.0 / 3, muc.f1(), EPS);
  }

  @Test
  void b3_averages_over_mentions() {
    CorefScores.Prf b3 = CorefScores.score(key, response).b3();
    assertEquals(11.0 / 15, b3.recall(), EPS);
    assertEquals(11.0 / 15, b3.precision(), EPS);
  }

  @Test
  void ceafe_aligns_clusters_one_to_one() {
    CorefScores.Prf ceafe = CorefScores.score(key, response).ceafe();
    assertEquals(0.8, ceafe.recall(), EPS);
    assertEquals(0.8, ceafe.precision(), EPS);
  }

  @Test
  void conll_is_the_mean_of_the_three_f1s() {
    assertEquals((2.0 / 3 + 11.0 / 15 + 0.8) / 3, CorefScores.score(key, response).conll(), EPS);
  }

  @Test
  void ceafe_prefers_the_better_total_over_the_greedy_first_match() {
    // key {a b} {c}; response {a b c}: φ4({a b}, {a b c}) = 4/5 beats φ4({c}, {a b c}) = 2/4
    Map<String, String> k = of("a", "K1", "b", "K1", "c", "K2");
    Map<String, String> r = of("a", "R", "b", "R", "c", "R");
    CorefScores.Prf ceafe = CorefScores.score(k, r).ceafe();
    assertEquals(0.8 / 2, ceafe.recall(), EPS);
    assertEquals(0.8 / 1, ceafe.precision(), EPS);
  }

  @Test
  void a_mention_the_response_lacks_counts_as_missed() {
    // key {a b} {c}; response {a b}: c is missed. B3 recall (4/2 + 0) / 3, precision 4/2 / 2; MUC full both ways
    Map<String, String> k = of("a", "K1", "b", "K1", "c", "K2");
    Map<String, String> r = of("a", "R", "b", "R");
    CorefScores.Report s = CorefScores.score(k, r);
    assertEquals(2.0 / 3, s.b3().recall(), EPS);
    assertEquals(1.0, s.b3().precision(), EPS);
    assertEquals(1.0, s.muc().recall(), EPS);
    assertEquals(1.0, s.muc().precision(), EPS);
    assertEquals(1.0 / 2, s.ceafe().recall(), EPS);
  }

  @Test
  void identical_clusterings_score_one_everywhere_singletons_included() {
    Map<String, String> k = of("a", "K1", "b", "K1", "c", "K2");
    CorefScores.Report s = CorefScores.score(k, k);
    assertEquals(1.0, s.b3().f1(), EPS);
    assertEquals(1.0, s.ceafe().f1(), EPS);
    assertEquals(1.0, s.muc().f1(), EPS);
  }
}
