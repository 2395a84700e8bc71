package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

class NerLayerTest {
  /** A sentence of words written word/TYPE (CoreNLP's type) or bare (O); offsets are only consecutive. */
  private static Sentence sentence(int index, String words) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String t : words.split(" ")) {
      String w = t.contains("/") ? t.substring(0, t.indexOf('/')) : t;
      String ner = t.contains("/") ? t.substring(t.indexOf('/') + 1) : "O";
      tokens.add(new Token(tokens.size(), new Span(at, at + w.length()), w, "NNP", w, ner, -1, "dep"));
      at += w.length() + 1;
    }
    return new Sentence(index, new Span(0, at), tokens);
  }

  @Test
  void a_surname_alone_follows_the_person_named_in_full_when_its_own_vote_ties() {
    List<List<String>> tags = NerLayer.bundled().tag(List.of(
        sentence(0, "Alicia/PERSON Keys/PERSON will sing"),
        sentence(1, "Keys/ORGANIZATION , who sings , agreed"),
        sentence(2, "Keys/PERSON said so")));
    assertEquals("B-PER", tags.get(1).get(0));
    assertEquals("B-PER", tags.get(2).get(0));
  }

  @Test
  void a_surname_the_article_types_otherwise_more_often_keeps_that_type() {
    List<List<String>> tags = NerLayer.bundled().tag(List.of(
        sentence(0, "Tom/PERSON Ford/PERSON spoke"),
        sentence(1, "Ford/ORGANIZATION sold cars"),
        sentence(2, "Ford/ORGANIZATION rose"),
        sentence(3, "Ford/ORGANIZATION fell")));
    assertEquals("B-ORG", tags.get(1).get(0));
  }
}
