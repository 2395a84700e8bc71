package org.newsgraph.eval.harness;

import java.io.IOException;

/**
 * One entry of a gold data set, read only when the harness reaches it, so that a file that does not parse is one
 * skipped item with its reason rather than a failed run.
 */
public interface GoldEntry<I, G> {
  /** How messages name the entry before it is read (a file name, a line number). */
  String name();

  /** Reads the entry; throws with a message a person can act on when it cannot. */
  GoldItem<I, G> read() throws IOException;

  /** An entry whose item is already in hand. */
  static <I, G> GoldEntry<I, G> of(GoldItem<I, G> item) {
    return new GoldEntry<>() {
      @Override
      public String name() {
        return item.name();
      }

      @Override
      public GoldItem<I, G> read() {
        return item;
      }
    };
  }
}
