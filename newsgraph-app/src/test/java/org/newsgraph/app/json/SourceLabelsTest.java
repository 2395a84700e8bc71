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
}
