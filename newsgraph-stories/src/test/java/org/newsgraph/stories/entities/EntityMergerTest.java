package org.newsgraph.stories.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.testkit.ArticleBuilder;

class EntityMergerTest {
  /** An article naming a full-name person beside the given organisations. */
  private static AnalyzedArticle naming(String id, String person, String name, String... orgs) {
    StringBuilder text = new StringBuilder(name + " spoke.");
    for (String o : orgs) {
      text.append(" ").append(o).append(" agreed.");
    }
    ArticleBuilder b = ArticleBuilder.text(text.toString()).id(id).entity(person, EntityType.PERSON, name)
        .mention(name, person);
    for (String o : orgs) {
      b.entity("org:" + o.toLowerCase(), EntityType.ORGANIZATION, o).mention(o, "org:" + o.toLowerCase());
    }
    return b.build();
  }

  private static AnalyzedArticle mrBlair(String id, String... orgs) {
    return naming(id, "person:blair", "Blair", orgs);
  }

  @Test
  void a_surname_goes_to_the_full_name_the_shared_entities_point_to_far_more_often() {
    EntityMerger m = new EntityMerger();
    for (int i = 0; i < 4; i++) {
      m.link(naming("t" + i, "person:tony-blair", "Tony Blair", "Labour", "Treasury"), "s-t" + i);
    }
    m.link(naming("c", "person:cherie-blair", "Cherie Blair", "Labour", "Treasury"), "s-c");
    List<EntityMerge> made = m.link(mrBlair("x", "Labour", "Treasury"), "s-x").made();
    assertEquals(1, made.size());
    assertEquals("person:tony-blair", made.get(0).into());
    assertTrue(made.get(0).reason().contains("preferred to person:cherie-blair"), made.get(0).reason());
  }

  @Test
  void two_full_names_with_evidence_of_like_strength_leave_the_surname_alone() {
    EntityMerger m = new EntityMerger();
    for (int i = 0; i < 2; i++) {
      m.link(naming("t" + i, "person:tony-blair", "Tony Blair", "Labour", "Treasury"), "s-t" + i);
    }
    m.link(naming("c", "person:cherie-blair", "Cherie Blair", "Labour", "Treasury"), "s-c");
    assertEquals(List.of(), m.link(mrBlair("x", "Labour", "Treasury"), "s-x").made());
  }
}
