package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Slugs;
import org.newsgraph.core.Span;

class OrganisationNamesTest {
  /** Every occurrence of each name in {@code text} as an organisation candidate with the recogniser's own id. */
  private static List<Candidate> orgs(String text, String... names) {
    List<Candidate> out = new ArrayList<>();
    for (String n : names) {
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        boolean inside = at > 0 && Character.isLetter(text.charAt(at - 1))
            || at + n.length() < text.length() && Character.isLetter(text.charAt(at + n.length()));
        if (!inside) {
          out.add(new Candidate(new Span(at, at + n.length()), "org:" + Slugs.of(n), Mention.Role.NAME, n));
        }
      }
    }
    // a shorter name found inside a longer one is not a mention of its own
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : out) {
      if (out.stream().noneMatch(o -> o != c && o.span().length() > c.span().length() && o.span().overlaps(c.span()))) {
        kept.add(c);
      }
    }
    kept.sort((x, y) -> x.span().compareTo(y.span()));
    return kept;
  }

  private static String idOf(List<Candidate> out, String surface) {
    return out.stream().filter(c -> c.surface().equals(surface)).findFirst().orElseThrow().entityId();
  }

  @Test
  void first_words_and_initials_of_a_company_name_are_that_company() {
    String text = "General Motors Corp staged a rally. GM shares rose while Ford Motor Co and Chrysler Corp lagged."
        + " Ford and Chrysler said little, said Jack Kirnan of Kidder Peabody and Co. Kidder Peabody declined.";
    List<Candidate> out = OrganisationNames.link(orgs(text, "General Motors Corp", "GM", "Ford Motor Co",
        "Chrysler Corp", "Ford", "Chrysler", "Kidder Peabody and Co", "Kidder Peabody"), id -> false);
    assertEquals("org:general-motors-corp", idOf(out, "GM"));
    assertEquals("org:ford-motor-co", idOf(out, "Ford"));
    assertEquals("org:chrysler-corp", idOf(out, "Chrysler"));
    assertEquals("org:kidder-peabody-and-co", idOf(out, "Kidder Peabody"));
    assertEquals("org:general-motors-corp", idOf(out, "General Motors Corp"), "full names keep their ids");
  }

  @Test
  void a_short_form_that_begins_two_different_names_stays_apart() {
    String text = "Morgan Stanley and Morgan Guaranty Trust bid. Morgan said it would wait.";
    List<Candidate> out = OrganisationNames.link(orgs(text, "Morgan Stanley", "Morgan Guaranty Trust", "Morgan"),
        id -> false);
    assertEquals("org:morgan", idOf(out, "Morgan"));
  }

  @Test
  void initials_of_two_names_stay_apart_and_initials_must_be_all_the_words() {
    String text = "American Motors Corp and Atlantic Metals Ltd talked. AMC said no. GM was not there; nor was AM.";
    List<Candidate> out = OrganisationNames.link(orgs(text, "American Motors Corp", "Atlantic Metals Ltd", "AMC",
        "GM", "AM"), id -> false);
    assertEquals("org:american-motors-corp", idOf(out, "AMC"), "A-M-C: only American Motors Corp");
    assertEquals("org:am", idOf(out, "AM"), "American Motors and Atlantic Metals both give AM");
    assertEquals("org:gm", idOf(out, "GM"));
  }

  @Test
  void the_gazetteer_keeps_its_own_short_names_and_a_name_of_the_gazetteer_can_be_the_long_one() {
    String text = "The Bank of England acted. The Bank said rates would hold. Labour and Labour Friends of Israel met.";
    List<Candidate> found = new ArrayList<>(orgs(text, "Bank of England", "Bank", "Labour Friends of Israel",
        "Labour"));
    found.replaceAll(c -> c.surface().equals("Bank of England")
        ? new Candidate(c.span(), "org:boe", c.role(), c.surface())
        : c.surface().equals("Labour") ? new Candidate(c.span(), "org:labour-party-gbr", c.role(), c.surface()) : c);
    Set<String> gazetteer = Set.of("org:boe", "org:labour-party-gbr");
    List<Candidate> out = OrganisationNames.link(found, gazetteer::contains);
    assertEquals("org:boe", idOf(out, "Bank"));
    assertEquals("org:labour-party-gbr", idOf(out, "Labour"));
  }

  @Test
  void short_forms_are_recognised_by_words_not_by_letters() {
    assertTrue(OrganisationNames.shortens("Ford", "Ford Motor Co"));
    assertTrue(OrganisationNames.shortens("GM", "General Motors Corp"));
    assertFalse(OrganisationNames.shortens("For", "Ford Motor Co"));
    assertFalse(OrganisationNames.shortens("Kidder Peabody and", "Kidder Peabody and Co"));
    assertFalse(OrganisationNames.shortens("GMC", "General Motors"));
    assertTrue(OrganisationNames.shortens("Prime Medical", "Prime Medical Services"));
    assertFalse(OrganisationNames.shortens("Kodak", "Kodak Disk"), "one word: a product, a bond, a brand");
    assertTrue(OrganisationNames.shortens("Bank", "Bank of England"));
  }
}
