package org.newsgraph.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceTextTest {
  @Test
  void tokens_are_lower_cased_words_with_nt_split_off_as_not() {
    assertEquals(List.of("moscow", "did", "not", "confirm", "it", "kim"),
        StanceText.tokens("Moscow didn't confirm it, Kim's"));
  }

  @Test
  void the_stemmer_joins_the_forms_of_a_reporting_verb() {
    assertEquals(StanceText.stem("denied"), StanceText.stem("denies"));
    assertEquals(StanceText.stem("reports"), StanceText.stem("reported"));
    assertEquals("press", StanceText.stem("press"));
  }

  @Test
  void sentences_end_at_a_full_stop_followed_by_space_or_a_line_break() {
    assertEquals(List.of("Troops left.", "Seoul said 3.5 km", "Next?"),
        StanceText.sentences("Troops left. Seoul said 3.5 km\nNext?"));
  }

  @Test
  void english_is_told_from_french_and_from_a_few_words() {
    assertTrue(StanceText.english(StanceText.tokens("The troops were sent to the front by the army in October.")));
    assertFalse(StanceText.english(StanceText.tokens(
        "Le gouvernement a annoncé mardi une nouvelle loi sur les retraites, débattue au parlement.")));
    assertFalse(StanceText.english(StanceText.tokens("the troops")));
  }
}
