package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.Article;
import org.newsgraph.store.NewsStore;

/**
 * {@code newsgraph ingest --outlet NAME --published DATE} over a folder with a gzipped page and a Reuters file whose
 * records are title-only: the page is read, the records are counted as skipped (exit 0, not "failed"), and the
 * stored article carries the given outlet and date.
 */
@Tag("models")
class IngestInputsCliTest {
  @TempDir Path tmp;

  private Path inputs() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("ferry.html.gz")))) {
      out.write(("<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable "
          + "changes</h1><p>The ferry company will run two more crossings a day from December, it said on Monday, "
          + "as passenger numbers keep rising.</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(in.resolve("reut.sgm"), "<REUTERS NEWID=\"8\"><TEXT TYPE=\"BRIEF\"><TITLE>TITLE ONLY</TITLE>"
        + "</TEXT></REUTERS>\n<REUTERS NEWID=\"9\"><TEXT TYPE=\"BRIEF\"><TITLE>ANOTHER</TITLE></TEXT></REUTERS>\n",
        StandardCharsets.ISO_8859_1);
    return in;
  }

  @Test
  void a_gzipped_page_gets_the_given_outlet_and_date_and_title_only_records_are_skipped_not_failed()
      throws Exception {
    Path in = inputs();
    Path storeDir = tmp.resolve("store");
    Cli.Run r = Cli.run("ingest", "--store", storeDir.toString(), "--outlet", "Harbour Post", "--published",
        "2025-02-03", in.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("Ingested 1 article from 2 files") && r.out().contains("; 0 failed; 2 records with "
        + "nothing to analyse (title only) skipped."), r.out());
    try (NewsStore store = NewsStore.open(storeDir)) {
      Article a = store.article(store.articles(0, 1).get(0).id()).orElseThrow().article();
      assertEquals("Harbour Post", a.outlet());
      assertEquals(LocalDate.of(2025, 2, 3), a.published());
    }
    Cli.Run again = Cli.run("ingest", "--store", storeDir.toString(), "--json", in.toString());
    JsonNode s = Json.MAPPER.readTree(again.out());
    assertEquals(2, s.get("skipped").asInt(), again.out());
    assertEquals(0, s.get("failed").size(), again.out());
  }

  @Test
  void a_given_date_and_dates_from_file_times_exclude_each_other() throws Exception {
    Cli.Run r = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--published", "2025-02-03",
        "--published-from-mtime", inputs().toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--published and --published-from-mtime exclude each other"), r.err());
  }
}
