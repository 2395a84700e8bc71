package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LoneBlocksTest {
  private static boolean[] keep(double[] p, double threshold, double sure) {
    int[] words = new int[p.length];
    java.util.Arrays.fill(words, 20);
    return keep(p, words, threshold, sure);
  }

  private static boolean[] keep(double[] p, int[] words, double threshold, double sure) {
    boolean[] k = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      k[i] = p[i] >= threshold;
    }
    LoneBlocks.apply(p, words, k, sure);
    return k;
  }

  @Test
  void a_lone_block_away_from_the_text_is_left_out_unless_the_model_is_sure() {
    // the text (blocks 1-3), a link list, then a lone sign-off (0.6) and a lone sure paragraph (0.95)
    double[] p = {0.1, 0.8, 0.9, 0.7, 0.2, 0.1, 0.6, 0.2, 0.95, 0.1};
    assertArrayEquals(new boolean[] {false, true, true, true, false, false, false, false, true, false},
        keep(p, 0.5, 0.9));
  }

  @Test
  void a_page_without_a_run_of_kept_blocks_is_left_alone() {
    // paragraphs that each stand between blocks left out (say, photos with captions between them)
    double[] p = {0.7, 0.2, 0.6, 0.1, 0.8};
    assertArrayEquals(new boolean[] {true, false, true, false, true}, keep(p, 0.5, 0.9));
    // a body that is one block
    assertArrayEquals(new boolean[] {false, true, false}, keep(new double[] {0.1, 0.6, 0.1}, 0.5, 0.9));
  }

  @Test
  void a_short_block_left_out_does_not_part_a_paragraph_from_the_text() {
    // the lede, an "Advertisement" slot (1 word), the rest of the text; then a lone line after a long block
    double[] p = {0.85, 0.02, 0.98, 0.87, 0.1, 0.6};
    assertArrayEquals(new boolean[] {true, false, true, true, false, false},
        keep(p, new int[] {30, 1, 30, 3, 40, 12}, 0.5, 0.9));
  }

  @Test
  void words_are_runs_of_letters_and_digits() {
    org.junit.jupiter.api.Assertions.assertEquals(6, LoneBlocks.words("Share on X — 2 times, é_t"));
  }

  @Test
  void blocks_at_the_edges_of_a_run_are_not_lone() {
    double[] p = {0.6, 0.6, 0.1, 0.6, 0.6};
    assertArrayEquals(new boolean[] {true, true, false, true, true}, keep(p, 0.5, 0.9));
  }
}
