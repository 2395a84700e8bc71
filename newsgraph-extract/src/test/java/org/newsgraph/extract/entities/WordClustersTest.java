package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word clusters: words in the same places cluster together, deterministically, and survive the model file. */
class WordClustersTest {
  private static final WordClusters.Settings SMALL = new WordClusters.Settings(100, 1, 20, new int[] {2, 1}, 5);

  /** Towns after "in" and before "today"; people before "said" and after "Mr". */
  private static List<List<String>> text() {
    List<List<String>> out = new ArrayList<>();
    for (String town : List.of("Paris", "Oslo", "Rome", "Lima")) {
      for (int k = 0; k < 3; k++) {
        out.add(List.of("rain", "fell", "in", town, "today", "."));
      }
    }
    for (String person : List.of("Smith", "Jones", "Brown", "Evans")) {
      for (int k = 0; k < 3; k++) {
        out.add(List.of("Mr", person, "said", "so", "."));
      }
    }
    return out;
  }

  @Test
  void words_that_stand_in_the_same_places_share_a_cluster() {
    WordClusters c = WordClusters.learn(text(), SMALL, line -> { });
    assertEquals(c.of("Paris")[0], c.of("Lima")[0]);
    assertEquals(c.of("Smith")[0], c.of("Evans")[0]);
    assertNotEquals(c.of("Paris")[0], c.of("Smith")[0]);
    assertEquals(c.of("Paris")[0], c.of("PARIS")[0], "a word in capitals falls back to its capitalised form");
    assertNull(c.of("Tokyo"));
  }

  @Test
  void the_same_text_gives_the_same_clusters_and_the_file_keeps_them() {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    try {
      WordClusters.learn(text(), SMALL, line -> { }).write(a, "clusters");
      WordClusters.learn(text(), SMALL, line -> { }).write(b, "clusters");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(a.toString(), b.toString());
    List<String> lines = Arrays.stream(a.toString().split("\n")).map(l -> l.substring(l.indexOf('\t') + 1)).toList();
    WordClusters read = WordClusters.read(lines);
    assertArrayEquals(WordClusters.learn(text(), SMALL, line -> { }).of("Oslo"), read.of("Oslo"));
  }
}
