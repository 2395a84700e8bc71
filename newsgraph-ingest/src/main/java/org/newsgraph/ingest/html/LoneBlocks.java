package org.newsgraph.ingest.html;

/**
 * A lone block is left out: a block the model takes while it leaves out the blocks on both sides of it (a stray line
 * among the links and notices around the text: a sign-off, a caption, one teaser of a list) is dropped unless the
 * model is sure of it (probability at least {@code sure}). A short block left out (under {@value #SHORT} words: an
 * "Advertisement" slot, a "Share" label between two paragraphs) does not part a block from its neighbours. Only on a
 * page where the model takes a run of two or more blocks in a row (so the text exists elsewhere; a page whose body is
 * one block, or whose paragraphs all stand apart, is left alone). Applied to the model's choice before
 * {@link PageBlocks#tidy}; its effect host by host is in docs/BENCHMARKS.md ("session 9").
 */
final class LoneBlocks {
  /** Blocks left out with fewer words than this do not part a kept block from the next kept one. */
  static final int SHORT = 5;

  private LoneBlocks() {}

  /**
   * Clears {@code keep} for each lone kept block whose probability {@code p} is under {@code sure}; {@code words}
   * are the blocks' word counts.
   */
  static void apply(double[] p, int[] words, boolean[] keep, double sure) {
    boolean run = false;
    for (int i = 0; i + 1 < keep.length && !run; i++) {
      run = keep[i] && keep[i + 1];
    }
    if (!run) {
      return;
    }
    boolean[] was = keep.clone();
    for (int i = 0; i < keep.length; i++) {
      if (was[i] && p[i] < sure && !kept(was, words, i, -1) && !kept(was, words, i, 1)) {
        keep[i] = false;
      }
    }
  }

  /** Whether the first block from {@code i} in direction {@code step} that is kept or not short is kept. */
  private static boolean kept(boolean[] keep, int[] words, int i, int step) {
    int j = i + step;
    while (j >= 0 && j < keep.length && !keep[j] && words[j] < SHORT) {
      j += step;
    }
    return j >= 0 && j < keep.length && keep[j];
  }

  /** The number of words (runs of letters, digits or '_') in {@code text}. */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean w = cp == '_' || Character.isLetterOrDigit(cp);
      n += w && !in ? 1 : 0;
      in = w;
      i += Character.charCount(cp);
    }
    return n;
  }
}
