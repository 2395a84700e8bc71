package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;

/** The ingest summary counts stored articles, exact duplicates, near-duplicates and failures apart. */
@Tag("models")
class IngestSummaryCliTest {
  @TempDir Path tmp;

  private static final List<String> STORY = List.of(
      "The port authority said on Monday that container traffic through the northern terminal fell by a fifth "
          + "in the third quarter, as shipping lines moved calls to the deeper southern harbour.",
      "Officials blamed silting in the access channel, which has forced the largest vessels to wait for high "
          + "tide before entering, adding hours to every call and raising costs for the carriers.",
      "A dredging contract worth about thirty million euros is expected to be signed before the end of the "
          + "year, the authority's director told reporters at a briefing in the harbour offices.",
      "Dock workers' unions have warned that jobs at the northern terminal are at risk if the decline goes on, "
          + "and called for a meeting with the transport minister later this month.",
      "The southern harbour, opened four years ago, now handles more than half of the country's container "
          + "traffic and is being extended with two new berths due to open next spring.");

  private static String text(String headline, List<String> paragraphs) {
    return headline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
  }

  private Path inputs() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a-original.txt"), text("Northern terminal loses traffic to south", STORY));
    Files.writeString(in.resolve("b-same.txt"), text("Northern terminal loses traffic to south", STORY));
    // Another outlet's copy: its own headline, the last paragraph trimmed.
    Files.writeString(in.resolve("c-trimmed.txt"),
        text("Port traffic shifts south as channel silts up", STORY.subList(0, STORY.size() - 1)));
    Files.write(in.resolve("d-empty.txt"), new byte[0]);
    return in;
  }

  @Test
  void json_summary_counts_each_kind_apart() throws Exception {
    Path in = inputs();
    Cli.Run r = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--json", in.toString());
    assertEquals(1, r.exit(), r.err());
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertEquals(4, s.get("files").asInt());
    assertEquals(3, s.get("articles_read").asInt());
    assertEquals(1, s.get("stored").asInt());
    assertEquals(1, s.get("duplicates").asInt());
    assertEquals(1, s.get("near_duplicates").asInt());
    assertEquals(1, s.get("failed").size());
    assertTrue(s.get("failed").get(0).get("source").asText().endsWith("d-empty.txt"), r.out());
  }

  @Test
  void text_summary_counts_each_kind_apart() throws Exception {
    Path in = inputs();
    Cli.Run r = Cli.run("ingest", "--store", tmp.resolve("store").toString(), in.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("Ingested 1 article from 4 files"), r.out());
    assertTrue(r.out().contains("1 duplicate skipped; 1 near-duplicate stored as other publications; 1 failed."),
        r.out());
  }

  @Test
  void the_config_file_defines_a_near_duplicate_and_the_flag_overrides_it() throws Exception {
    Path in = inputs();
    Path conf = Files.writeString(tmp.resolve("newsgraph.conf"), "dedup.threshold = 1.0\n");
    Cli.Run strict = Cli.run("ingest", "--store", tmp.resolve("strict").toString(), "--config", conf.toString(),
        "--json", in.toString());
    JsonNode s = Json.MAPPER.readTree(strict.out());
    assertEquals(0, s.get("near_duplicates").asInt(), strict.out());
    assertEquals(2, s.get("stored").asInt(), "the trimmed copy is an article of its own: " + strict.out());
    Cli.Run flag = Cli.run("ingest", "--store", tmp.resolve("flag").toString(), "--config", conf.toString(),
        "--near-duplicate-threshold", "0.6", "--json", in.toString());
    assertEquals(1, Json.MAPPER.readTree(flag.out()).get("near_duplicates").asInt(), flag.out());
  }
}
