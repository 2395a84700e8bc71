package org.newsgraph.eval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;
import org.newsgraph.eval.Fixtures;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.ArticleBuilder;

/** {@code bench export} in small: a store grown from copies of one stored article, every format timed, a baseline. */
class BenchExportCliTest {
  @TempDir Path tmp;

  private Path source() {
    String text = "Russia moved troops to the border on Monday, officials said.";
    AnalyzedArticle a = ArticleBuilder.text(text).source("s.txt").headline("Troops moved").published("2025-05-05")
        .entity("country:RUS", EntityType.COUNTRY, "Russia").mention("Russia", "country:RUS").build();
    int at = text.indexOf("moved");
    List<Event> events = List.of(
        new Event("e1", "MOBILIZE", null, new Span(at, at + 5), List.of(new Event.Argument(new Span(0, 6),
            "country:RUS")), List.of(), null, null, LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6), true,
            Event.Modality.ASSERTED, null, 0.7, 0),
        new Event("e2", "MOBILIZE", null, new Span(at, at + 5), List.of(), List.of(), null, null, null, null, true,
            Event.Modality.CLAIMED, null, 0.5, 0));
    Path dir = tmp.resolve("source");
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(a.withEvents(events, "events.test.v1")), List.of(), "run");
    }
    return dir;
  }

  @Test
  void bench_export_grows_a_store_to_the_events_asked_and_times_each_format_against_the_old_path()
      throws Exception {
    Path work = tmp.resolve("work");
    Fixtures.Run r = Fixtures.cli("bench", "export", "--source", source().toString(), "--work", work.toString(),
        "--events", "400", "--baseline-events", "50", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(400, j.get("events").asLong(), "copies of a two-event article: 200 copies");
    for (String f : List.of("csv", "parquet", "jsonl")) {
      assertTrue(j.get("seconds").get(f).asDouble() >= 0, f);
    }
    assertEquals(50, j.get("baseline").get("events").asLong());
    assertEquals(401, Files.readAllLines(work.resolve("events.csv")).size(), "a header and 400 events");
    Fixtures.Run again = Fixtures.cli("bench", "export", "--source", tmp.resolve("nowhere").toString(), "--work",
        work.toString(), "--events", "400", "--baseline-events", "50", "--json");
    assertEquals(0, again.exit(), "the store is reused, the source not read: " + again.err());
  }
}
