package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.store.NewsStore;

/**
 * No input can hang an ingest or take good articles down with it, as a user running {@code newsgraph ingest} sees
 * it: a 22 MB one-line text, a 100,000-character sentence and a stage that runs out of time are each stored (in part,
 * with a note), and the good files beside them are stored whole.
 */
@Tag("models")
class BoundedIngestTest {
  @TempDir Path tmp;

  /** A 22 MB text on one line: one ordinary sentence over and over, no paragraph, no line break. */
  private static void oneLine(Path f, long bytes) throws IOException {
    String sentence = "The president said on Friday that talks with the union would resume next week. ";
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      for (long n = 0; n < bytes; n += sentence.length()) {
        w.write(sentence);
      }
    }
  }

  private Path config(String... lines) throws IOException {
    return Files.writeString(tmp.resolve("newsgraph.conf"), String.join("\n", lines) + "\n");
  }

  private static List<String> lines(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get("source").asText() + ": " + n.get(field).asText()));
    return out;
  }

  @Test
  void a_22_mb_one_line_text_and_a_100000_character_sentence_are_stored_in_part_beside_the_good_files()
      throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Cli.example(), in.resolve("arabnews.txt"));
    oneLine(in.resolve("big.txt"), 22_000_000);
    // a headline, then one sentence of 100,000 characters without a full stop
    Files.writeString(in.resolve("long-sentence.txt"), "Council debates the budget\n\n"
        + "the council debated the budget line by line and then ".repeat(1_900));
    // the limits a small machine would set; the mechanism is the same at the defaults, only slower
    Path cfg = config("limits.maxDocumentChars = 120000", "limits.maxSentences = 40");
    String store = tmp.resolve("store").toString();
    long t0 = System.nanoTime();
    Cli.Run r = Cli.run("ingest", "--config", cfg.toString(), "--store", store, "--json", in.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(0, r.exit(), r.out() + r.err());
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertEquals(4, s.get("stored").asInt(), r.out());
    assertEquals(0, s.get("failed").size(), r.out());
    List<String> notes = lines(s.get("notes"), "note");
    assertTrue(notes.stream().anyMatch(n -> n.startsWith(in.resolve("big.txt") + ": analysed the first 119,9")
        && n.contains(" of 22,0") && n.contains("(limits.maxDocumentChars")), notes.toString());
    assertTrue(notes.stream().anyMatch(n -> n.startsWith(in.resolve("long-sentence.txt") + ": 1 sentence longer than"
        + " 250 tokens was cut into pieces")), notes.toString());
    assertTrue(notes.stream().anyMatch(n -> n.startsWith(in.resolve("long-sentence.txt") + ": analysed the first 40"
        + " of ")), notes.toString());
    assertTrue(seconds < 240, "took " + seconds + " s");
    try (NewsStore st = NewsStore.open(Path.of(store))) {
      assertEquals(4, st.articleCount());
      String big = st.articles(0, 10).stream().filter(a -> a.source().endsWith("big.txt")).findFirst()
          .orElseThrow().id();
      AnalyzedArticle a = st.article(big).orElseThrow();
      assertTrue(a.text().length() > 21_000_000, "the text is kept whole");
      assertFalse(a.times().isEmpty(), "the part analysed has its times");
      assertTrue(a.times().stream().allMatch(t -> t.span().end() <= 120_000));
      assertTrue(a.notes().get(0).startsWith("analysed the first 119,9"), a.notes().toString());
    }
    // what a person reads without --json: one note line each, and the summary
    Cli.Run again = Cli.run("ingest", "--config", cfg.toString(), "--store", store, in.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("4 duplicates skipped"), again.out());
  }

  @Test
  void a_stage_out_of_time_is_stopped_and_the_article_stored_with_what_came_before_it() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    StringBuilder text = new StringBuilder("Rain delays the harvest\n\n");
    // some 30,000 tokens (under limits.maxDocumentChars): more than CoreNLP parses in 0.5 s even warm on a quiet
    // machine (300 paragraphs were not, once the models were loaded by an earlier test of the same JVM)
    for (int i = 0; i < 1_200; i++) {
      text.append("LAHORE: Farmers in Punjab said on Monday that heavy rain had delayed the wheat harvest by two weeks, ")
          .append("and officials said the losses would be counted in March.\n\n");
    }
    Files.writeString(in.resolve("slow.txt"), text.toString());
    Path cfg = config("limits.stageSeconds = 0.5");
    String store = tmp.resolve("store").toString();
    Cli.Run r = Cli.run("ingest", "--config", cfg.toString(), "--store", store, in.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().startsWith("Ingested 1 article"), r.out());
    // the time the stage had when it was stopped: the budget, or a little more on a busy machine
    String note = "note: " + in.resolve("slow.txt") + ": nlp.corenlp.v1 was stopped after ";
    assertTrue(r.err().lines().anyMatch(l -> l.contains(note) && l.substring(l.indexOf(note) + note.length())
        .matches("(0\\.[5-9]|[1-9](\\.\\d)?) s \\(limits\\.stageSeconds\\).*")), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.matches(".*: entities\\.gazetteer\\.v\\d+ did not run: it needs what"
        + " nlp\\.corenlp\\.v1 did not finish")), r.err());
    try (NewsStore st = NewsStore.open(Path.of(store))) {
      AnalyzedArticle a = st.article(st.articles(0, 1).get(0).id()).orElseThrow();
      assertTrue(a.stageIds().isEmpty(), "no stage finished: " + a.stageIds());
      assertTrue(a.notes().get(0).startsWith("nlp.corenlp.v1 was stopped"), a.notes().toString());
    }
  }
}
