package org.newsgraph.eval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;

/**
 * {@code bench load} in small: a store of three articles, a short deadline, every phase run. Each phase reports its
 * reads (all answered), the analyses get only the answers the server may give (200, 429, 503), the flood finds the
 * pool full, and no analysis is still running once its requests are over.
 */
@Tag("models")
class BenchLoadCliTest {
  @TempDir Path tmp;

  @Test
  void bench_load_reports_every_phase_and_no_analysis_outlives_its_request() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Talks resume in Geneva\n\nDiplomats from France and Germany met"
        + " in Geneva on Tuesday, officials said, and agreed to meet again next month.\n");
    Files.writeString(corpus.resolve("b.txt"), "Flooding in the north\n\nHeavy rain flooded towns in northern Italy"
        + " on Sunday, the regional government said.\n");
    Files.writeString(corpus.resolve("c.txt"), "Bank raises rates\n\nThe European Central Bank raised its main"
        + " rate on Thursday, its president Christine Lagarde told reporters in Frankfurt.\n");
    Path config = tmp.resolve("newsgraph.properties");
    Files.writeString(config, "server.analyzeSeconds = 4\n");
    Fixtures.Run r = Fixtures.cli("bench", "load", "--store", tmp.resolve("store").toString(), "--config",
        config.toString(), "--corpus", corpus.toString(), "--analyzers", "3", "--readers", "2", "--seconds", "5",
        "--baseline-seconds", "2", "--flood", "12", "--flood-seconds", "2", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode f = new ObjectMapper().readTree(r.out());
    assertEquals(3, f.get("articles").asInt());
    JsonNode phases = f.get("phases");
    assertEquals(List.of("baseline", "analyses", "flood"),
        List.of(phases.get(0).get("phase").asText(), phases.get(1).get("phase").asText(),
            phases.get(2).get("phase").asText()));
    for (JsonNode p : phases) {
      JsonNode reads = p.get("reads");
      assertTrue(reads.get("requests").asInt() > 0, p.toString());
      assertEquals(reads.get("requests").asInt(), reads.get("statuses").path("200").asInt(), p.toString());
      p.get("analyses").get("statuses").fieldNames().forEachRemaining(
          s -> assertTrue(Set.of("200", "429", "503").contains(s), "status " + s + ": " + p));
      assertEquals(0, p.get("still_analysing_after").asInt(), p.toString());
    }
    assertEquals(1.0, phases.get(0).get("reads").get("p95_ratio").asDouble(), 1e-9);
    assertTrue(phases.get(2).get("analyses").get("statuses").path("429").asInt() > 0,
        "12 clients find 2 threads and 4 places in the queue full: " + phases.get(2));
  }
}
