package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.ArticleBuilder;

/** {@code newsgraph export} as a user runs it: tables to files and to standard output, and its errors. */
class ExportCliTest {
  static final String TEXT = "Russia said on Monday, \"we will not\", that it moved troops.\nKyiv disagreed.";

  @TempDir Path dir;

  private Path store() {
    Path s = dir.resolve("store");
    AnalyzedArticle a = ArticleBuilder.text(TEXT).source("t.txt").headline("Troops, \"moved\"")
        .published("2025-05-05").entity("country:RUS", EntityType.COUNTRY, "Russia")
        .mention("Russia", "country:RUS").build();
    int at = TEXT.indexOf("moved");
    Event e = new Event("e1", "MOBILIZE", null, new Span(at, at + 5),
        List.of(new Event.Argument(new Span(0, 6), "country:RUS")), List.of(), null, null,
        LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6), true, Event.Modality.CLAIMED, null, 0.7, 0);
    try (NewsStore store = NewsStore.open(s)) {
      store.save(List.of(a.withEvents(List.of(e), "events.test.v1")), List.of(), "run");
    }
    return s;
  }

  @Test
  void events_as_csv_go_to_standard_output_with_a_header_and_quoted_text() {
    Cli.Run r = Cli.run("export", "--store", store().toString(), "--format", "csv", "--what", "events");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].startsWith("article_id,event_id,type,"), lines[0]);
    assertTrue(r.out().contains("\"Troops, \"\"moved\"\"\""), r.out());
    assertTrue(r.out().contains(",MOBILIZE,"), r.out());
  }

  @Test
  void a_table_goes_to_a_file_with_a_count_of_its_rows() throws Exception {
    Path out = dir.resolve("entities.parquet");
    Cli.Run r = Cli.run("export", "--store", store().toString(), "--format", "parquet", "--what", "entities",
        "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Wrote 1 entity to " + out + "\n", r.out());
    assertTrue(Files.size(out) > 0);
  }

  @Test
  void plover_export_still_writes_the_events_as_json_lines() {
    Cli.Run r = Cli.run("export", "--store", store().toString(), "--format", "plover");
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.out().strip().split("\n").length);
    assertTrue(r.out().contains("MOBILIZE") || r.out().contains("mobilize"), r.out());
  }

  @Test
  void an_unknown_table_is_a_one_line_error_with_exit_2() {
    Cli.Run r = Cli.run("export", "--store", store().toString(), "--format", "csv", "--what", "stories");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
    assertTrue(r.err().startsWith("newsgraph: unknown --what 'stories'"), r.err());
    assertFalse(r.out().contains("article_id"), "nothing written");
  }

  @Test
  void parquet_to_standard_output_and_filters_on_plover_are_refused() {
    Path s = store();
    Cli.Run parquet = Cli.run("export", "--store", s.toString(), "--format", "parquet");
    assertEquals(2, parquet.exit());
    assertTrue(parquet.err().contains("--out FILE"), parquet.err());
    Cli.Run plover = Cli.run("export", "--store", s.toString(), "--format", "plover", "--type", "protest");
    assertEquals(2, plover.exit());
  }
}
