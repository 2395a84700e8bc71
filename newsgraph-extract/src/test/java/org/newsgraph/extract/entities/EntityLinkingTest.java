package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Mention;
import org.newsgraph.testkit.Nlp;
import org.newsgraph.testkit.TestArticles;

/** Entity linking over real CoreNLP output, on sentences written for these tests. */
@Tag("models")
class EntityLinkingTest {
  private static final EntityLinkingStage LINK = new EntityLinkingStage();

  private static AnalyzedArticle link(String text) {
    return LINK.apply(Nlp.parse(TestArticles.oneParagraph(text, null)));
  }

  /** The entity ids of the mentions whose words are exactly {@code words}, in text order. */
  private static List<String> linked(AnalyzedArticle a, String words) {
    return a.mentions().stream().filter(m -> m.span().of(a.text()).equals(words)).map(Mention::entityId).toList();
  }

  @Test
  void a_capital_that_acts_is_its_government_and_a_capital_one_goes_to_is_the_city() {
    AnalyzedArticle a = link("Beijing warned the United States on Monday. The delegation later flew to Beijing.");
    assertEquals(List.of("country:CHN", "place:beijing"), linked(a, "Beijing"));
    assertEquals(Mention.Role.METONYM, a.mentions().stream().filter(m -> m.entityId().equals("country:CHN"))
        .findFirst().orElseThrow().role());
  }

  @Test
  void a_capital_dealt_with_or_owning_something_is_the_country() {
    AnalyzedArticle a = link("Negotiators reached a deal with Tehran after Washington's envoy left.");
    assertEquals(List.of("country:IRN"), linked(a, "Tehran"));
    assertEquals(List.of("country:USA"), linked(a, "Washington"));
  }

  @Test
  void a_kind_of_business_opening_the_sentence_is_not_part_of_the_company_name() {
    AnalyzedArticle a = link("Bookmaker Coral Racing said it had stopped taking bets on the race.");
    assertTrue(a.mentions().stream().noneMatch(m -> m.entityId().startsWith("org:bookmaker")),
        a.mentions().toString());
  }

  @Test
  void a_name_opening_with_a_title_only_a_person_bears_is_a_person() {
    AnalyzedArticle a = link("Lord Strathclyde said the bill would be rewritten in the Lords.");
    assertTrue(a.mentions().stream().filter(m -> m.span().of(a.text()).contains("Strathclyde"))
        .allMatch(m -> m.entityId().startsWith("person:")), a.mentions().toString());
  }

  @Test
  void a_seat_of_power_stands_for_its_country() {
    AnalyzedArticle a = link("The Kremlin rejected the proposal, and the White House declined to comment.");
    assertEquals(List.of("country:RUS"), linked(a, "Kremlin"));
    assertEquals(List.of("country:USA"), linked(a, "White House"));
  }

  @Test
  void a_country_name_inside_a_persons_name_is_part_of_the_person() {
    AnalyzedArticle a = link("Michael Jordan visited Jordan in the spring.");
    assertEquals(List.of("country:JOR"), linked(a, "Jordan"));
    assertTrue(linked(a, "Michael Jordan").get(0).startsWith("person:"));
  }

  @Test
  void a_capital_or_country_inside_a_longer_place_name_is_that_place() {
    AnalyzedArticle a = link("Nassau County police said the boat left from Nassau. Rescuers reached the Jordan "
        + "River near Lebanon County before dawn.");
    assertEquals(List.of("place:nassau-county"), linked(a, "Nassau County"));
    assertTrue(linked(a, "Nassau").stream().noneMatch(id -> id.equals("country:BHS")), "Nassau the city");
    assertTrue(a.mentions().stream().noneMatch(m -> m.entityId().equals("country:JOR")
        || m.entityId().equals("country:LBN")), "no country in a river's or a county's name");
  }

