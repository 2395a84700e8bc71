package org.newsgraph.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;
import org.newsgraph.store.NewsStore;

/** {@code bench store --reads NAMES --no-ingest-more}: a few reads of a kept store, timed again, the store unchanged. */
class BenchStoreReadsTest {
  @Test
  void times_only_the_named_reads_in_the_plans_order_and_leaves_the_store_as_it_was(@TempDir Path dir)
      throws Exception {
    Path from = real(dir);
    Path store = dir.resolve("store");
    String[] args = {"bench", "store", "--articles", "120", "--from", from.toString(), "--store", store.toString(),
        "--reads", "article,search", "--calls", "40", "--no-ingest-more", "--json"};
    Fixtures.Run run = Fixtures.cli(args);
    assertEquals(0, run.exit(), run.err());
    JsonNode m = new ObjectMapper().readTree(run.out());
    List<String> names = new ArrayList<>();
    m.get("reads").fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("search", "article"), names);
    assertEquals(40, m.get("reads").get("article").get("calls").asInt());
    assertEquals(0, m.get("reads").get("article").get("failed").asInt());
    assertTrue(m.get("ingest_more").isNull());
    assertEquals(120, m.get("articles").asLong());

    // run again on the kept store: nothing built, nothing added
    JsonNode again = new ObjectMapper().readTree(Fixtures.cli(args).out());
    assertEquals(0, again.get("built_articles").asLong());
    assertEquals(120, again.get("articles").asLong());
  }

  @Test
  @org.junit.jupiter.api.Tag("slow") // saves 3,000 synthetic articles
  void the_ingest_more_times_a_store_opened_anew_then_a_second_batch_against_an_empty_store(@TempDir Path dir)
      throws Exception {
    Path from = real(dir);
    Path store = dir.resolve("store");
    Fixtures.Run run = Fixtures.cli("bench", "store", "--articles", "60", "--from", from.toString(), "--store",
        store.toString(), "--reads", "article", "--calls", "5", "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode i = new ObjectMapper().readTree(run.out()).get("ingest_more");
    for (String k : List.of("open_s", "into_store_s", "into_store_again_s", "into_empty_s", "ratio",
        "ratio_again")) {
      assertTrue(i.get(k).asDouble() > 0, k + " in " + i);
    }
    assertEquals(i.get("into_store_s").asDouble() / i.get("into_empty_s").asDouble(), i.get("ratio").asDouble(),
        0.02 * i.get("ratio").asDouble() + 0.01);
    try (NewsStore s = NewsStore.open(store)) {
      assertEquals(60 + 2_000, s.articleCount(), "the two batches of 1,000 were saved into the kept store");
    }
  }

  @Test
  void an_unknown_read_is_a_one_line_error_that_names_the_reads(@TempDir Path dir) {
    Path from = real(dir);
    Fixtures.Run run = Fixtures.cli("bench", "store", "--articles", "20", "--from", from.toString(), "--store",
        dir.resolve("store").toString(), "--reads", "article,timelines", "--no-ingest-more");
    assertNotEquals(0, run.exit());
    assertTrue(run.err().contains("no read named 'timelines'"), run.err());
    assertTrue(run.err().contains("timeline"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  /** A store of the one real analysed article the synthetic ones are made from, in {@code dir}/real. */
  private static Path real(Path dir) {
    Path from = dir.resolve("real");
    try (NewsStore s = NewsStore.open(from)) {
      s.save(List.of(SyntheticArticlesTest.real()), List.of(), "test");
    }
    return from;
  }
}
