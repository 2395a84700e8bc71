package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.SampleArticles;

/** The shipped confidence model on analysed text: every claim has one, and it reflects who the source is. */
@Tag("models")
class ClaimConfidenceTest {
  private static Claim only(String text) {
    AnalyzedArticle a = new AttributionStage().apply(Analysis.upToTimes(text, LocalDate.of(2024, 3, 8)));
    assertEquals(1, a.claims().size(), a.claims().toString());
    return a.claims().get(0);
  }

  @Test
  void every_claim_of_the_sample_has_a_confidence_between_0_and_1() {
    AnalyzedArticle a = new AttributionStage().apply(Analysis.upToTimes(SampleArticles.kursk()));
    assertFalse(a.claims().isEmpty());
    for (Claim c : a.claims()) {
      assertNotNull(c.confidence(), c.toString());
      assertTrue(c.confidence() >= 0 && c.confidence() <= 1, c.toString());
    }
  }

  @Test
  void a_pronoun_no_one_is_named_for_is_less_sure_than_a_named_source_saying_the_same() {
    for (List<String> pair : List.of(
        List.of("Prices rose in March. He said the economy was weak.",
            "Prices rose in March. Angela Merkel said the economy was weak."),
        List.of("The vote was delayed again. They told reporters the plan had collapsed.",
            "The vote was delayed again. The European Commission told reporters the plan had collapsed."))) {
      Claim pronoun = only(pair.get(0));
      Claim named = only(pair.get(1));
      assertTrue(pronoun.confidence() < named.confidence(), pronoun.confidence() + " vs " + named.confidence());
    }
  }
}
