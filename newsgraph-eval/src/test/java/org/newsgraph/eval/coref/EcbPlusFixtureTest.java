package org.newsgraph.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;
import org.newsgraph.eval.Fixtures;

/**
 * {@code eval stories} and {@code eval coref} end to end on eight ECB+ documents of two topics (the fixture ships with
 * its attribution): the real analysis, the store's story clusterer and event linker, the scorers.
 */
@Tag("models")
class EcbPlusFixtureTest {
  private static Path fixture() throws Exception {
    return Path.of(EcbPlusFixtureTest.class.getResource("ecbplus/README.md").toURI()).getParent();
  }

  @Test
  void eval_stories_keeps_the_two_topics_apart_and_writes_a_story_for_every_document(@TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("stories.jsonl");
    Fixtures.Run r = Fixtures.cli("eval", "stories", "--gold", fixture().toString(), "--out", out.toString(),
        "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertEquals(8, j.get("documents").asInt());
    assertEquals(4, j.get("subtopics").asInt());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(8, lines.size());
    Map<String, Set<String>> topicsOfStory = new HashMap<>();
    for (String l : lines) {
      JsonNode x = Json.MAPPER.readTree(l);
      String topic = x.get("doc").asText().split("_")[0];
      topicsOfStory.computeIfAbsent(x.get("story").asText(), k -> new HashSet<>()).add(topic);
    }
    for (Set<String> t : topicsOfStory.values()) {
      assertEquals(1, t.size(), "a story spans two topics: " + topicsOfStory);
    }
    assertTrue(j.get("b3_f1").asDouble() >= 0.6, r.out());
  }

  @Test
  void eval_coref_scores_the_gold_mentions_and_our_own(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("coref.jsonl");
    Fixtures.Run r = Fixtures.cli("eval", "coref", "--gold", fixture().toString(), "--out", out.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertEquals(8, j.get("documents").asInt());
    int mentions = j.get("gold_mentions").asInt();
    assertTrue(mentions > 20, r.out());
    assertEquals(mentions, Files.readAllLines(out, StandardCharsets.UTF_8).size());
    // better than every mention alone (whose CoNLL F1 is about a third on ECB+), and our own mentions are scored
    assertTrue(j.get("gold_conll_f1").asDouble() > 0.5, r.out());
    assertTrue(j.get("own_mentions").asInt() > 0, r.out());
    assertTrue(j.get("mention_f1").asDouble() > 0, r.out());
  }
}
