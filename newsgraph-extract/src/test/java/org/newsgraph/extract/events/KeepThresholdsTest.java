package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeepThresholdsTest {
  private static final List<Double> T = List.of(0.5, 0.6, 0.7);
  private static final List<Double> PS = List.of(0.2);

  /** Ten articles of one trigger each; kept[g] lists which are kept at grid point g. */
  private static KeepThresholds grid(boolean[] right, boolean[]... kept) {
    String[] keys = new String[right.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = "a" + i;
    }
    return new KeepThresholds(T, PS, kept, right, keys);
  }

  @Test
  void plainIsTheBestF05WithTiesToTheFirstPoint() {
    boolean[] right = {true, true, false, false};
    KeepThresholds k = grid(right, new boolean[] {true, true, true, false}, new boolean[] {true, true, false, false},
        new boolean[] {true, true, false, false});
    assertArrayEquals(new double[] {0.6, 0.2}, k.plain(), 1e-12);
  }

  /** One trigger per article with its confidence; kept at a threshold when the confidence reaches it. */
  private static KeepThresholds scored(double[] confidence, boolean[] right) {
    boolean[][] kept = new boolean[T.size()][confidence.length];
    for (int g = 0; g < T.size(); g++) {
      for (int i = 0; i < confidence.length; i++) {
        kept[g][i] = confidence[i] >= T.get(g);
      }
    }
    return grid(right, kept);
  }

  @Test
  void oneArticleDoesNotMoveTheBaggedChoiceOffAFlatTop() {
    double[] c = {0.65, 0.45, 0.55, 0.55, 0.55, 0.55, 0.75, 0.75, 0.65, 0.55, 0.65, 0.65, 0.65, 0.65, 0.55, 0.65};
    int[] r = {0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 1};
    boolean[] right = new boolean[r.length];
    for (int i = 0; i < r.length; i++) {
      right[i] = r[i] == 1;
    }
    KeepThresholds all = scored(c, right);
    KeepThresholds without = scored(Arrays.copyOf(c, c.length - 1), Arrays.copyOf(right, r.length - 1));
    // the plain argmax moves a step when the last article is left out; the bagged choice stays
    assertArrayEquals(new double[] {0.6, 0.2}, all.plain(), 1e-12);
    assertArrayEquals(new double[] {0.5, 0.2}, without.plain(), 1e-12);
    assertArrayEquals(new double[] {0.6, 0.2}, all.bagged(), 1e-12);
    assertArrayEquals(new double[] {0.6, 0.2}, without.bagged(), 1e-12);
    assertArrayEquals(all.bagged(), all.bagged(), 1e-12, "deterministic");
  }
}
