package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Span;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/** The countries of unnamed group sources, over real CoreNLP parses and entity links of sentences written here. */
@Tag("models")
class SourceGroupsTest {
  private static AnalyzedArticle a;

  @BeforeAll
  static void analyse() {
    String text = String.join("\n",
        "Ukrainian officials said the talks had failed.",
        "Western, South Korean and Ukrainian intelligence agencies say the troops arrived in November.",
        "Officials in Kyiv said the attack was repelled before dawn.",
        "A Russian military spokesman said the strikes hit their targets.",
        "Western officials said the sanctions were working.",
        "US officials who met Russian envoys said the meeting was useful.",
        "Kyiv and the West had denounced the vote as a sham.",
        "Aid workers said the road was closed.",
        "Officials of Brazil's foreign ministry said the visit was postponed.",
        "Russia's closest ally said the sanctions were illegal.",
        "Critics of the Kremlin said the election was rigged.",
        "German banking sources said the rate would rise.",
        "One Japanese trader said the market was quiet.",
        "A legal expert in France said the ruling could be appealed.",
        "A Japanese trade official said the talks would resume.",
        "A Canadian company spokesman said the plant would close.",
        "");
    a = Analysis.upToTimes(TestArticles.byLines("groups", text, LocalDate.of(2025, 2, 4)));
  }

  private static List<String> countries(String source) {
    int at = a.text().indexOf(source);
    if (at < 0) {
      throw new AssertionError("no '" + source + "' in the test text");
    }
    return SourceGroups.countries(a, new Span(at, at + source.length()), null);
  }

  @Test
  void a_nationality_adjective_gives_the_country() {
    assertEquals(List.of("country:UKR"), countries("Ukrainian officials"));
  }

  @Test
  void coordinated_adjectives_give_each_country_and_western_is_none() {
    assertEquals(List.of("country:KOR", "country:UKR"),
        countries("Western, South Korean and Ukrainian intelligence agencies"));
    assertEquals(List.of(), countries("Western officials"));
  }

  @Test
  void a_capital_the_officials_are_in_gives_its_country() {
    assertEquals(List.of("country:UKR"), countries("Officials in Kyiv"));
  }

  @Test
  void a_person_role_with_a_nationality_is_a_group_of_that_country() {
    assertEquals(List.of("country:RUS"), countries("A Russian military spokesman"));
  }

  @Test
  void a_country_in_a_clause_about_the_source_is_not_its_country() {
    assertEquals(List.of("country:USA"), countries("US officials who met Russian envoys"));
  }

  @Test
  void a_capital_coordinated_with_the_west_gives_only_the_capitals_country() {
    assertEquals(List.of("country:UKR"), countries("Kyiv and the West"));
  }

  @Test
  void a_possessive_country_under_of_gives_the_country() {
    assertEquals(List.of("country:BRA"), countries("Officials of Brazil's foreign ministry"));
  }

  @Test
  void the_other_party_of_a_relation_is_not_the_groups_country() {
    assertEquals(List.of(), countries("Russia's closest ally"));
    assertEquals(List.of(), countries("Critics of the Kremlin"));
  }

  @Test
  void a_private_group_is_no_countrys() {
    assertEquals(List.of(), countries("German banking sources"));
    assertEquals(List.of(), countries("One Japanese trader"));
    assertEquals(List.of(), countries("A legal expert in France"));
    assertEquals(List.of(), countries("A Canadian company spokesman"));
  }

  @Test
  void a_state_head_keeps_its_country_under_a_private_modifier() {
    assertEquals(List.of("country:JPN"), countries("A Japanese trade official"));
  }

  @Test
  void no_country_named_and_named_sources_give_none() {
    assertEquals(List.of(), countries("Aid workers"));
    int at = a.text().indexOf("Ukrainian officials");
    assertEquals(List.of(), SourceGroups.countries(a, new Span(at, at + 19), "org:some-named-body"));
    assertEquals(List.of(), SourceGroups.countries(a, null, null));
  }
}
