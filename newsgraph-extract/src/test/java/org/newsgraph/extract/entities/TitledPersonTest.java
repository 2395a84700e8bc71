package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A name that opens with a title only a person bears is a person's, whatever the tagger called it. */
class TitledPersonTest {
  @Test
  void a_title_of_rank_or_address_before_a_name_makes_a_person() {
    assertTrue(EntityLinker.titledPerson("Lord Falconer"));
    assertTrue(EntityLinker.titledPerson("Baroness Amos"));
    assertTrue(EntityLinker.titledPerson("Sir Menzies Campbell"));
    assertTrue(EntityLinker.titledPerson("Lady Justice Hale"));
  }

  @Test
  void a_body_or_place_named_after_a_title_is_not_a_person() {
    assertFalse(EntityLinker.titledPerson("Lord Chancellor's Department"));
    assertFalse(EntityLinker.titledPerson("Sir John Soane Museum Trust"));
    assertFalse(EntityLinker.titledPerson("Lady Margaret Hall"));
    assertFalse(EntityLinker.titledPerson("Lord"));
    assertFalse(EntityLinker.titledPerson("Lordship Lane"));
    assertFalse(EntityLinker.titledPerson("Sir of the realm"));
  }
}
