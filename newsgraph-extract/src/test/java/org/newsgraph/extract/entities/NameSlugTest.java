package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameSlugTest {
  @Test
  void dotted_initials_are_one_word_in_an_id() {
    assertEquals("us-agriculture-department", EntityLinker.nameSlug("U.S. Agriculture Department"));
    assertEquals("us-agriculture-department", EntityLinker.nameSlug("US Agriculture Department"));
    assertEquals("rj-reynolds-tobacco-co", EntityLinker.nameSlug("R.J. Reynolds Tobacco Co"));
  }

  @Test
  void a_single_initial_or_a_dotted_word_keeps_its_parts() {
    assertEquals("john-s-herold-inc", EntityLinker.nameSlug("John S. Herold Inc"));
    assertEquals("st-louis", EntityLinker.nameSlug("St. Louis"));
    assertEquals("amazon-com", EntityLinker.nameSlug("Amazon.com"));
  }
}
