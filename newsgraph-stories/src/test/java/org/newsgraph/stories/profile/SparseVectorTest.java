package org.newsgraph.stories.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
  @Test
  void heaviest_gives_the_first_keys_of_by_weight_that_pass_the_filter_ties_included() {
    SplittableRandom r = new SplittableRandom(3);
    for (int round = 0; round < 200; round++) {
      Map<String, Float> m = new HashMap<>();
      int size = r.nextInt(40);
      for (int i = 0; i < size; i++) {
        String prefix = r.nextBoolean() ? "person:" : "place:";
        m.put(prefix + r.nextInt(100), (float) (1 + r.nextInt(4))); // few weights: many ties, broken by key
      }
      SparseVector v = SparseVector.of(m);
      int n = r.nextInt(12);
      List<String> people = v.byWeight().stream().filter(k -> k.startsWith("person:")).limit(n).toList();
      assertEquals(people, v.heaviest(n, k -> k.startsWith("person:")));
      assertEquals(v.byWeight().subList(0, Math.min(n, v.size())), v.heaviest(n, k -> true));
    }
  }

  @Test
  void filter_keeps_the_passing_entries_in_order_and_the_same_vector_when_all_pass() {
    SparseVector v = SparseVector.of(Map.of("a", 1f, "b", 2f, "c", 3f));
    assertEquals(SparseVector.of(Map.of("a", 1f, "c", 3f)), v.filter(i -> !v.key(i).equals("b")));
    assertSame(v, v.filter(i -> true));
  }

  @Test
  void reweighing_through_counters_equals_reweighing_by_lookup_after_later_articles() {
    DocumentFrequencies df = new DocumentFrequencies();
    df.add(List.of("quake", "chile"));
    SparseVector v = SparseVector.of(Map.of("quake", 0.6f, "chile", 0.8f, "unseen", 0.1f));
    DocumentFrequencies.Counter[] counters = Vectors.counters(v, df);
    df.add(List.of("quake", "unseen"));
    df.add(List.of("quake"));
    assertEquals(Vectors.reweigh(v, df), Vectors.reweigh(v, counters, df));
    Vectors.counters(SparseVector.of(Map.of("never", 1f)), df);
    assertEquals(3, df.size()); // "unseen" came in the second article; "never" has a counter but no article
    assertEquals(3, df.count("quake"));
  }

  @Test
  void keys_given_in_order_make_the_vector_the_map_makes_and_others_are_sorted_and_summed() {
    SplittableRandom r = new SplittableRandom(9);
    for (int round = 0; round < 200; round++) {
      Map<String, Float> m = new HashMap<>();
      for (int i = r.nextInt(30); i > 0; i--) {
        m.put("k" + r.nextInt(60), (float) r.nextDouble());
      }
      SparseVector v = SparseVector.of(m);
      // as the store gives them back: its keys in order
      assertEquals(v, SparseVector.of(v.keys(), v.weights()));
      assertEquals(v.norm(), SparseVector.of(v.keys(), v.weights()).norm());
    }
    SparseVector mixed = SparseVector.of(List.of("b", "a", "b"), new float[] {1f, 2f, 3f});
    assertEquals(SparseVector.of(Map.of("a", 2f, "b", 4f)), mixed);
    assertEquals(SparseVector.of(Map.of("a", 1f, "b", 2f)), SparseVector.of(List.of("a", "b"), new float[] {1f, 2f}));
  }
}
