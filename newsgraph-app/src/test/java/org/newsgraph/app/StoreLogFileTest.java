package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/**
 * The store logs through {@link System.Logger}; in a command's JVM (here one of its own, as a user runs it) those
 * lines land in {@code newsgraph.log} in the store beside the other libraries' lines, not on the terminal.
 */
class StoreLogFileTest {
  @TempDir Path tmp;

  @Test
  void a_warning_of_the_store_lands_in_the_log_file_of_the_store() throws Exception {
    Path store = tmp.resolve("store");
    NewsStore.open(store).close();
    // damage the search index: the store warns that it rebuilds it from the tables
    try (Stream<Path> files = Files.list(store.resolve("index"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.writeString(f, "not a Lucene file");
      }
    }
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "org.newsgraph.app.cli.Main", "search", "--store",
        store.toString(), "anything");
    Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile())
        .redirectError(tmp.resolve("err.txt").toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "search finished");
    String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out + err);
    assertTrue(out.startsWith("0 articles match."), out);
    assertTrue(err.isBlank(), "nothing on the terminal: " + err);
    String log = Files.readString(store.resolve("newsgraph.log"), StandardCharsets.UTF_8);
    assertTrue(log.lines().anyMatch(l -> l.contains("WARN") && l.contains("org.newsgraph.store.internal.SearchIndex")
        && l.contains("is unreadable") && l.contains("rebuilding it from the tables")), log);
  }
}
