package org.newsgraph.extract.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped article-kind model on short texts of each kind, and the kind names. */
class ArticleKindModelTest {
  private static final ArticleKindModel MODEL = ArticleKindModel.shipped();

  private static ArticleKind best(String headline, String text) {
    return MODEL.classify(headline, text).top();
  }

  @Test
  void a_match_report_is_sport_and_a_cabinet_row_is_politics() {
    assertEquals(ArticleKind.SPORT, best("Chelsea beat Arsenal", "Chelsea beat Arsenal 2-1 at Stamford Bridge on "
        + "Saturday. The striker scored twice in the second half and the manager praised his team's defence."));
    assertEquals(ArticleKind.POLITICS, best("Minister resigns", "The home secretary resigned on Tuesday after MPs "
        + "criticised the government's asylum policy. The prime minister said the cabinet would appoint a successor "
        + "before the election."));
  }

  @Test
  void the_probabilities_of_the_five_kinds_sum_to_one() {
    KindScores k = MODEL.classify(null, "Shares in the bank fell 3% after it reported lower quarterly profits.");
    assertEquals(1.0, k.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    assertTrue(k.politics() < 0.5, "a results story is not political news");
  }

  @Test
  void kinds_are_read_by_their_lower_case_names_and_a_wrong_name_is_an_error() {
    assertEquals(ArticleKind.ENTERTAINMENT, ArticleKind.of(" Entertainment "));
    assertThrows(IllegalArgumentException.class, () -> ArticleKind.of("weather"));
  }
}
