package org.newsgraph.ingest.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.ingest.html.BlockCutter.Block;

/**
 * A second copy of the text in one block is left out: a kept block whose word 4-grams are (at least
 * {@value #COVERED}) already in the kept blocks before it, drawn from two or more of them, repeats text the article
 * already has (a page that prints its paragraphs and then the whole text again in one block). A single paragraph
 * said twice (an interview's recurring question, a pull quote) is left alone. Applied to the block model's choice;
 * kept because it raised the leave-one-host-out F1 (docs/BENCHMARKS.md, "third round").
 */
final class RepeatedText {
  /** The share of a block's 4-grams the text before it must already have. */
  static final double COVERED = 0.8;
  /** Blocks with fewer 4-grams than this (short lines) are never dropped as repeats. */
  private static final int MIN_GRAMS = 8;

  private RepeatedText() {}

  /** Clears {@code keep} for each kept block that repeats two or more kept blocks before it. */
  static void apply(List<Block> blocks, boolean[] keep) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < keep.length; i++) {
      if (!keep[i]) {
        continue;
      }
      Set<String> own = grams(BodySelector.norm(blocks.get(i).text()));
      if (own.size() >= MIN_GRAMS) {
        int hit = 0;
        Set<Integer> from = new HashSet<>();
        for (String g : own) {
          Integer b = seen.get(g);
          if (b != null) {
            hit++;
            from.add(b);
          }
        }
        if (hit >= COVERED * own.size() && from.size() >= 2) {
          keep[i] = false;
          continue;
        }
      }
      for (String g : own) {
        seen.putIfAbsent(g, i);
      }
    }
  }

  private static Set<String> grams(String normed) {
    Set<String> out = new HashSet<>();
    if (normed.isEmpty()) {
      return out;
    }
    String[] w = normed.split(" ");
    for (int i = 0; i + 4 <= w.length; i++) {
      out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]);
    }
    return out;
  }
}
