package org.newsgraph.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A source is never shown as a pronoun: its entity's name, else "unnamed source". */
class SourceLabelsTest {
  private final Function<String, String> names = Map.of("person:vladimir-putin", "Vladimir Putin")::get;

  @Test
  void an_unresolved_pronoun_shows_as_unnamed_source() {
    assertEquals("unnamed source", SourceLabels.of("He", null, names));
    assertEquals("unnamed source", SourceLabels.of("they", null, names));
    assertEquals("unnamed source", SourceLabels.of("both sides", null, names));
  }

  @Test
  void a_resolved_pronoun_shows_its_entity_by_name_or_else_by_id() {
    assertEquals("Vladimir Putin", SourceLabels.of("he", "person:vladimir-putin", names));
    assertEquals("org:acme", SourceLabels.of("it", "org:acme", names));
  }

  @Test
  void names_descriptions_and_groups_show_as_written() {
    assertEquals("Putin", SourceLabels.of("Putin", "person:vladimir-putin", names));
    assertEquals("Ukrainian officials", SourceLabels.of("Ukrainian officials", null, names));
    assertEquals("the company", SourceLabels.of("the company", null, names));
    assertNull(SourceLabels.of(null, null, names));
  }

  @Test
  void names_read_first_in_one_query_answer_as_names_looked_up_one_by_one(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    org.newsgraph.core.AnalyzedArticle a = org.newsgraph.testkit.ArticleBuilder
        .text("Vladimir Putin met officials of the Acme Corporation in Moscow.")
        .entity("person:vladimir-putin", org.newsgraph.core.EntityType.PERSON, "Vladimir Putin")
        .entity("org:acme", org.newsgraph.core.EntityType.ORGANIZATION, "Acme Corporation")
        .mention("Vladimir Putin", "person:vladimir-putin")
        .mention("Acme Corporation", "org:acme")
        .build();
    try (org.newsgraph.store.NewsStore store = org.newsgraph.store.NewsStore.open(dir)) {
      store.save(java.util.List.of(a), java.util.List.of(), "run");
      Function<String, String> oneByOne = SourceLabels.names(store);
      // read first: two held ids, one the store lacks; asked after: those, a name, and an id not read first
      Function<String, String> readFirst = SourceLabels.names(store,
          java.util.List.of("person:vladimir-putin", "org:acme", "org:nobody"));
      for (String id : java.util.List.of("person:vladimir-putin", "org:acme", "org:nobody", "Acme Corporation",
          "person:someone-else")) {
        assertEquals(oneByOne.apply(id), readFirst.apply(id), id);
      }
      assertEquals("Vladimir Putin", readFirst.apply("person:vladimir-putin"));
      assertEquals("Acme Corporation", readFirst.apply("Acme Corporation"), "a name is looked up as before");
      assertNull(readFirst.apply("org:nobody"));
      assertEquals(Map.of("org:acme", "Acme Corporation"), store.entityNames(java.util.List.of("org:acme", "x:y")));
    }
  }
}
