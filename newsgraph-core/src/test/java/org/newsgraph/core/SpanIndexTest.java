package org.newsgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index answers exactly what a pass over every item would, in the items' order, reading only a few of them. */
class SpanIndexTest {
  @Test
  void overlapping_within_and_containing_answer_as_a_full_pass_does() {
    long seed = 20261207L;
    Random r = new Random(seed);
    for (int round = 0; round < 200; round++) {
      List<Span> items = new ArrayList<>();
      for (int i = r.nextInt(40); i > 0; i--) {
        int b = r.nextInt(200);
        items.add(new Span(b, b + r.nextInt(r.nextBoolean() ? 5 : 60)));
      }
      SpanIndex<Span> index = SpanIndex.ofSpans(items);
      for (int q = 0; q < 20; q++) {
        int b = r.nextInt(210);
        Span s = new Span(b, b + r.nextInt(30));
        assertEquals(items.stream().filter(x -> x.overlaps(s)).toList(), index.overlapping(s), "seed " + seed);
        assertEquals(items.stream().filter(s::contains).toList(), index.within(s), "seed " + seed);
        assertEquals(items.stream().filter(x -> x.contains(s)).toList(), index.containing(s), "seed " + seed);
      }
    }
  }

  @Test
  void a_query_reads_the_items_near_it_not_every_item() {
    List<Span> words = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      words.add(new Span(i * 6, i * 6 + 5));
    }
    SpanIndex<Span> index = SpanIndex.ofSpans(words);
    long steps = Work.count(() -> assertEquals(List.of(words.get(50_000)), index.overlapping(new Span(300_001,
        300_002))));
    assertTrue(steps < 10, "a query in 100,000 words took " + steps + " steps");
  }

  @Test
  void the_same_immutable_list_gets_the_same_index_and_a_changing_one_a_fresh_index() {
    List<Sentence> sentences = List.of(new Sentence(0, new Span(0, 10), List.of()));
    assertSame(SpanIndex.ofSentences(sentences), SpanIndex.ofSentences(sentences));
    List<Sentence> changing = new ArrayList<>(sentences);
    SpanIndex<Sentence> first = SpanIndex.ofSentences(changing);
    changing.add(new Sentence(1, new Span(11, 20), List.of()));
    assertEquals(1, first.size());
    assertEquals(2, SpanIndex.ofSentences(changing).size());
  }
}
