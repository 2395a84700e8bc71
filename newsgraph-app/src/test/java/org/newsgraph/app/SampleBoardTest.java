package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;

/**
 * The board of the sample's Kursk story, from the user's side: the whole pipeline stores the bundled example
 * ({@code newsgraph ingest}), then {@code newsgraph board STORY --json} says who asserts the deployment and who has
 * not confirmed it. Nothing here names a sentence of the sample: the row is found by its sources.
 */
@Tag("models")
class SampleBoardTest {
  @TempDir static Path tmp;
  private static JsonNode board;
  private static String text;

  @BeforeAll
  static void ingestAndShowTheBoard() throws Exception {
    String store = tmp.resolve("store").toString();
    Cli.Run ingest = Cli.run("ingest", "--store", store, Cli.example().toString());
    assertEquals(0, ingest.exit(), ingest.err());
    Cli.Run stories = Cli.run("stories", "--store", store, "--json", "--about", "country:PRK");
    assertEquals(0, stories.exit(), stories.err());
    JsonNode list = Json.MAPPER.readTree(stories.out()).get("stories");
    assertEquals(1, list.size(), list.toString());
    String id = list.get(0).get("id").asText();
    Cli.Run json = Cli.run("board", "--store", store, "--json", id);
    assertEquals(0, json.exit(), json.err());
    board = Json.MAPPER.readTree(json.out());
    Cli.Run people = Cli.run("board", "--store", store, id);
    assertEquals(0, people.exit(), people.err());
    text = people.out();
  }

  private static List<String> keys(JsonNode row, String column) {
    List<String> out = new ArrayList<>();
    row.get(column).forEach(s -> {
      if (s.get("named").asBoolean()) {
        out.add(s.get("source_key").asText());
      }
    });
    return out;
  }

  /** The events that some sources assert and others have not confirmed. */
  private static List<JsonNode> notConfirmedByOthers() {
    List<JsonNode> out = new ArrayList<>();
    board.get("events").forEach(r -> {
      if (!keys(r, "not_confirmed").isEmpty() && !keys(r, "asserts").isEmpty()) {
        out.add(r);
      }
    });
    return out;
  }

  @Test
  void the_deployment_is_asserted_by_south_korean_and_ukrainian_intelligence_and_not_confirmed_by_pyongyang_or_moscow() {
    List<JsonNode> rows = notConfirmedByOthers();
    assertEquals(1, rows.size(), board.toString());
    JsonNode deployment = rows.get(0);
    assertEquals("MOBILIZE", deployment.get("type").asText());
    assertTrue(keys(deployment, "asserts").containsAll(List.of("country:KOR", "country:UKR")),
        deployment.toString());
    assertEquals(List.of("country:PRK", "country:RUS"), keys(deployment, "not_confirmed"));
    for (String k : keys(deployment, "not_confirmed")) {
      assertFalse(keys(deployment, "asserts").contains(k), k + " both asserts and has not confirmed it");
    }
    // the agencies' words, in the sentence that says it, reached through the claim the event is reported by
    JsonNode agencies = null;
    for (JsonNode s : deployment.get("asserts")) {
      for (JsonNode r : s.get("reports")) {
        if (s.get("source_key").asText().equals("country:UKR") && r.get("source").asText().contains("intelligence")) {
          agencies = r;
        }
      }
    }
    assertNotNull(agencies, deployment.toString());
    assertTrue(agencies.get("text").asText().contains(agencies.get("source").asText()), agencies.toString());
    assertNotEquals("unconfirmed", deployment.get("level").asText());
    assertTrue(deployment.get("reasons").toString().contains("not confirmed by"), deployment.toString());
    assertTrue(deployment.get("sources").asInt() >= 2, deployment.toString());
  }

  @Test
  void unnamed_sources_are_shown_but_never_counted_and_the_text_names_each_level() {
    board.get("events").forEach(r -> {
      for (String column : List.of("asserts", "believes", "denies", "not_confirmed")) {
        r.get(column).forEach(s -> assertEquals(!s.get("source_key").asText().equals("unnamed"),
            s.get("named").asBoolean(), s.toString()));
      }
    });
    assertTrue(text.contains("CORROBORATED"), text);
    assertTrue(text.contains("not confirmed"), text);
  }
}
