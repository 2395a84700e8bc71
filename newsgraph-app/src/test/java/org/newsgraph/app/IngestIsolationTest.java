package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.service.IngestSummary;
import org.newsgraph.app.service.Ingestion;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.BoundedAnalysis;
import org.newsgraph.core.Facet;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.Stage;
import org.newsgraph.store.IngestLogEntry;
import org.newsgraph.store.NewsStore;

/**
 * Isolation in ingest (issue 19): an article whose analysis fails is recorded in the ingest log with what went wrong
 * and left out, the others of its batch are stored, and running the same command again analyses only the one that
 * failed. A stage stands in for the models: it overflows its stack on one article's text while it is "broken".
 */
class IngestIsolationTest {
  @TempDir Path tmp;

  /** Fails, as the 100,000-character sentence once did in CoreNLP, on any text naming the poison. */
  private static final class Brittle implements Stage {
    final AtomicBoolean broken = new AtomicBoolean(true);
    final List<String> analysed = new ArrayList<>();

    @Override
    public String id() {
      return "test.brittle.v1";
    }

    @Override
    public Set<Facet> requires() {
      return EnumSet.of(Facet.TEXT);
    }

    @Override
    public Set<Facet> provides() {
      return EnumSet.noneOf(Facet.class);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
      synchronized (analysed) {
        analysed.add(in.article().headline());
      }
      if (broken.get() && in.article().text().contains("poison")) {
        throw new StackOverflowError();
      }
      return in;
    }
  }

  /** Texts far apart, so that none is taken for a near-duplicate of another. */
  private static final List<String> TEXTS = List.of(
      "The council met on Monday in the town hall and voted on the budget for the coming year.",
      "Heavy rain flooded the river valley overnight, and farmers moved their cattle to higher fields.",
      "A poison pill was found in the merger papers, which the bank's lawyers had kept from the board.",
      "The orchestra opened its winter season with a symphony that critics praised for its slow movement.",
      "Engineers tested a new bridge design in the harbour, measuring how it bends under the morning traffic.");

  private Path article(Path dir, int i) throws Exception {
    Path f = dir.resolve(String.format("%02d.txt", i));
    Files.writeString(f, "Headline number " + i + "\n\n" + TEXTS.get(i - 1) + "\n");
    return f;
  }

  @Test
  void an_article_that_fails_is_logged_and_left_out_the_rest_of_its_batch_is_stored_and_a_rerun_retries_only_it()
      throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      files.add(article(in, i));
    }
    Brittle stage = new Brittle();
    BoundedAnalysis pipeline = new BoundedAnalysis(Pipeline.of(stage), NewsgraphConfig.defaults().limits());
    try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
      IngestSummary first = new Ingestion(pipeline, store, 2).run(files, n -> { }, n -> { });
      assertEquals(4, first.stored(), "the four good articles of the batch are stored");
      assertEquals(1, first.failures().size(), first.failures().toString());
      String line = first.failures().get(0).message();
      assertTrue(first.failures().get(0).source().endsWith("03.txt"), first.failures().toString());
      assertTrue(line.contains("test.brittle.v1") && line.contains("stack overflow"),
          "the stage and the cause are named, not 'null': " + line);
      assertEquals(4, store.articleCount());
      List<IngestLogEntry> failed = store.ingestLog(100).stream()
          .filter(e -> IngestLogEntry.FAILED.equals(e.status())).toList();
      assertEquals(1, failed.size(), "one failure in the ingest log: " + store.ingestLog(100));
      assertTrue(failed.get(0).source().endsWith("03.txt") && failed.get(0).message().contains("stack overflow"),
          failed.toString());

      stage.broken.set(false);
      stage.analysed.clear();
      IngestSummary second = new Ingestion(pipeline, store, 2).run(files, n -> { }, n -> { });
      assertEquals(List.of("Headline number 3"), stage.analysed, "only the article that failed is analysed again");
      assertEquals(1, second.stored());
      assertFalse(second.failed(), second.failures().toString());
      assertEquals(5, store.articleCount());
    }
  }
}
