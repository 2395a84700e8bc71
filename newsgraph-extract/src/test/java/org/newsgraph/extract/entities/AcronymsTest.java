package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;

class AcronymsTest {
  private static Candidate at(String text, String words, int nth, String id) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(words, at + 1);
    }
    return new Candidate(new Span(at, at + words.length()), id, Mention.Role.NAME, words);
  }

  @Test
  void the_capitals_must_be_the_initials_of_the_capitalised_words_in_order() {
    assertTrue(Acronyms.abbreviates("EOC", "Equal Opportunities Commission"));
    assertTrue(Acronyms.abbreviates("OECD", "Organisation for Economic Co-operation and Development"));
    assertTrue(Acronyms.abbreviates("DfES", "Department for Education and Skills"));
    assertFalse(Acronyms.abbreviates("EOC", "Equal Opportunities Board"));
    assertFalse(Acronyms.abbreviates("CEO", "Equal Opportunities Commission"), "order counts");
    assertFalse(Acronyms.abbreviates("EO", "Equal Opportunities Commission"), "all the initials");
  }

  @Test
  void a_defined_abbreviation_names_the_defining_entity_throughout_the_article() {
    String text = "A seminar of the Equal Opportunities Commission (EOC) was held. Research by the EOC found more.";
    List<Candidate> found = new ArrayList<>(List.of(
        at(text, "Equal Opportunities Commission", 0, "org:equal-opportunities-commission"),
        at(text, "EOC", 1, "org:eoc")));
    List<Candidate> out = Acronyms.link(found, text, id -> false);
    assertEquals(List.of("Equal Opportunities Commission", "EOC", "EOC"), out.stream().map(Candidate::surface).toList());
    assertTrue(out.stream().allMatch(c -> c.entityId().equals("org:equal-opportunities-commission")));
    assertEquals(text.indexOf("EOC"), out.get(1).span().begin(), "the bracketed one becomes a mention");
  }

  @Test
  void brackets_that_are_not_the_initials_change_nothing() {
    String text = "The Premier League (England) said the PL would act. The Football Association (FA) and the PL agreed.";
    List<Candidate> found = List.of(at(text, "Premier League", 0, "org:premier-league"),
        at(text, "PL", 0, "org:pl"), at(text, "Football Association", 0, "org:football-association"));
    List<Candidate> out = Acronyms.link(found, text, id -> false);
    assertEquals("org:pl", out.stream().filter(c -> c.surface().equals("PL")).findFirst().orElseThrow().entityId());
    assertEquals(4, out.size(), "(FA) is a mention of the association");
  }

  @Test
  void an_abbreviation_the_gazetteer_knows_stays_with_the_gazetteer_unless_the_name_is_known_too() {
    String text = "The National Investment Service (NIS) said the NIS was ready.";
    List<Candidate> found = List.of(at(text, "National Investment Service", 0, "org:national-investment-service"),
        at(text, "NIS", 0, "org:nis-kor"), at(text, "NIS", 1, "org:nis-kor"));
    Set<String> gazetteer = Set.of("org:nis-kor");
    List<Candidate> out = Acronyms.link(found, text, gazetteer::contains);
    assertEquals(List.of("org:national-investment-service", "org:nis-kor", "org:nis-kor"),
        out.stream().map(Candidate::entityId).toList());
  }
  @Test
  void a_definition_widens_a_name_the_recogniser_cut_short() {
    String text = "The Qualifications and Curriculum Authority (QCA) said the QCA would act. The Ministry of Economy,"
        + " Trade and Industry (METI) agreed.";
    List<Candidate> found = List.of(at(text, "Curriculum Authority", 0, "org:curriculum-authority"),
        at(text, "QCA", 1, "org:qca"), at(text, "Ministry of Economy", 0, "org:ministry-of-economy"),
        at(text, "Trade and Industry", 0, "org:trade-and-industry"));
    List<Candidate> out = Acronyms.link(found, text, id -> false);
    assertEquals(List.of("Qualifications and Curriculum Authority org:qualifications-and-curriculum-authority",
        "QCA org:qualifications-and-curriculum-authority", "QCA org:qualifications-and-curriculum-authority",
        "Ministry of Economy, Trade and Industry org:ministry-of-economy-trade-and-industry",
        "METI org:ministry-of-economy-trade-and-industry"),
        out.stream().map(c -> c.surface() + " " + c.entityId()).toList());
  }

  @Test
  void a_name_is_not_widened_over_words_that_cannot_be_part_of_it() {
    String text = "Shares fell as the bank said Financial Group (MTFG) would merge.";
    List<Candidate> found = List.of(at(text, "Financial Group", 0, "org:financial-group"));
    assertEquals(List.of("Financial Group"),
        Acronyms.link(found, text, id -> false).stream().map(Candidate::surface).toList());
  }
}
