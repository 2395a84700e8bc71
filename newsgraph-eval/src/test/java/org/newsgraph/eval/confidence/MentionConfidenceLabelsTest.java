package org.newsgraph.eval.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;

/** The CoNLL type a mention must have to be right: its entity's, but a demonym is MISC and a metonym LOC. */
class MentionConfidenceLabelsTest {
  private static Mention mention(Mention.Role role) {
    return new Mention(new Span(0, 5), "country:PRK", role);
  }

  @Test
  void a_name_stands_for_its_entitys_type() {
    assertEquals("LOC", MentionConfidenceLabels.conllType(mention(Mention.Role.NAME), EntityType.COUNTRY));
    assertEquals("PER", MentionConfidenceLabels.conllType(mention(Mention.Role.NAME), EntityType.PERSON));
    assertEquals("ORG", MentionConfidenceLabels.conllType(mention(Mention.Role.NAME), EntityType.ORGANIZATION));
    assertEquals("ORG", MentionConfidenceLabels.conllType(mention(Mention.Role.NAME), EntityType.GROUP));
    assertEquals("LOC", MentionConfidenceLabels.conllType(mention(Mention.Role.NAME), EntityType.PLACE));
  }

  @Test
  void a_demonym_is_misc_and_a_capital_standing_for_its_country_is_a_place_as_conll_tags_them() {
    assertEquals("MISC", MentionConfidenceLabels.conllType(mention(Mention.Role.DEMONYM), EntityType.COUNTRY));
    assertEquals("LOC", MentionConfidenceLabels.conllType(mention(Mention.Role.METONYM), EntityType.COUNTRY));
  }
}
