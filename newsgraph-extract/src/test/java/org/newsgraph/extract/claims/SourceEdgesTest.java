package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/** A source span holds the source only (issue 15): no time phrase; and after an inverted cue, the speaker. */
@Tag("models")
class SourceEdgesTest {
  private static AnalyzedArticle analyse(String text) {
    return new AttributionStage().apply(Analysis.upToTimes(TestArticles.byLines("test", text,
        LocalDate.of(2024, 3, 8))));
  }

  private static String source(AnalyzedArticle a, String cue) {
    Claim c = a.claims().stream().filter(x -> x.cue().of(a.text()).endsWith(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim with cue " + cue));
    assertNotNull(c.source(), "no source for " + cue);
    return c.source().of(a.text());
  }

  @Test
  void a_time_phrase_hung_on_the_subject_is_not_part_of_the_source() {
    AnalyzedArticle a = analyse("Prices will fall next year, the bank's chief economist on Monday told reporters.");
    assertEquals("the bank's chief economist", source(a, "told"));
  }

  @Test
  void a_weekday_in_a_newspaper_name_stays_in_the_source() {
    AnalyzedArticle a = analyse("The Sunday Times reported that the minister would resign.");
    assertEquals("The Sunday Times", source(a, "reported"));
  }

  @Test
  void after_a_quotation_the_noun_phrase_following_the_verb_is_the_source() {
    AnalyzedArticle a = analyse("\"Any delay would hurt the pupils,\" said its chairman, Sir Martin Hale.");
    assertEquals("its chairman, Sir Martin Hale", source(a, "said").replaceAll("[,.]$", ""));
    AnalyzedArticle b = analyse("\"I would be keen to leave,\" admitted the 31-year-old Okafor.");
    assertEquals("the 31-year-old Okafor", source(b, "admitted").replaceAll("[,.]$", ""));
  }

  @Test
  void a_noun_phrase_between_a_comma_and_a_closing_cue_is_the_source() {
    AnalyzedArticle a = analyse("Exports rose in February to 4.2 billion crowns, a gain of 3.5 pct on the year, "
        + "the Danish Statistics Office (DSO) said.");
    assertEquals("the Danish Statistics Office (DSO)", source(a, "said"));
    Claim c = a.claims().stream().filter(x -> x.cue().of(a.text()).endsWith("said")).findFirst().orElseThrow();
    assertEquals(false, c.content().stream().anyMatch(x -> x.overlaps(c.source())), "the source is not content");
  }
}
