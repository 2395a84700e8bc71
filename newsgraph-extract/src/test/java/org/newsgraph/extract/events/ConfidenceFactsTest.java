package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/**
 * What the events' confidence knows of the resolved participants (issue 16): whether a company or business people
 * act, and whether a political actor is done to, so that the decision "is this a political event" can weigh them.
 */
@Tag("models")
class ConfidenceFactsTest {
  private static final LocalDate DAY = LocalDate.of(2019, 5, 14);
  private static final EventStage STAGE = EventStage.untrained();

  private static Map<String, Double> facts(String text, String type) {
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.oneParagraph(text, DAY));
    return STAGE.candidates(a).stream().filter(c -> c.event().type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " considered in: " + text)).confidenceFacts();
  }

  @Test
  void a_company_accusing_a_government_is_a_business_doer_with_a_political_target() {
    Map<String, Double> f = facts("Acme Holdings plc accused the Iranian government of stealing its gas.", "ACCUSE");
    assertEquals(1.0, f.get("business_actor"), f::toString);
    assertEquals(1.0, f.get("political_recipient"), f::toString);
  }

  @Test
  void a_government_accusing_a_company_is_neither() {
    Map<String, Double> f = facts("The Iranian government accused Acme Holdings plc of fraud.", "ACCUSE");
    assertEquals(0.0, f.get("business_actor"), f::toString);
    assertEquals(0.0, f.get("political_recipient"), f::toString);
  }
}
