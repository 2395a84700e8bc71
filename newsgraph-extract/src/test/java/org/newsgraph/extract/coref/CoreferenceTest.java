package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Span;
import org.newsgraph.extract.Analysis;

/**
 * Coreference of the words that fill sources and actors, one class of language per test, on sentences written for
 * these tests and parsed by real CoreNLP.
 */
@Tag("models")
class CoreferenceTest {
  private static AnalyzedArticle analyse(String text) {
    return Analysis.upToTimes(text, LocalDate.of(2024, 3, 8));
  }

  /** The resolution of the {@code nth} (from 1) occurrence of {@code words} as a whole word. */
  private static Resolution resolve(AnalyzedArticle a, String words, int nth) {
    Optional<Resolution> r = Coreference.of(a).resolve(span(a, words, nth));
    assertTrue(r.isPresent(), "'" + words + "' is not resolved as referring back");
    return r.get();
  }

  private static Span span(AnalyzedArticle a, String words, int nth) {
    int at = -1;
    for (int i = 0; i < nth; i++) {
      do {
        at = a.text().indexOf(words, at + 1);
      } while (at > 0 && Character.isLetter(a.text().charAt(at - 1)));
      assertTrue(at >= 0, "no " + nth + ". '" + words + "'");
    }
    return new Span(at, at + words.length());
  }

  private static String name(AnalyzedArticle a, Resolution r) {
    assertTrue(r.named(), "unnamed: " + r.reason());
    return a.entity(r.entityId()).map(Entity::name).orElseThrow();
  }

  @Test
  void he_is_the_last_male_person_subject_before_it() {
    AnalyzedArticle a = analyse("Angela Merkel met Vladimir Putin in Berlin on Monday. Putin praised the talks. "
        + "He said the two countries would cooperate.");
    Resolution r = resolve(a, "He", 1);
    assertEquals("Vladimir Putin", name(a, r), r.reason());
    assertTrue(r.reason().startsWith("pronoun he"), r.reason());
  }

  @Test
  void she_passes_over_a_nearer_man_by_the_gender_of_first_names() {
    AnalyzedArticle a = analyse("David Clark was interviewed by Mary Jones on Tuesday. "
        + "She said the report was late.");
    assertEquals("Mary Jones", name(a, resolve(a, "She", 1)));
  }

  @Test
  void a_subject_pronoun_takes_no_name_inside_its_own_clause() {
    AnalyzedArticle a = analyse("Acme Corp reported higher sales on Monday. "
        + "China remains the main market for the new phones, it said.");
    assertEquals("Acme Corp", name(a, resolve(a, "it", 1)));
  }

  @Test
  void a_pronoun_after_the_same_pronoun_stands_for_what_that_one_resolved_to() {
    AnalyzedArticle a = analyse("Robert Kilby founded the charity in 1998. He said it would grow. "
        + "Sarah Collins praised the plan. But he added that money was short.");
    assertEquals("Robert Kilby", name(a, resolve(a, "he", 1)));
  }

  @Test
  void it_is_an_organisation_or_a_country_never_a_person() {
    AnalyzedArticle a = analyse("Boeing was sued by Lockheed Martin in 2003. John Smith, a lawyer, followed the case. "
        + "Boeing apologised, although it said it had gained no advantage.");
    assertEquals("Boeing", name(a, resolve(a, "it", 1)));
  }

  @Test
  void they_refers_to_a_plural_group_and_stays_unnamed() {
    AnalyzedArticle a = analyse("Ukrainian officials met in Kyiv on Friday. They said the attack had failed.");
    Resolution r = resolve(a, "They", 1);
    assertFalse(r.named(), r.reason());
    assertEquals("Ukrainian officials", r.antecedent().of(a.text()));
  }

  @Test
  void both_sides_are_the_entities_last_named_together() {
    AnalyzedArticle a = analyse("Russia and Ukraine held talks in Istanbul on Monday. "
        + "Both sides said the talks were useful.");
    Resolution r = resolve(a, "Both sides", 1);
    assertFalse(r.named());
    assertEquals(List.of("country:RUS", "country:UKR"), r.members());
  }

  @Test
  void all_of_them_is_part_of_a_group_never_one_entity() {
    AnalyzedArticle a = analyse("Several airline pilots met the regulator on Monday. All of them said the rules "
        + "were unsafe.");
    Resolution r = resolve(a, "All of them", 1);
    assertFalse(r.named(), r.reason());
  }

  @Test
  void a_relative_pronoun_is_the_noun_its_clause_describes() {
    AnalyzedArticle a = analyse("The plan was criticised by John Smith, who said it would fail.");
    assertEquals("John Smith", name(a, resolve(a, "who", 1)));
  }

