package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/** Store failures on the command line: one line each, and an exit code by cause (2 bad usage, 3 could not run). */
class CliStoreErrorsTest {
  @TempDir Path tmp;

  @Test
  void a_search_query_that_does_not_parse_is_bad_usage() {
    Path store = tmp.resolve("store");
    NewsStore.open(store).close();
    Cli.Run r = Cli.run("search", "--store", store.toString(), "\"unclosed");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("newsgraph: cannot understand the search query"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void a_store_another_owner_holds_is_a_command_that_could_not_run() {
    Path store = tmp.resolve("store");
    try (NewsStore owner = NewsStore.open(store)) {
      Cli.Run r = Cli.run("claims", "--store", store.toString(), "--json");
      assertEquals(3, r.exit(), r.err());
      assertTrue(r.err().startsWith("newsgraph: store " + store + " is in use by process"), r.err());
      assertEquals("", r.out());
      assertEquals(0, owner.articleCount());
    }
  }
}
