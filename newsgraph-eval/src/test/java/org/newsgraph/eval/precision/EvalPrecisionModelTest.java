package org.newsgraph.eval.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.MiniJson;
import org.newsgraph.eval.Fixtures;
import org.newsgraph.testkit.SharedData;

/** {@code newsgraph eval precision} end to end on three articles of the labelled set, with the real analysis. */
@Tag("models")
class EvalPrecisionModelTest {
  /** A politics article and a Reuters diplomacy record from dev, and a sports article from test. */
  static final List<String> DOCS = List.of("bbc-news/politics/209.txt", "reuters-21578/reut2-003.sgm#NEWID=3560",
      "bbc-news/sport/406.txt");

  @Test
  @SuppressWarnings("unchecked")
  void the_command_scores_claims_and_events_per_split_and_writes_the_errors(@TempDir Path tmp) throws Exception {
    Path corpora = SharedData.require("corpora");
    List<String> lines = Files.readAllLines(LabelledSetTest.GOLD, StandardCharsets.UTF_8).stream()
        .filter(l -> DOCS.stream().anyMatch(d -> l.contains("\"doc\": \"" + d + "\""))).toList();
    assertEquals(3, lines.size());
    Path gold = tmp.resolve("three.jsonl");
    Files.write(gold, lines, StandardCharsets.UTF_8);
    Path errors = tmp.resolve("errors.tsv");

    Fixtures.Run r = Fixtures.cli("eval", "precision", "--gold", gold.toString(), "--corpora", corpora.toString(),
        "--errors", errors.toString(), "--json");

    assertEquals(0, r.exit(), r.err());
    Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
    assertEquals(3L, json.get("articles"));
    Map<String, Object> splits = (Map<String, Object>) json.get("splits");
    Map<String, Object> dev = (Map<String, Object>) splits.get("dev");
    Map<String, Object> test = (Map<String, Object>) splits.get("test");
    assertEquals(2L, dev.get("articles"));
    assertEquals(Boolean.TRUE, test.get("held_out"));
    Map<String, Object> devClaims = (Map<String, Object>) dev.get("claims");
    Map<String, Object> devEvents = (Map<String, Object>) dev.get("events");
    assertEquals(29L, devClaims.get("gold"), "16 + 13 gold claims in the two dev articles");
    assertEquals(20L, devEvents.get("gold"), "10 + 10 gold events in the two dev articles");
    assertTrue((Long) devClaims.get("predicted") > 0);
    assertEquals(1L, ((Map<String, Object>) test.get("events")).get("articles_without_gold_events"));
    List<String> errorLines = Files.readAllLines(errors, StandardCharsets.UTF_8);
    assertEquals(PrecisionScorer.ERROR_HEADER, errorLines.get(0));
    assertTrue(errorLines.size() > 1, "some item is wrong or missed on three real articles");
    assertTrue(errorLines.stream().skip(1).allMatch(l -> l.split("\t", -1).length == 8), errorLines.toString());
  }
}
