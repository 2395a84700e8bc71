package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.service.IngestSummary;
import org.newsgraph.app.service.Ingestion;
import org.newsgraph.core.Article;
import org.newsgraph.core.Stage;
import org.newsgraph.ingest.ArticleDefaults;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.TestStages;

/**
 * What ingest stores about inputs that do not date or name themselves: the outlet and date the user gives (or the
 * file's time), a gzipped page read as a page, and title-only records counted as skipped, not failed. A stage that
 * does nothing stands in for the models: what is checked is what the store keeps about each article.
 */
class IngestGivenFactsTest {
  @TempDir Path tmp;

  private static final Stage NOTHING = TestStages.nothing();

  private Path inputs() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path note = Files.writeString(in.resolve("a-note.txt"),
        "Council votes on budget\n\nThe council met on Monday in the town hall and voted on the budget.\n");
    Files.setLastModifiedTime(note, FileTime.from(Instant.parse("2024-03-05T10:00:00Z")));
    Path page = in.resolve("b-page.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
      out.write(("<html><head><meta property=\"og:site_name\" content=\"Harbour Post\">"
          + "<meta property=\"article:published_time\" content=\"2023-11-20T08:00:00Z\"></head><body><article>"
          + "<h1>Ferry timetable changes</h1><p>The ferry company will run two more crossings a day from December, "
          + "it said on Monday, as passenger numbers keep rising.</p></article></body></html>")
          .getBytes(StandardCharsets.UTF_8));
    }
    Files.setLastModifiedTime(page, FileTime.from(Instant.parse("2024-03-06T10:00:00Z")));
    Files.writeString(in.resolve("c-reut.sgm"), "<REUTERS NEWID=\"8\"><TEXT TYPE=\"BRIEF\"><TITLE>TITLE ONLY</TITLE>"
        + "</TEXT></REUTERS>\n<REUTERS NEWID=\"9\"><TEXT TYPE=\"BRIEF\"><TITLE>ANOTHER</TITLE></TEXT></REUTERS>\n",
        StandardCharsets.ISO_8859_1);
    return in;
  }

  private static Article stored(NewsStore store, String headline) {
    return store.articles(0, 10).stream().map(s -> store.article(s.id()).orElseThrow().article())
        .filter(a -> headline.equals(a.headline())).findFirst().orElseThrow();
  }

  @Test
  void the_given_outlet_and_file_dates_fill_in_what_articles_do_not_state_and_title_only_records_are_skipped()
      throws Exception {
    Path in = inputs();
    try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
      Ingestion.Options options = Ingestion.Options.defaults().with(new ArticleDefaults("Town Crier", null, true));
      IngestSummary s = new Ingestion(NOTHING, store, 1, options).ingest(List.of(in), (d, t, a, r, e) -> { })
          .summary();
      assertFalse(s.failed(), s.failures().toString());
      assertEquals(2, s.stored());
      assertEquals(2, s.skipped(), "the two title-only Reuters records");
      Article note = stored(store, "Council votes on budget");
      assertEquals("Town Crier", note.outlet());
      assertEquals(LocalDate.of(2024, 3, 5), note.published(), "the file's modification date");
      Article page = stored(store, "Ferry timetable changes");
      assertEquals("Harbour Post", page.outlet(), "the page's own publisher is kept");
      assertEquals(LocalDate.of(2023, 11, 20), page.published(), "the page's own date is kept");
    }
  }

  @Test
  void without_given_facts_an_undated_text_stays_undated() throws Exception {
    Path in = inputs();
    try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
      new Ingestion(NOTHING, store, 1, Ingestion.Options.defaults()).ingest(List.of(in), (d, t, a, r, e) -> { });
      Article note = stored(store, "Council votes on budget");
      assertEquals(null, note.published());
      assertEquals(null, note.outlet());
    }
  }
}