  @Test
  void the_company_is_the_last_organisation() {
    AnalyzedArticle a = analyse("Acme Corp said profits rose 5 percent in the first quarter. "
        + "The company said sales would grow this year.");
    Resolution r = resolve(a, "The company", 1);
    assertEquals("Acme Corp", name(a, r));
    assertTrue(r.reason().startsWith("description the company"), r.reason());
  }

  @Test
  void the_ministry_is_an_organisation_whose_name_holds_the_word() {
    AnalyzedArticle a = analyse("The Ministry of Finance raised its forecast on Monday. Toyota said exports "
        + "would slow. The ministry said growth would reach 2 percent.");
    assertEquals("Ministry of Finance", name(a, resolve(a, "The ministry", 1)));
  }

  @Test
  void a_statement_belongs_to_whoever_issued_it() {
    AnalyzedArticle a = analyse("Acme Corp issued a statement on Sunday. The statement said the factory would "
        + "close in June.");
    assertEquals("Acme Corp", name(a, resolve(a, "The statement", 1)));
  }

  @Test
  void an_apposition_introduces_the_description_used_later() {
    AnalyzedArticle a = analyse("Jennifer Aniston, the Friends actor, attended the premiere in London. "
        + "Brad Pitt arrived later. The Friends actor said the film was moving.");
    assertEquals("Jennifer Aniston", name(a, resolve(a, "The Friends actor", 1)));
  }

  @Test
  void an_age_description_is_the_person_of_that_age() {
    AnalyzedArticle a = analyse("John Smith, 71, arrived in Paris on Monday. David Clark, his lawyer, spoke to "
        + "reporters. The 71-year-old said he was tired.");
    assertEquals("John Smith", name(a, resolve(a, "The 71-year-old", 1)));
  }

  @Test
  void a_spokesperson_speaks_for_the_organisation_named_with_them() {
    AnalyzedArticle a = analyse("Sales fell sharply in March. A Toyota spokesman said demand would recover.");
    assertEquals("Toyota", name(a, resolve(a, "A Toyota spokesman", 1)));
  }

  @Test
  void i_in_a_quotation_is_its_speaker() {
    AnalyzedArticle a = analyse("The court ruled on Friday. “I am very happy with the result,” said Maria Lopez.");
    assertEquals("Maria Lopez", name(a, resolve(a, "I", 1)));
  }

  @Test
  void a_pronoun_with_nothing_before_it_is_honestly_unnamed() {
    AnalyzedArticle a = analyse("He said the economy was weak. Prices rose in March.");
    Resolution r = resolve(a, "He", 1);
    assertFalse(r.named());
    assertNull(r.entityId());
  }

  @Test
  void it_standing_for_a_clause_refers_to_no_one() {
    AnalyzedArticle a = analyse("Acme Corp opened a plant in Ohio on Monday. It appears that demand is weak.");
    Resolution r = resolve(a, "It", 1);
    assertFalse(r.named(), r.reason());
  }

  @Test
  void a_name_in_a_clause_fronted_by_a_conjunction_may_be_what_the_subject_means() {
    AnalyzedArticle a = analyse("Beta Holdings Ltd reported lower sales in March. After agents raided the offices of "
        + "Acme Corp on Friday, the company said it would cooperate.");
    assertEquals("Acme Corp", name(a, resolve(a, "the company", 1)));
  }

  @Test
  void the_company_again_is_the_company_before_it() {
    AnalyzedArticle a = analyse("Stansbury Mining Corp said it signed a financing deal on Monday. The company said "
        + "Wright Engineers Ltd would convert the warrants. The company said it expects no losses.");
    assertEquals("Stansbury Mining Corp", name(a, resolve(a, "The company", 2)));
  }

  @Test
  void an_honorific_says_the_gender_over_a_role_word_or_a_first_name() {
    AnalyzedArticle a = analyse("Home Office minister Hazel Blears backed the plan on Monday. Police Federation "
        + "chairman Jan Berry opposed it. Ms Berry said it was unsafe. \"We will fight it,\" she said.");
    assertEquals("Jan Berry", name(a, resolve(a, "she", 1)));
  }

  @Test
  void an_epithet_names_whom_the_pronoun_before_it_named() {
    AnalyzedArticle a = analyse("Chris Rock spoke to reporters on Monday. \"I never watch it. It is idiotic. It is "
        + "too long. Nobody cares,\" he added. The 40-year-old comedian said the show was dull.");
    assertEquals("Chris Rock", name(a, resolve(a, "The 40-year-old comedian", 1)));
  }

  @Test
  void a_name_is_no_reference_to_resolve() {
    AnalyzedArticle a = analyse("Vladimir Putin said the talks were useful.");
    assertTrue(Coreference.of(a).resolve(span(a, "Vladimir Putin", 1)).isEmpty());
  }
}
