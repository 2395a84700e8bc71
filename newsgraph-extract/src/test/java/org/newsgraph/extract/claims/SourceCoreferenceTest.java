package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.extract.Analysis;

/** Claim sources that refer back, linked through the coreference resolver, on sentences written for these tests. */
@Tag("models")
class SourceCoreferenceTest {
  private static AnalyzedArticle analyse(String text) {
    return new AttributionStage().apply(Analysis.upToTimes(text, LocalDate.of(2024, 3, 8)));
  }

  private static Claim sourcedBy(AnalyzedArticle a, String words) {
    List<Claim> c = a.claims().stream().filter(x -> x.source() != null && x.source().of(a.text()).equals(words))
        .toList();
    assertEquals(1, c.size(), "claims with source '" + words + "': " + a.claims().stream()
        .map(x -> x.source() == null ? null : x.source().of(a.text())).toList());
    return c.get(0);
  }

  @Test
  void a_pronoun_source_links_to_the_person_it_refers_to() {
    AnalyzedArticle a = analyse("Angela Merkel met Vladimir Putin in Berlin on Monday. Putin praised the talks. "
        + "He said the two countries would cooperate.");
    assertEquals("person:vladimir-putin", sourcedBy(a, "He").sourceEntityId());
  }

  @Test
  void a_pronoun_source_with_no_antecedent_links_to_no_entity() {
    AnalyzedArticle a = analyse("Prices rose in March. He said the economy was weak.");
    Claim c = sourcedBy(a, "He");
    assertNull(c.sourceEntityId());
    assertTrue(c.sourceCountries().isEmpty());
  }

  @Test
  void they_after_a_group_takes_the_group_countries() {
    AnalyzedArticle a = analyse("Ukrainian officials met in Kyiv on Friday. They said the attack had failed.");
    Claim c = sourcedBy(a, "They");
    assertNull(c.sourceEntityId());
    assertEquals(List.of("country:UKR"), c.sourceCountries());
  }

  @Test
  void a_relative_after_an_unnamed_group_takes_the_country_of_its_whole_phrase() {
    AnalyzedArticle a = analyse("The minister was asked about remarks from a senior Brazilian diplomat who said the "
        + "talks had collapsed.");
    Claim c = sourcedBy(a, "who");
    assertNull(c.sourceEntityId());
    assertEquals(List.of("country:BRA"), c.sourceCountries());
  }

  @Test
  void both_sides_are_an_unnamed_group_of_both_countries() {
    AnalyzedArticle a = analyse("Russia and Ukraine held talks in Istanbul on Monday. "
        + "Both sides said the talks were useful.");
    Claim c = sourcedBy(a, "Both sides");
    assertNull(c.sourceEntityId());
    assertEquals(List.of("country:RUS", "country:UKR"), c.sourceCountries());
  }

  @Test
  void the_company_links_to_the_organisation_it_refers_to() {
    AnalyzedArticle a = analyse("Acme Corp said profits rose 5 percent in the first quarter. "
        + "The company said sales would grow this year.");
    Claim first = a.claims().get(0);
    assertEquals(first.sourceEntityId(), sourcedBy(a, "The company").sourceEntityId());
    assertTrue(first.sourceEntityId() != null && first.sourceEntityId().startsWith("org:"), first.toString());
  }
  @Test
  void a_name_with_and_in_it_is_one_source_not_several() {
    AnalyzedArticle a = analyse("The Arts and Humanities Research Council has also told universities not to cut "
        + "courses.");
    Claim c = a.claims().get(0);
    assertTrue(c.source().of(a.text()).contains("Arts and Humanities Research Council"), c.toString());
    assertTrue(c.sourceEntityId() != null && c.sourceEntityId().startsWith("org:"), c.toString());
  }

  @Test
  void two_organisations_joined_by_and_are_still_several_sources() {
    AnalyzedArticle a = analyse("Google and Microsoft said on Tuesday the new rules were unfair.");
    Claim c = a.claims().get(0);
    assertTrue(c.source().of(a.text()).contains("Google and Microsoft"), c.toString());
    assertNull(c.sourceEntityId());
  }

  @Test
  void he_after_a_quote_with_an_inverted_source_is_that_speaker_not_an_earlier_subject() {
    AnalyzedArticle a = analyse("Coach Peter Brown wants to sign a new striker. "
        + "\"I am happy at this club,\" admitted the 28-year-old Tom Walker. "
        + "He added: \"The fans have been good to me.\"");
    assertEquals("person:tom-walker", sourcedBy(a, "He").sourceEntityId());
  }

  @Test
  void he_after_a_possessive_between_is_still_the_last_speaker() {
    AnalyzedArticle a = analyse("Minister Robert Hill visited the school on Monday. "
        + "\"It will be a tragedy if the plan is dropped,\" said the chairman of the committee, Labour MP Barry Jones. "
        + "His main concern was the cost. \"We must act now,\" he wrote in a newspaper.");
    assertEquals("person:barry-jones", sourcedBy(a, "he").sourceEntityId());
  }

  @Test
  void he_after_a_newcomer_named_as_subject_is_the_newcomer_not_the_last_speaker() {
    AnalyzedArticle a = analyse("\"Prices will rise,\" said the economist John Smith. "
        + "Finance minister Peter Brown visited the factory on Monday. He said the plant would stay open.");
    assertEquals("person:peter-brown", sourcedBy(a, "He").sourceEntityId());
  }
}
