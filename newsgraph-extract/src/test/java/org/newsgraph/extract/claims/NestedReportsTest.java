package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/**
 * Nested attributions (issue 15): in "X said a study concluded Y" the study's claim carries Y and is reported by X's
 * claim, whose content stays the whole report; wanting or planning inside a report is part of what is reported.
 */
@Tag("models")
class NestedReportsTest {
  private static AnalyzedArticle analyse(String text) {
    return new AttributionStage().apply(Analysis.upToTimes(TestArticles.byLines("test", text,
        LocalDate.of(2024, 3, 8))));
  }

  private static Claim byCue(AnalyzedArticle a, String cue) {
    return a.claims().stream().filter(c -> c.cue().of(a.text()).endsWith(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim with cue " + cue + " in " + words(a)));
  }

  private static List<String> words(AnalyzedArticle a) {
    return a.claims().stream().map(c -> c.id() + " " + c.cue().of(a.text()) + " | "
        + c.content().get(0).of(a.text()) + " < " + c.reportedBy()).toList();
  }

  @Test
  void a_study_a_speaker_reports_is_a_claim_of_its_own_reported_by_the_speaker() {
    AnalyzedArticle a = analyse("The health secretary said a study by the Rowan Institute concluded that "
        + "walking to school cut childhood obesity.");
    Claim outer = byCue(a, "said");
    Claim study = byCue(a, "concluded");
    assertNull(outer.reportedBy(), words(a).toString());
    assertEquals(outer.id(), study.reportedBy(), words(a).toString());
    assertTrue(outer.content().get(0).contains(study.cue()), "the outer claim is the whole report");
    assertEquals("that walking to school cut childhood obesity", study.content().get(0).of(a.text()));
    assertTrue(study.source().of(a.text()).startsWith("a study"), study.source().of(a.text()));
  }

  @Test
  void a_report_inside_a_report_inside_a_report_names_the_nearest_reporter() {
    AnalyzedArticle a = analyse("The senator told reporters that the auditors had said the figures showed "
        + "a loss of 4 million dollars.");
    Claim told = byCue(a, "told");
    Claim said = byCue(a, "said");
    Claim showed = byCue(a, "showed");
    assertEquals(told.id(), said.reportedBy(), words(a).toString());
    assertEquals(said.id(), showed.reportedBy(), words(a).toString());
  }

  @Test
  void wanting_or_planning_inside_a_report_is_part_of_what_is_reported() {
    AnalyzedArticle a = analyse("Harriet Vance said the council wanted to close the swimming pool by June.");
    assertEquals(1, a.claims().size(), words(a).toString());
    assertNotNull(byCue(a, "said"));
  }
}
