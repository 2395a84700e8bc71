package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.IngestLogEntry;
import org.newsgraph.store.NewsStore;

/**
 * Issue 5's crash test: {@code newsgraph ingest} runs in a JVM of its own on many files, is killed with SIGKILL
 * half-way, and the same command is run again. Every article must then be stored exactly once, each near-duplicate
 * recorded once as another publication, and the search index must hold exactly the stored articles.
 */
@Tag("models")
class ResumableIngestTest {
  private static final int ARTICLES = 48;
  private static final int COPIES = 4;
  private static final Pattern PROGRESS = Pattern.compile("progress: (\\d+)/(\\d+) files");

  @TempDir Path tmp;

  private Process start(Path err, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-Dnewsgraph.home=" + System.getProperty("newsgraph.home"), "-cp",
        System.getProperty("java.class.path"), "org.newsgraph.app.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out-" + err.getFileName()).toFile())
        .redirectError(err.toFile()).start();
  }

  /** Distinct articles (seeded), each with the marker word "zebrafinch", plus trimmed, retitled copies. */
  private Path inputs() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String[] words = ("minister said talks government troops border city council report officials week vote "
        + "budget energy prices market shares election court ruling police protest army region aid water "
        + "farmers harvest rain storm bridge school hospital doctors strike union wages exports port ship "
        + "airline flights airport railway museum festival team coach season league final goal striker")
        .split(" ");
    Random rnd = new Random(5);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      StringBuilder b = new StringBuilder("Story number " + i + " on the " + words[i % words.length] + "\n\n");
      for (int p = 0; p < 3; p++) {
        for (int s = 0; s < 3; s++) {
          b.append("The ");
          for (int w = 0; w < 12; w++) {
            b.append(words[rnd.nextInt(words.length)]).append(' ');
          }
          b.append(i * 10 + p).append(" zebrafinch. ");
        }
        b.append("\n\n");
      }
      texts.add(b.toString());
      Files.writeString(in.resolve(String.format("a-%03d.txt", i)), b.toString(), StandardCharsets.UTF_8);
    }
    for (int c = 0; c < COPIES; c++) {
      String t = texts.get(c * 7);
      String body = t.substring(t.indexOf("\n\n") + 2, t.lastIndexOf("The "));
      Files.writeString(in.resolve(String.format("z-copy-%d.txt", c)), "Another outlet's headline " + c
          + "\n\n" + body + "(AFP)\n", StandardCharsets.UTF_8);
    }
    return in;
  }

  @Test
  void killed_half_way_and_run_again_stores_every_article_exactly_once() throws Exception {
    Path in = inputs();
    String store = tmp.resolve("store").toString();
    Path err1 = tmp.resolve("err1.txt");
    Process first = start(err1, "ingest", "--store", store, "--threads", "1", "--progress-every", "0.2",
        in.toString());
    int doneWhenKilled = -1;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline && first.isAlive()) {
      Matcher m = PROGRESS.matcher(Files.readString(err1));
      int done = -1;
      while (m.find()) {
        done = Integer.parseInt(m.group(1));
      }
      if (done >= 20) {
        first.destroyForcibly(); // SIGKILL: no shutdown hooks, no close()
        doneWhenKilled = done;
        break;
      }
      Thread.sleep(100);
    }
    assertTrue(first.waitFor(1, TimeUnit.MINUTES));
    assertTrue(doneWhenKilled > 0 && doneWhenKilled < ARTICLES + COPIES,
        "the first run was killed half-way (files done: " + doneWhenKilled + "); stderr:\n" + Files.readString(err1));

    Path err2 = tmp.resolve("err2.txt");
    Process second = start(err2, "ingest", "--store", store, "--threads", "2", "--json", in.toString());
    assertTrue(second.waitFor(10, TimeUnit.MINUTES), "second run finished");
    String out2 = Files.readString(tmp.resolve("out-err2.txt"));
    assertEquals(0, second.exitValue(), out2 + Files.readString(err2));

    try (NewsStore s = NewsStore.open(Path.of(store))) {
      assertEquals(ARTICLES, s.articleCount(), "every distinct article stored once");
      Map<String, Integer> storedRows = new HashMap<>();
      for (IngestLogEntry e : s.ingestLog(10_000)) {
        if (IngestLogEntry.STORED.equals(e.status())) {
          storedRows.merge(e.articleId(), 1, Integer::sum);
        }
      }
      assertEquals(ARTICLES, storedRows.size());
      assertTrue(storedRows.values().stream().allMatch(n -> n == 1), storedRows.toString());
      assertEquals(ARTICLES, s.search("zebrafinch", 1).total(), "the search index holds exactly the stored articles");
      int publications = 0;
      for (String id : storedRows.keySet()) {
        publications += s.publications(id).size();
      }
      assertEquals(ARTICLES + COPIES, publications, "one publication per article plus one per near-duplicate");
    }
  }
}
