package org.newsgraph.eval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;

/** {@code bench} in small: three articles, one thread and then two, no baseline. */
@Tag("models")
class BenchAnalysisCliTest {
  @TempDir Path tmp;

  @Test
  void two_threads_analyse_the_same_tokens_as_one_and_the_quality_commands_are_named() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    String[] texts = {
        "Troops crossed the border on Monday.\n\nThe ministry said the move was temporary.",
        "Protesters marched in the capital on Friday, police said.",
        "The two leaders met in Geneva and agreed to talk again next month."};
    for (int i = 0; i < texts.length; i++) {
      Files.writeString(corpus.resolve("a" + i + ".txt"), texts[i], StandardCharsets.UTF_8);
    }
    Fixtures.Run r = Fixtures.cli("bench", "--corpus", corpus.toString(), "--articles", "3", "--threads", "2",
        "--no-baseline", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(3, j.get("articles").asInt());
    assertEquals(j.get("newsgraph").get("tokens").asLong(), j.get("newsgraph_threads").get("tokens").asLong());
    assertTrue(j.get("thread_speedup").asDouble() > 0);
    assertTrue(j.get("quality_commands").toString().contains("eval attribution --gold ../shared/data/polnear/dev"),
        j.toString());
  }
}