  @Test
  void a_country_in_a_newspapers_name_is_the_newspaper() {
    AnalyzedArticle a = link("A USA TODAY analysis found that prices rose in the USA. China Daily reported that "
        + "China will cut tariffs.");
    assertEquals(List.of("org:usa-today"), linked(a, "USA TODAY"));
    assertEquals(List.of("org:china-daily"), linked(a, "China Daily"));
    assertEquals(1, a.mentions().stream().filter(m -> m.entityId().equals("country:USA")).count(), "the USA itself");
    assertEquals(1, a.mentions().stream().filter(m -> m.entityId().equals("country:CHN")).count(), "China itself");
  }

  @Test
  void demonyms_and_hyphenated_pairs_link_to_their_countries() {
    AnalyzedArticle a = link("Indian and Pakistani officials opened India-Pakistan talks.");
    assertEquals(List.of("country:IND"), linked(a, "Indian"));
    assertEquals(List.of("country:PAK"), linked(a, "Pakistani"));
    assertEquals(List.of("country:IND"), linked(a, "India"));
    assertEquals(List.of("country:PAK"), linked(a, "Pakistan"));
  }

  @Test
  void a_described_organisation_is_found_through_its_countrys_possessive() {
    AnalyzedArticle a = link("Britain's spy agency said the threat had grown.");
    assertEquals(List.of("org:mi6-gbr"), linked(a, "Britain's spy agency"));
    assertEquals(List.of("country:GBR"), linked(a, "Britain"));
  }

  @Test
  void a_surname_is_the_person_named_in_full_elsewhere_in_the_article() {
    AnalyzedArticle a = link("Macron spoke first. Later, French President Emmanuel Macron said he would return.");
    assertEquals(List.of("person:emmanuel-macron"), linked(a, "Macron"));
    assertEquals(List.of("person:emmanuel-macron"), linked(a, "Emmanuel Macron"));
    assertEquals(List.of("country:FRA"), linked(a, "French"));
  }

  @Test
  void pronouns_and_lower_case_words_are_not_entities() {
    AnalyzedArticle a = link("He said the turkey was cooked, and she told us it was fine.");
    assertTrue(a.mentions().isEmpty(), a.mentions().toString());
  }

  @Test
  void every_mention_points_to_a_listed_entity() {
    AnalyzedArticle a = link("Seoul said Pyongyang fired missiles toward Japan, according to Yonhap.");
    for (Mention m : a.mentions()) {
      assertFalse(a.entity(m.entityId()).isEmpty(), m.toString());
    }
    assertEquals(List.of("org:yonhap"), linked(a, "Yonhap"));
  }

  /** The country the article gives a person, or null. */
  private static String countryOf(AnalyzedArticle a, String personWords) {
    String id = linked(a, personWords).get(0);
    return a.entity(id).orElseThrow().country();
  }

  @Test
  void a_person_takes_the_country_of_the_title_or_apposition_that_describes_them() {
    AnalyzedArticle a = link("Brazilian President Luiz Inacio Lula da Silva met Kenya's Foreign Minister Musalia "
        + "Mudavadi on Monday. Yevgeny Prigozhin, a Russian businessman, did not attend. The talks were chaired by "
        + "Ana Torres of Peru.");
    assertEquals("BRA", countryOf(a, "Luiz Inacio Lula da Silva"));
    assertEquals("KEN", countryOf(a, "Musalia Mudavadi"));
    assertEquals("RUS", countryOf(a, "Yevgeny Prigozhin"));
    assertEquals("PER", countryOf(a, "Ana Torres"));
    AnalyzedArticle b = link("The talks were led by Chile’s Trade and Industry Minister Rosa Vidal and a "
        + "delegation from Lima.");
    assertEquals("CHL", countryOf(b, "Rosa Vidal"), "a title run after a country's possessive, however parsed");
  }

  @Test
  void a_country_in_a_clause_about_the_person_or_a_destination_is_not_their_country() {
    AnalyzedArticle a = link("Maria Lopez, who visited Japan last year, spoke to the ambassador to Chile, "
        + "Tom Becker.");
    assertEquals(null, countryOf(a, "Maria Lopez"));
    assertEquals(null, countryOf(a, "Tom Becker"));
  }
}
