package org.newsgraph.extract.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words that keep the same company get close vectors; the same documents give the same vectors. */
class WordVectorsTest {
  /**
   * Synthetic documents: "soldier" and "troop" always appear with war words, "apple" and "pear" with fruit words,
   * never together; each topic also draws on filler words.
   */
  private static List<List<String>> documents() {
    String[] war = {"army", "border", "attack", "gun", "tank", "fight"};
    String[] fruit = {"tree", "sweet", "juice", "orchard", "ripe", "harvest"};
    Random r = new Random(7);
    List<List<String>> docs = new ArrayList<>();
    for (int d = 0; d < 400; d++) {
      boolean isWar = d % 2 == 0;
      String[] topic = isWar ? war : fruit;
      String[] pair = isWar ? new String[] {"soldier", "troop"} : new String[] {"apple", "pear"};
      List<String> doc = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        doc.add(i % 5 == 0 ? pair[r.nextInt(2)] : topic[r.nextInt(topic.length)]);
      }
      docs.add(doc);
    }
    return docs;
  }

  private static final List<String> VOCABULARY = List.of("soldier", "troop", "apple", "pear", "army", "border",
      "attack", "gun", "tank", "fight", "tree", "sweet", "juice", "orchard", "ripe", "harvest");

  @Test
  void words_of_the_same_company_are_closer_than_words_of_another() {
    WordVectors v = WordVectors.learn(documents(), VOCABULARY, 18L);
    assertTrue(v.similarity("soldier", "troop") > v.similarity("soldier", "apple") + 0.5,
        v.similarity("soldier", "troop") + " vs " + v.similarity("soldier", "apple"));
    assertTrue(v.similarity("apple", "pear") > v.similarity("pear", "tank") + 0.5);
    assertEquals(1.0, v.similarity("apple", "apple"), 1e-9);
    assertEquals(0.0, v.similarity("apple", "unseen"), 1e-9);
  }

  @Test
  void the_same_documents_give_the_same_vectors() {
    WordVectors a = WordVectors.learn(documents(), VOCABULARY, 18L);
    WordVectors b = WordVectors.learn(documents(), VOCABULARY, 18L);
    assertEquals(a.all().keySet(), b.all().keySet());
    for (String w : a.all().keySet()) {
      assertArrayEquals(a.get(w), b.get(w));
    }
  }
}
