package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.SharedData;

/**
 * SIGTERM in the middle of {@code newsgraph ingest}, in a JVM of its own as a service manager would send it: the run
 * ends with one line saying what was stored and what was not, the store holds exactly what that line says, and the
 * same command run again stores the rest.
 */
@Tag("slow")
class IngestSignalTest {
  private static final Pattern STOPPED = Pattern.compile("Stopped before the end: (\\d+) articles? stored in this run;"
      + " (\\d+) read but not stored, (\\d+) inputs? not read\\. Run the same command again");
  private static final Pattern PROGRESS = Pattern.compile("progress: \\d+/\\d+ files, (\\d+) articles");
  @TempDir Path tmp;

  @Test
  void sigterm_ends_an_ingest_saying_what_was_stored_and_what_was_not() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> s = Files.list(SharedData.require("corpora", "bbc-news", "politics"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(48).toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    Path store = tmp.resolve("store");
    Path err = tmp.resolve("err.txt");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
        "-Dnewsgraph.home=" + System.getProperty("newsgraph.home"), "-cp", System.getProperty("java.class.path"),
        "org.newsgraph.app.cli.Main", "ingest", "--threads", "2", "--progress-every", "0.1", "--store",
        store.toString(), in.toString());
    Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(err.toFile())
        .start();
    try {
      // once the first batch of 16 is stored and the second is being analysed
      long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      int read = 0;
      while (read < 20 && p.isAlive() && System.nanoTime() < until) {
        Thread.sleep(100);
        Matcher m = PROGRESS.matcher(Files.readString(err, StandardCharsets.UTF_8));
        while (m.find()) {
          read = Integer.parseInt(m.group(1));
        }
      }
      assertTrue(read >= 20, "the ingest got going: " + Files.readString(err, StandardCharsets.UTF_8));
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the ingest ended after the signal");
    } finally {
      p.destroyForcibly();
    }
    String said = Files.readString(err, StandardCharsets.UTF_8);
    Matcher m = STOPPED.matcher(said);
    assertTrue(m.find(), "one line says what was stored and what was not:\n" + said);
    int stored = Integer.parseInt(m.group(1));
    int unstored = Integer.parseInt(m.group(2));
    int unread = Integer.parseInt(m.group(3));
    assertTrue(stored >= 16, said);
    assertTrue(unstored + unread > 0, said);
    try (NewsStore st = NewsStore.open(store)) {
      assertEquals(stored, st.articleCount(), "the store holds what the line says");
    }
    Cli.Run again = Cli.run("ingest", "--store", store.toString(), "--json", in.toString());
    assertEquals(0, again.exit(), again.err());
    JsonNode s = Json.MAPPER.readTree(again.out());
    assertEquals(stored, s.get("duplicates").asInt(), again.out());
    assertEquals(48, stored + s.get("stored").asInt() + s.get("near_duplicates").asInt(), again.out());
  }
}
