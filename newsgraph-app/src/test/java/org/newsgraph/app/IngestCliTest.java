package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;

/** {@code newsgraph ingest}, {@code search}, {@code entity} and {@code timeline} as a user runs them. */
@Tag("models")
class IngestCliTest {
  @TempDir Path tmp;

  private String store() {
    return tmp.resolve("store").toString();
  }

  @Test
  void ingesting_the_example_twice_stores_it_once() throws Exception {
    Cli.Run first = Cli.run("ingest", "--store", store(), "--json", Cli.example().toString());
    assertEquals(0, first.exit(), first.err());
    JsonNode s1 = Json.MAPPER.readTree(first.out());
    assertEquals(2, s1.get("stored").asInt());
    assertEquals(0, s1.get("duplicates").asInt());

    Cli.Run second = Cli.run("ingest", "--store", store(), "--json", Cli.example().toString());
    JsonNode s2 = Json.MAPPER.readTree(second.out());
    assertEquals(0, s2.get("stored").asInt());
    assertEquals(2, s2.get("duplicates").asInt());
    assertEquals(0, second.exit());

    Cli.Run search = Cli.run("search", "--store", store(), "spy", "agency");
    assertEquals(0, search.exit(), search.err());
    assertTrue(search.out().startsWith("1 article match."), search.out());
    assertTrue(search.out().contains("North Korea troops not in combat"), search.out());

    Cli.Run entity = Cli.run("entity", "--store", store(), "Pyongyang");
    assertEquals(0, entity.exit(), entity.err());
    assertTrue(entity.out().startsWith("North Korea  (COUNTRY)"), entity.out());

    Cli.Run timeline = Cli.run("timeline", "--store", store(), "--json", "--from", "2025-01-01", "country:PRK");
    assertEquals(0, timeline.exit(), timeline.err());
    JsonNode page = Json.MAPPER.readTree(timeline.out());
    assertEquals("country:PRK", page.get("entity").get("id").asText());
    JsonNode entries = page.get("entries");
    assertTrue(entries.size() > 0);
    assertEquals(entries.size(), page.get("total").asInt());
    for (JsonNode e : entries) {
      assertTrue(e.get("end").asText().compareTo("2025-01-01") > 0, e.toString());
    }
  }

  @Test
  void bad_files_are_reported_one_line_each_and_the_rest_is_stored() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("image.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 0, 0});
    Files.write(in.resolve("latin1.txt"),
        "Transfer fee agreed\n\nThe club paid \u00a35m for the striker on Monday.".getBytes(
            StandardCharsets.ISO_8859_1));
    Files.copy(Cli.example(), in.resolve("sample.txt"));
    Cli.Run r = Cli.run("ingest", "--store", store(), in.toString());
    assertEquals(1, r.exit(), "something failed, so the exit code says so");
    String[] errLines = r.err().strip().split("\n");
    assertEquals(2, errLines.length, r.err());
    assertTrue(errLines[0].startsWith("failed: " + in.resolve("empty.txt") + ": empty file"), r.err());
    assertTrue(errLines[1].startsWith("failed: " + in.resolve("image.txt") + ": binary content"), r.err());
    assertTrue(r.out().contains("Ingested 3 articles from 4 files"), r.out());
  }

  @Test
  void a_missing_store_is_a_clear_message_for_read_commands() {
    Cli.Run r = Cli.run("search", "--store", tmp.resolve("nothing").toString(), "x");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("newsgraph: no store at "), r.err());
  }

  @Test
  void analyze_prints_a_readable_summary_by_default() {
    Cli.Run r = Cli.run("analyze", Cli.example().toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("== Modi starts Mideast-Africa tour"), r.out());
    assertTrue(r.out().contains("country:OMN"), r.out());
  }

  @Test
  void every_command_has_help() {
    for (String c : new String[] {"demo", "ingest", "analyze", "search", "entity", "timeline", "claims", "events", "serve",
        "export", "import"}) {
      Cli.Run r = Cli.run(c, "--help");
      assertEquals(0, r.exit(), c);
      assertTrue(r.out().startsWith("Usage: newsgraph " + c), r.out());
    }
  }
}
