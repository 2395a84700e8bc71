package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** newsgraph's own named-entity tagger: its tag scheme, what it learns from a few sentences, and its file. */
class NerTaggerTest {
  private static final String[] PEOPLE = {"Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans"};
  private static final String[] TOWNS = {"Leeds", "Dover", "Bath", "York", "Hull", "Derby"};

  /** "X said on Monday ." and "He flew to Y ." for each person X and town Y: the verbs carry the type. */
  private static List<NerTaggerTrainer.Document> documents(int from, int to) {
    List<NerTaggerTrainer.Document> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      List<List<String>> words = List.of(
          List.of("Mr", PEOPLE[i], "said", "on", "Monday", "."),
          List.of("He", "flew", "to", TOWNS[i], "on", "Tuesday", "."));
      List<List<String>> gold = List.of(
          List.of("O", "B-PER", "O", "O", "O", "O"),
          List.of("O", "O", "O", "B-LOC", "O", "O", "O"));
      out.add(new NerTaggerTrainer.Document(words, gold));
    }
    return out;
  }

  private static NerTagger trained() {
    return NerTaggerTrainer.train(documents(0, 4), WordClusters.none(), NerTaggerTrainer.defaults(), 0, line -> { });
  }

  @Test
  void iob1_and_iobes_tags_read_as_iob2() {
    assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"),
        NerTaggerTrainer.iob2(List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC")));
    assertEquals(List.of("B-ORG", "I-ORG", "B-ORG", "B-MISC"),
        NerTaggerTrainer.iob2(List.of("B-ORG", "E-ORG", "S-ORG", "S-MISC")));
  }

  @Test
  void the_tagger_types_names_it_never_saw_by_their_context() {
    NerTagger tagger = trained();
    List<List<String>> tags = tagger.tag(documents(4, 6).get(1).words());
    assertEquals(List.of(List.of("O", "B-PER", "O", "O", "O", "O"), List.of("O", "O", "O", "B-LOC", "O", "O", "O")),
        tags);
  }

  @Test
  void the_same_training_writes_the_same_bytes_and_reads_back_the_same_tagger(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a.tsv.gz");
    Path b = tmp.resolve("b.tsv.gz");
    trained().write(a);
    trained().write(b);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    NerTagger read = NerTagger.read(a);
    List<List<String>> words = documents(5, 6).get(0).words();
    assertEquals(trained().tag(words), read.tag(words));
    assertFalse(read.hasVote());
  }

  @Test
  void a_model_without_a_vote_refuses_to_vote() {
    List<List<String>> w = List.of(List.of("Paris"));
    NerTagger tagger = trained();
    assertThrows(IllegalStateException.class, () -> tagger.stack(List.of(List.of("B-LOC")), tagger.tagged(w)));
  }
}
