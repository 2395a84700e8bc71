package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Span;
import org.newsgraph.extract.Analysis;
import org.newsgraph.extract.claims.AttributionStage;

/**
 * Descriptions whose own words say whom they mean (issue 15): a person named on the noun, a country qualifying a
 * government, a document's issuer, a clause after an organisation noun, and the country an article is about. On
 * sentences written for these tests, parsed by real CoreNLP.
 */
@Tag("models")
class PhraseReferentsTest {
  private static AnalyzedArticle analyse(String text) {
    return Analysis.upToTimes(text, LocalDate.of(2024, 3, 8));
  }

  private static Optional<Resolution> resolve(AnalyzedArticle a, String words) {
    int at = a.text().indexOf(words);
    assertTrue(at >= 0, "no '" + words + "'");
    return Coreference.of(a).resolve(new Span(at, at + words.length()));
  }

  /** The entity id the words resolve to (failing when they resolve to no one). */
  private static String entity(AnalyzedArticle a, String words) {
    Resolution r = resolve(a, words).orElseThrow(() -> new AssertionError("'" + words + "' not resolved"));
    assertTrue(r.named(), "unnamed: " + r.reason());
    return r.entityId();
  }

  private static String idOf(AnalyzedArticle a, String name) {
    return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities())).id();
  }

  @Test
  void a_role_noun_with_a_name_after_it_is_the_person_named_not_the_possessor() {
    AnalyzedArticle a = analyse("The dispute went to court in May. "
        + "Margaret Lowe's solicitor Daniel Frost said the ruling would be appealed.");
    assertEquals(idOf(a, "Daniel Frost"), entity(a, "Margaret Lowe's solicitor Daniel Frost"));
  }

  @Test
  void an_office_of_a_body_with_the_name_in_apposition_is_that_person() {
    AnalyzedArticle a = analyse("Rowing clubs had complained for months. "
        + "The chairman of the Rowing Association, Simon Patel, said the rules would change.");
    assertEquals(idOf(a, "Simon Patel"), entity(a, "The chairman of the Rowing Association, Simon Patel,"));
  }

  @Test
  void two_people_named_on_a_plural_noun_are_not_one_source() {
    AnalyzedArticle a = analyse("The shortlist was read out on Monday. "
        + "Presenters Tom Walker and Anna Green said the contest had been close.");
    Optional<Resolution> r = resolve(a, "Presenters Tom Walker and Anna Green");
    assertFalse(r.isPresent() && r.get().named(), r.map(Resolution::reason).orElse("none"));
  }

  @Test
  void a_government_qualified_by_a_country_is_that_country() {
    AnalyzedArticle a = analyse("Coffee prices rose again on Tuesday. "
        + "The Brazilian government said it would release stocks to calm the market.");
    assertEquals("country:BRA", entity(a, "The Brazilian government"));
  }

  @Test
  void the_government_with_no_country_before_it_is_the_country_the_article_is_about() {
    AnalyzedArticle a = analyse("Councils in Manchester and Leeds have closed 40 libraries this year. "
        + "Librarians in Birmingham said more closures would follow. Readers wrote letters of protest. "
        + "Some branches will open for two days a week. Volunteers have offered to help. "
        + "Publishers have warned of falling sales. Authors joined the protests. "
        + "Children's groups asked for a pause. Parents signed a petition. "
        + "The government said funding for councils would rise next year.");
    assertEquals("country:GBR", entity(a, "The government"));
  }

  @Test
  void the_government_is_left_unnamed_when_two_countries_are_named_alike() {
    AnalyzedArticle a = analyse("Talks between France and Germany ended on Monday. "
        + "Farmers in both France and Germany had protested. Officials met for six hours. "
        + "No deal was signed. The talks will resume in June. Diplomats were tired. "
        + "Reporters waited outside. The meeting ran late. Few details emerged. Rain fell all day. "
        + "The government said the talks had been useful.");
    Resolution r = resolve(a, "The government").orElseThrow();
    assertFalse(r.named(), r.reason());
  }

  @Test
  void an_indefinite_study_by_a_named_body_is_that_body() {
    AnalyzedArticle a = analyse("Broadband use is growing fast. "
        + "A study by the World Bank found that faster connections raised incomes.");
    assertEquals(idOf(a, "World Bank"), entity(a, "A study by the World Bank"));
  }

  @Test
  void a_report_with_its_issuer_as_a_modifier_is_the_issuer() {
    AnalyzedArticle a = analyse("Food prices rose sharply last year. "
        + "The UNICEF report said that millions of children were going hungry.");
    assertEquals(idOf(a, "UNICEF"), entity(a, "The UNICEF report"));
  }

  @Test
  void an_organisation_noun_with_a_clause_after_it_still_refers_back() {
    AnalyzedArticle a = analyse("Harwood Textiles cut 300 jobs on Monday. "
        + "The firm, whose mills in Portugal employ 2,000 people, said demand had collapsed.");
    assertEquals(idOf(a, "Harwood Textiles"),
        entity(a, "The firm, whose mills in Portugal employ 2,000 people,"));
  }

  @Test
  void a_company_qualified_by_its_home_town_refers_back_to_the_company() {
    AnalyzedArticle a = analyse("Brightline Foods agreed to buy a rival on Friday. "
        + "The Denver-based company said the deal would close in June.");
    assertEquals(idOf(a, "Brightline Foods"), entity(a, "The Denver-based company"));
  }

  @Test
  void a_relative_after_a_noun_with_a_name_in_apposition_is_the_one_named() {
    AnalyzedArticle a = analyse("Pay talks stalled on Monday. The bankers' lobby, the Harland Federation, which "
        + "says wages must fall, walked out.");
    assertEquals(idOf(a, "Harland Federation"), entity(a, "which"));
  }

  @Test
  void a_plural_name_the_entities_missed_is_the_party_whose_name_it_opens() {
    AnalyzedArticle a = analyse("The Liberal Party lost 12 seats in the election. "
        + "The Liberals said they would choose a new leader in May.");
    Claim c = new AttributionStage().apply(a).claims().stream()
        .filter(x -> x.cue().of(a.text()).equals("said")).findFirst().orElseThrow();
    assertEquals(idOf(a, "Liberal Party"), c.sourceEntityId(), c.source().of(a.text()));
  }
}
