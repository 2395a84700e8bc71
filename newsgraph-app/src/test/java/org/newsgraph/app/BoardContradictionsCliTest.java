package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.DeploymentReports;

/**
 * {@code newsgraph board STORY} and {@code board --summary} over four stored reports of one deployment (made-up, by
 * hand): the contradiction comes first, names both sources and dates, and the carried claim shows its carrier.
 */
class BoardContradictionsCliTest {
  @TempDir Path dir;

  private String storeWithReports() {
    List<AnalyzedArticle> reports = DeploymentReports.all();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(reports, List.of(), "run-1");
      return s.storyOf(List.of(reports.get(0).article().id())).get(reports.get(0).article().id());
    }
  }

  @Test
  void the_board_shows_its_contradictions_first_with_both_sources_and_dates() throws Exception {
    String story = storeWithReports();
    Cli.Run json = Cli.run("board", "--store", dir.toString(), "--json", story);
    assertEquals(0, json.exit(), json.err());
    JsonNode b = Json.MAPPER.readTree(json.out());
    JsonNode contradictions = b.get("contradictions");
    assertEquals(3, contradictions.size(), contradictions.toString());
    for (JsonNode c : contradictions) {
      assertEquals("number", c.get("kind").asText());
      List<JsonNode> sides = List.of(c.get("first"), c.get("second"));
      assertTrue(sides.stream().anyMatch(x -> x.get("source_key").asText().equals(DeploymentReports.RUS)
          && x.get("says").asText().equals("3,000 troops")), c.toString());
      for (JsonNode side : sides) {
        assertTrue(side.get("report").get("date").asText().startsWith("2025-02-"), side.toString());
        assertTrue(side.get("report").has("sentence") && side.get("report").has("article_id"), side.toString());
      }
    }
    assertEquals(1, b.get("events").get(0).get("carriers").asInt(), b.get("events").get(0).toString());

    Cli.Run text = Cli.run("board", "--store", dir.toString(), story);
    assertEquals(0, text.exit(), text.err());
    String out = text.out();
    assertTrue(out.indexOf("Contradictions (3)") >= 0 && out.indexOf("Contradictions (3)") < out.indexOf("Events"),
        out);
    assertTrue(out.contains("carried by Yonhap"), out);
  }

  @Test
  void the_summary_counts_the_contradictions_by_kind() throws Exception {
    storeWithReports();
    Cli.Run json = Cli.run("board", "--store", dir.toString(), "--summary", "--json");
    assertEquals(0, json.exit(), json.err());
    JsonNode s = Json.MAPPER.readTree(json.out());
    assertEquals(1, s.get("stories_contradicted").asInt(), s.toString());
    long numbers = 0;
    for (JsonNode k : s.get("contradictions")) {
      numbers += k.get("kind").asText().equals("number") ? k.get("count").asLong() : 0;
    }
    assertEquals(3, numbers, s.toString());
    assertEquals(3, s.get("contradiction_examples").size());
    assertEquals(2, s.get("carried_rows").asInt(), "the deployment and the wire's claim: " + s);
  }
}
