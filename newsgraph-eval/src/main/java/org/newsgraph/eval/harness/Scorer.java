package org.newsgraph.eval.harness;

/**
 * Takes each scored item with the system's answer: counts it, and may write what a user asked for beside the figures
 * (error lines, predictions). Runs only for items the system answered.
 */
@FunctionalInterface
public interface Scorer<I, G, P> {
  void add(GoldItem<I, G> item, P predicted);

  /** This scorer, then {@code next}, on every item. */
  default Scorer<I, G, P> andThen(Scorer<I, G, P> next) {
    return (item, predicted) -> {
      add(item, predicted);
      next.add(item, predicted);
    };
  }
}
