package org.newsgraph.eval.harness;

import java.util.function.Function;

/**
 * A system the harness scores, in two timed steps: {@code prepare} is what comes before the part being measured (NLP
 * and the stages ahead of the one under test, or reading a page), {@code predict} is the part itself. A reference
 * system that does everything in one go prepares nothing.
 *
 * @param name    how the figures and messages name it
 * @param prepare from the gold item's input to what {@code predict} reads
 * @param predict the system's answer
 */
public record SystemUnderTest<I, X, P>(String name, Function<I, X> prepare, Function<X, P> predict) {
  /** A system with nothing to prepare. */
  public static <I, P> SystemUnderTest<I, I, P> of(String name, Function<I, P> predict) {
    return new SystemUnderTest<>(name, Function.identity(), predict);
  }
}
