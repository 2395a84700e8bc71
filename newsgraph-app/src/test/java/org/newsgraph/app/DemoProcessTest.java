package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsgraph demo --no-serve} in a JVM of its own, as the README's first command runs it: what reaches the
 * terminal is the summary, not CoreNLP's or Jetty's chatter; a second process on the same store gets a clear
 * message.
 */
@Tag("models")
class DemoProcessTest {
  @TempDir Path tmp;

  private Process start(String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx3g", "-Dnewsgraph.home=" + System.getProperty("newsgraph.home"), "-cp",
        System.getProperty("java.class.path"), "org.newsgraph.app.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile())
        .redirectError(tmp.resolve("err.txt").toFile()).start();
  }

  @Test
  void the_demo_prints_a_summary_and_nothing_else() throws Exception {
    Process p = start("demo", "--no-serve", "--store", tmp.resolve("store").toString());
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "demo finished");
    String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out + err);
    assertTrue(out.contains("Ingested 2 articles from 1 file"), out);
    assertTrue(out.contains("Top entities:"), out);
    assertTrue(out.contains("North Korea"), out);
    assertTrue(out.contains("Timeline"), out);
    assertTrue(out.contains("2025-01-31"), "Friday resolved in the timeline:\n" + out);
    assertFalse(out.contains("Adding annotator") || err.contains("Adding annotator"), err);
    assertTrue(err.isBlank(), "nothing on standard error: " + err);
  }
}
