package org.newsgraph.stories.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorsTest {
  @Test
  void the_cosine_with_a_reweighed_vector_equals_the_cosine_with_the_vector_made_to_the_last_bit() {
    SplittableRandom r = new SplittableRandom(17);
    DocumentFrequencies df = new DocumentFrequencies();
    for (int round = 0; round < 300; round++) {
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(30); i++) {
        seen.add("k" + r.nextInt(60));
      }
      df.add(seen);
      SparseVector a = vector(r, 1 + r.nextInt(25));
      SparseVector v = r.nextInt(10) == 0 ? SparseVector.EMPTY : vector(r, r.nextInt(40));
      DocumentFrequencies.Counter[] counters = Vectors.counters(v, df);
      SparseVector b = Vectors.reweigh(v, counters, df);
      assertEquals(a.cosine(b), Vectors.cosineReweighed(a, v, counters, df, Double.POSITIVE_INFINITY));
      double most = r.nextInt(round + 2) + 0.5 * r.nextInt(2);
      SparseVector kept = b.filter(i -> counters[i].count() <= most);
      assertEquals(a.cosine(kept), Vectors.cosineReweighed(a, v, counters, df, most));
    }
  }

  @Test
  void idf_by_count_follows_the_articles_counted_and_counts_past_the_kept_ones() {
    DocumentFrequencies df = new DocumentFrequencies();
    for (int n = 0; n < 50; n++) {
      for (int count : new int[] {0, 1, 7, 1023, 1024, 5000}) {
        assertEquals(Math.log((n + 1.0) / (count + 1.0)) + 1.0, df.idf(count));
        assertEquals(Math.log((n + 1.0) / (count + 1.0)) + 1.0, df.idf(count)); // asked again: the kept value
      }
      df.add(List.of("x"));
    }
    df.restoreArticles(3);
    assertEquals(Math.log(4.0 / 2.0) + 1.0, df.idf(1));
  }

  private static SparseVector vector(SplittableRandom r, int size) {
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < size; i++) {
      m.put("k" + r.nextInt(60), (float) (r.nextDouble() * 3));
    }
    return SparseVector.of(m);
  }
}
