package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyShortNamesTest {
  /** One sentence per string; a token written word/TAG carries that IOB2 tag, a bare word is O. */
  private static List<List<String>> words(String... sentences) {
    List<List<String>> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(Arrays.stream(s.split(" ")).map(t -> t.contains("/") ? t.substring(0, t.indexOf('/')) : t).toList());
    }
    return out;
  }

  private static List<List<String>> tags(String... sentences) {
    List<List<String>> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(new ArrayList<>(Arrays.stream(s.split(" "))
          .map(t -> t.contains("/") ? t.substring(t.indexOf('/') + 1) : "O").toList()));
    }
    return out;
  }

  private static List<List<String>> retyped(String... sentences) {
    List<List<String>> t = tags(sentences);
    CompanyShortNames.retype(words(sentences), t);
    return t;
  }

  @Test
  void a_lone_word_that_begins_a_company_name_of_the_article_is_that_company() {
    List<List<String>> t = retyped("R.J./B-ORG Reynolds/I-ORG Tobacco/I-ORG Co/I-ORG raised prices .",
        "Reynolds/B-PER said demand was strong .",
        "Avery/B-ORG Dennison/I-ORG Corp/I-ORG agreed , Avery/B-PER said .");
    assertEquals("B-ORG", t.get(1).get(0));
    assertEquals("B-ORG", t.get(2).get(5));
  }

  @Test
  void a_first_name_or_a_title_keeps_the_person() {
    List<List<String>> t = retyped("Ford/B-ORG Motor/I-ORG Co/I-ORG fell .", "Ford/B-PER said , quoting Mr Ford/B-PER .",
        "Dow/B-ORG Chemical/I-ORG Co/I-ORG rose .", "Dow/B-PER spoke ; Dan/B-PER Dow/I-PER agreed .");
    assertEquals("B-PER", t.get(1).get(0), "Mr Ford: a person in this article");
    assertEquals("B-PER", t.get(3).get(0), "Dan Dow: a person in this article");
  }

  @Test
  void a_name_without_a_legal_suffix_or_of_two_words_is_no_company_head() {
    List<List<String>> t = retyped("Morgan/B-ORG Stanley/I-ORG bid .", "Morgan/B-PER said no .");
    assertEquals("B-PER", t.get(1).get(0), "no legal suffix: not known to be a company");
    assertNull(CompanyShortNames.companyHead(List.of("Corp")));
    assertEquals("Avery", CompanyShortNames.companyHead(List.of("Avery", "Inc")));
    assertEquals("Reynolds", CompanyShortNames.companyHead(List.of("R.J.", "Reynolds", "Tobacco", "Co")));
  }

  @Test
  void a_short_company_name_joins_the_full_name_past_its_initials() {
    assertTrue(OrganisationNames.shortens("Reynolds", "R.J. Reynolds Tobacco Co"));
    assertFalse(OrganisationNames.shortens("Reynolds", "R.J. Reynolds Tobacco"), "no legal suffix");
  }

  @Test
  void the_company_name_without_its_suffix_is_the_company_wherever_it_is_written() {
    List<List<String>> t = retyped("Crazy/B-ORG Eddie/I-ORG Inc/I-ORG adopted a plan .",
        "Crazy Eddie/B-PER said it had inquiries .", "Crazy/B-PER Eddie/I-PER stock rose .",
        "Crazy/B-ORG Eddie/I-ORG Inc/I-ORG rose .");
    assertEquals(List.of("B-ORG", "I-ORG", "O"), t.get(1).subList(0, 3));
    assertEquals(List.of("B-ORG", "I-ORG", "O"), t.get(2).subList(0, 3));
    assertEquals(List.of("B-ORG", "I-ORG", "I-ORG"), t.get(3).subList(0, 3), "the full name stays one phrase");
  }

  @Test
  void a_title_before_the_name_or_a_product_named_so_keeps_its_type() {
    List<List<String>> t = retyped("Charles/B-ORG Schwab/I-ORG Corp/I-ORG grew .",
        "Mr Charles/B-PER Schwab/I-PER said so .", "Dow/B-ORG Jones/I-ORG and/I-ORG Co/I-ORG said .",
        "the Dow/B-MISC Jones/I-MISC average fell .", "John/B-PER Dow/I-PER Jones/I-PER spoke .");
    assertEquals("B-PER", t.get(1).get(1));
    assertEquals("B-MISC", t.get(3).get(1));
    assertEquals(List.of("B-PER", "I-PER", "I-PER"), t.get(4).subList(0, 3), "inside a longer phrase");
  }

  @Test
  void a_place_that_begins_a_company_name_is_the_company_unless_written_as_a_place() {
    List<List<String>> t = retyped("Gulf/B-ORG Canada/I-ORG Corp/I-ORG was charged .", "Gulf/B-LOC said no .");
    assertEquals("B-ORG", t.get(1).get(0));
    t = retyped("Houston/B-ORG Industries/I-ORG Inc/I-ORG rose .", "Houston/B-LOC officials agreed .",
        "It is based in Houston/B-LOC .");
    assertEquals("B-LOC", t.get(1).get(0), "\"in Houston\": the article writes it as a place");
  }

  @Test
  void the_base_name_drops_the_suffix_and_what_joins_it() {
    assertEquals(List.of("Crazy", "Eddie"), CompanyShortNames.baseName(List.of("Crazy", "Eddie", "Inc")));
    assertEquals(List.of("Dow", "Jones"), CompanyShortNames.baseName(List.of("Dow", "Jones", "&", "Co")));
    assertEquals(List.of("R.J.", "Reynolds", "Tobacco"),
        CompanyShortNames.baseName(List.of("R.J.", "Reynolds", "Tobacco", "Co")));
  }

  @Test
  void a_company_name_read_as_a_person_in_full_is_no_sign_that_its_short_name_is_a_person() {
    List<List<String>> t = retyped("W.W./B-ORG Grainger/I-ORG Inc/I-ORG said so .", "W.W./B-PER Grainger/I-PER agreed .",
        "Grainger/B-PER added more .");
    assertEquals(List.of("B-ORG", "I-ORG"), t.get(1).subList(0, 2));
    assertEquals("B-ORG", t.get(2).get(0));
  }
}
