package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Span;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.ArticleBuilder;

/**
 * {@code newsgraph story ID}, in text and JSON, shows a claim's source as the page does: a pronoun resolved to no
 * one is "unnamed source", one resolved to a person is that person's name, never "He" or an entity id.
 */
class StorySourceLabelCliTest {
  @TempDir Path dir;

  @Test
  void a_pronoun_source_resolved_to_no_one_shows_as_unnamed_source_in_the_story_text() throws Exception {
    String text = "The minister left Geneva on Tuesday. He said the talks on the border had failed.";
    AnalyzedArticle a = ArticleBuilder.text(text).outlet("Wire").published("2025-02-04").source("fixtures/wire.txt")
        .headline("Border talks fail in Geneva").entity("place:geneva", EntityType.PLACE, "Geneva")
        .mention("Geneva", "place:geneva").build();
    Claim c = new Claim("c1", at(text, "He"), null, List.of(), at(text, "said"),
        List.of(at(text, "the talks on the border had failed")), Claim.Kind.INDIRECT, null, LocalDate.of(2025, 2, 4),
        null, false, Claim.Stance.ASSERTED, 0, null, null, null);
    String story = storyWith(a, c);
    Cli.Run json = Cli.run("story", "--store", dir.toString(), "--json", story);
    assertEquals(0, json.exit(), json.err());
    JsonNode claim = Json.MAPPER.readTree(json.out()).get("claims").get(0);
    assertEquals("unnamed source", claim.get("source_label").asText(), claim.toString());

    Cli.Run run = Cli.run("story", "--store", dir.toString(), story);
    assertEquals(0, run.exit(), run.err());
    String claims = run.out().substring(run.out().indexOf("Claims"));
    assertTrue(claims.contains("unnamed source"), claims);
    assertFalse(claims.lines().anyMatch(l -> l.strip().startsWith("He ")), claims);
  }

  @Test
  void a_pronoun_source_resolved_to_a_person_shows_the_persons_name_in_the_story_text_and_json() throws Exception {
    String text = "Anna Berg left Geneva on Tuesday. She said the talks on the border had failed.";
    AnalyzedArticle a = ArticleBuilder.text(text).outlet("Wire").published("2025-02-04").source("fixtures/wire.txt")
        .headline("Border talks fail in Geneva").entity("person:anna-berg", EntityType.PERSON, "Anna Berg")
        .mention("Anna Berg", "person:anna-berg").build();
    Claim c = new Claim("c1", at(text, "She"), "person:anna-berg", List.of(), at(text, "said"),
        List.of(at(text, "the talks on the border had failed")), Claim.Kind.INDIRECT, null, LocalDate.of(2025, 2, 4),
        null, false, Claim.Stance.ASSERTED, 0, null, null, null);
    String story = storyWith(a, c);
    Cli.Run json = Cli.run("story", "--store", dir.toString(), "--json", story);
    assertEquals(0, json.exit(), json.err());
    JsonNode claim = Json.MAPPER.readTree(json.out()).get("claims").get(0);
    assertEquals("Anna Berg", claim.get("source_label").asText(), claim.toString());
    Cli.Run run = Cli.run("story", "--store", dir.toString(), story);
    assertEquals(0, run.exit(), run.err());
    String claims = run.out().substring(run.out().indexOf("Claims"));
    assertTrue(claims.lines().anyMatch(l -> l.strip().startsWith("Anna Berg ")), claims);
  }

  /** Stores {@code a} with its one claim {@code c}; the id of its story. */
  private String storyWith(AnalyzedArticle a, Claim c) {
    AnalyzedArticle stored = a.withClaims(List.of(c), "claims.test");
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(stored), List.of(), "run-1");
      return s.storyOf(List.of(stored.article().id())).get(stored.article().id());
    }
  }

  private static Span at(String text, String words) {
    int i = text.indexOf(words);
    return new Span(i, i + words.length());
  }
}
