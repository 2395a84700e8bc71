package org.newsgraph.ingest.html;

import java.util.List;
import org.newsgraph.ingest.html.BlockCutter.Block;

/**
 * The article starts at its headline: when the page prints its own headline as a heading (an {@code h1}–{@code h6}
 * whose text is the page's headline or {@code <title>}) and blocks after it are kept, the blocks kept before that
 * heading are left out. What sits above the headline is the site's furniture or other stories' teasers (a list of
 * linked headlines with their ledes can be longer than the article and win the model's vote). Applied to the block
 * model's choice, after the model; kept because it raised the leave-one-host-out F1 (docs/BENCHMARKS.md, "third
 * round"), on three hosts and lowering none.
 */
final class HeadlineStart {
  private HeadlineStart() {}

  /** Clears {@code keep} before the first heading that prints the page's headline, when something after it is kept. */
  static void apply(HtmlExtractor.Analysis a, boolean[] keep) {
    int start = headline(a);
    if (start <= 0) {
      return;
    }
    boolean keptAfter = false;
    for (int i = start; i < keep.length && !keptAfter; i++) {
      keptAfter = keep[i];
    }
    if (keptAfter) {
      for (int i = 0; i < start; i++) {
        keep[i] = false;
      }
    }
  }

  /** The index of the first heading block whose text is the page's headline or title; -1 when there is none. */
  private static int headline(HtmlExtractor.Analysis a) {
    String headline = a.meta().headline() == null ? null : BodySelector.norm(a.meta().headline());
    String title = a.title() == null || a.title().isBlank() ? null : BodySelector.norm(a.title());
    List<Block> blocks = a.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      String tag = blocks.get(i).owner().tagName();
      if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
        String normed = BodySelector.norm(blocks.get(i).text());
        if (headline != null && normed.equals(headline) || title != null && normed.equals(title)) {
          return i;
        }
      }
    }
    return -1;
  }
}
