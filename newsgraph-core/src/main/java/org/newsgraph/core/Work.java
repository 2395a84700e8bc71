package org.newsgraph.core;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where long work counts its steps and can be stopped. Code that loops over a document (a rule engine over its
 * candidates, a stage over its sentences, a reader over its records) reports the steps it takes with {@link #step};
 * that call also stops the work, with a {@link CancellationException}, once the thread has been interrupted (a time
 * budget ran out). Regular expressions read the text through {@link #text}, so that a match that runs long can be
 * stopped too.
 *
 * <p>Steps are only counted inside {@link #count} (a test's meter, on the current thread); elsewhere {@link #step}
 * costs a thread-local read and an interrupt check. A test doubles an input and checks that the steps roughly double:
 * work measured in steps, not in seconds, so that the check holds on a busy machine.
 */
public final class Work {
  private static final ThreadLocal<long[]> METER = new ThreadLocal<>();
  /** How many meters run, in any thread: while none does, counting costs one read of this field. */
  private static final AtomicInteger METERING = new AtomicInteger();
  /** Characters read by a regular expression between two checks. */
  private static final int CHECK_EVERY = 4096;

  private Work() {}

  /** Reports {@code n} steps done; throws {@link CancellationException} when the thread has been interrupted. */
  public static void step(long n) {
    tally(n);
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("stopped: its time budget ran out");
    }
  }

  /**
   * Counts {@code n} steps without checking for interruption: for the primitive operations of the model's values
   * ({@link Span#overlaps}, {@link Sentence#dependentsOf}), which any loop over a document repeats, so that a loop
   * that compares every span with every other shows in the count wherever it is.
   */
  public static void tally(long n) {
    if (METERING.get() > 0) {
      long[] m = METER.get();
      if (m != null) {
        m[0] += n;
      }
    }
  }

  /** One step. */
  public static void step() {
    step(1);
  }

  /** Runs {@code work} on this thread and returns the steps it reported (nested counts add to the outer one). */
  public static long count(Runnable work) {
    long[] outer = METER.get();
    long[] m = {0};
    METER.set(m);
    METERING.incrementAndGet();
    try {
      work.run();
    } finally {
      METERING.decrementAndGet();
      METER.set(outer);
      if (outer != null) {
        outer[0] += m[0];
      }
    }
    return m[0];
  }

  /**
   * {@code s} as a character sequence whose every read is a step (counted in blocks) and which stops a regular
   * expression running over it once the thread has been interrupted. Offsets are those of {@code s}.
   */
  public static CharSequence text(String s) {
    return new Steps(s, 0, s.length());
  }

  /** A view of a string whose reads count as steps. */
  private static final class Steps implements CharSequence {
    private final String s;
    private final int begin;
    private final int end;
    private int reads;

    Steps(String s, int begin, int end) {
      this.s = s;
      this.begin = begin;
      this.end = end;
    }

    @Override
    public int length() {
      return end - begin;
    }

    @Override
    public char charAt(int index) {
      if (++reads == CHECK_EVERY) {
        reads = 0;
        step(CHECK_EVERY);
      }
      return s.charAt(begin + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      if (from < 0 || to > length() || from > to) {
        throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + length());
      }
      return new Steps(s, begin + from, begin + to);
    }

    @Override
    public String toString() {
      return s.substring(begin, end);
    }
  }
}
