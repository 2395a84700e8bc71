package org.newsgraph.eval.harness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one evaluation loop every task shares: for each gold entry, read it, let the system prepare and predict (each
 * step timed apart), and hand the answer to the scorer. An entry that cannot be read, or that the system fails on,
 * is skipped with a one-line message naming it and why; the run goes on. Tasks differ only in their corpus, their
 * systems and their scorer.
 */
public final class Harness {
  private Harness() {}

  /**
   * Runs {@code system} over {@code entries}.
   *
   * @param log gets "skipped NAME: reason" lines as they happen (may be null)
   */
  public static <I, G, X, P> RunStats run(List<? extends GoldEntry<I, G>> entries, SystemUnderTest<I, X, P> system,
      Scorer<I, G, P> scorer, Consumer<String> log) {
    Consumer<String> out = log == null ? s -> { } : log;
    List<String> messages = new ArrayList<>();
    long prepareNanos = 0;
    long predictNanos = 0;
    int items = 0;
    for (GoldEntry<I, G> entry : entries) {
      GoldItem<I, G> item;
      try {
        item = entry.read();
      } catch (IOException | RuntimeException e) {
        String why = oneLine(e);
        skip(messages, out, why.startsWith(entry.name() + ":") ? why : entry.name() + ": " + why);
        continue;
      }
      long t0 = System.nanoTime();
      X prepared;
      try {
        prepared = system.prepare().apply(item.input());
      } catch (RuntimeException | StackOverflowError e) {
        skip(messages, out, item.name() + ": analysis failed: " + oneLine(e));
        continue;
      }
      long t1 = System.nanoTime();
      P predicted;
      try {
        predicted = system.predict().apply(prepared);
      } catch (RuntimeException | StackOverflowError e) {
        skip(messages, out, item.name() + ": " + system.name() + " failed: " + oneLine(e));
        continue;
      }
      long t2 = System.nanoTime();
      try {
        scorer.add(item, predicted);
      } catch (RuntimeException e) {
        skip(messages, out, item.name() + ": " + oneLine(e));
        continue;
      }
      prepareNanos += t1 - t0;
      predictNanos += t2 - t1;
      items++;
    }
    return new RunStats(system.name(), items, messages.size(), messages, prepareNanos / 1e9, predictNanos / 1e9);
  }

  private static void skip(List<String> messages, Consumer<String> log, String message) {
    messages.add(message);
    log.accept("skipped " + message);
  }

  /** The exception's message on one line (its class name when it has none). */
  public static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
