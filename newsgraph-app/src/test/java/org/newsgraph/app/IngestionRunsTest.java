package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.service.IngestSummary;
import org.newsgraph.app.service.Ingestion;
import org.newsgraph.core.Article;
import org.newsgraph.core.Stage;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.TestStages;

/**
 * Runs of one {@link Ingestion} one after another, as a watcher makes them: a near-duplicate of what an earlier run
 * stored is found, and an article whose analysis failed in an earlier run is not taken for a copy of itself.
 */
class IngestionRunsTest {
  @TempDir Path tmp;

  private static final String STORY = "The port authority said on Monday that container traffic through the "
      + "northern terminal fell by a fifth in the third quarter, as shipping lines moved calls to the deeper "
      + "southern harbour. Officials blamed silting in the access channel, which has forced the largest vessels to"
      + " wait for high tide before entering, adding hours to every call and raising costs for the carriers.";

  /** Fails on any text that names the poison while {@code broken} is set. */
  private static Stage brittle(AtomicBoolean broken) {
    return TestStages.onText("test.brittle.v1", in -> {
      if (broken.get() && in.article().text().contains("poison")) {
        throw new IllegalStateException("broken");
      }
      return in;
    });
  }

  private static IngestSummary run(Ingestion ingestion, String source, String text) {
    Consumer<ArticleSink> read = sink -> sink.article(Article.ofText(source, text, null));
    return ingestion.ingestRead(List.of(read), (d, t, a, r, e) -> { }).summary();
  }

  @Test
  void a_later_run_finds_a_near_duplicate_of_what_an_earlier_run_stored() {
    try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
      Ingestion ingestion = new Ingestion(brittle(new AtomicBoolean(true)), store, 1);
      assertEquals(1, run(ingestion, "http://a/1", STORY).stored());
      IngestSummary copy = run(ingestion, "http://b/1", STORY.replace("on Monday", "on Monday morning"));
      assertEquals(1, copy.nearDuplicates(), copy.toString());
      assertEquals(0, copy.stored());
    }
  }

  @Test
  void an_article_that_failed_in_an_earlier_run_is_analysed_again_not_taken_for_a_copy_of_itself() {
    try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
      AtomicBoolean broken = new AtomicBoolean(true);
      Ingestion ingestion = new Ingestion(brittle(broken), store, 1);
      String poisoned = STORY + " A poison pill was found in the papers.";
      assertEquals(1, run(ingestion, "http://a/1", poisoned).failures().size());
      broken.set(false);
      IngestSummary again = run(ingestion, "http://a/1", poisoned);
      assertEquals(1, again.stored(), again.toString());
      assertEquals(0, again.nearDuplicates());
    }
  }
}
