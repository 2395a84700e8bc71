package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which source words name no one on their own, and are shown as "unnamed source" when left unresolved. */
class ReferringWordsTest {
  @Test
  void pronouns_and_partitives_name_no_one() {
    for (String w : new String[] {"he", "She", "it", "They", "we", "I", "who", "both sides", "the two countries",
        "All of them", "some of them", "Both"}) {
      assertTrue(Coreference.namesNoOne(w), w);
    }
  }

  @Test
  void names_descriptions_and_groups_say_who_they_are() {
    for (String w : new String[] {"Vladimir Putin", "the company", "Ukrainian officials", "analysts",
        "South Korea's spy agency", "the Foreign Ministry", "Hewitt"}) {
      assertFalse(Coreference.namesNoOne(w), w);
    }
  }
}
