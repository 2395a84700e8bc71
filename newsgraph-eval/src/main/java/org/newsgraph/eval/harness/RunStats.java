package org.newsgraph.eval.harness;

import java.util.List;

/**
 * What one system's pass over a gold data set counted besides the figures (those are the scorer's).
 *
 * @param system         the system's name
 * @param items          items scored
 * @param skipped        items that could not be read or answered (one message each)
 * @param messages       one line per skipped item, naming it and why
 * @param prepareSeconds time in the preparing step (NLP and the stages before the one measured)
 * @param predictSeconds time in the predicting step alone
 */
public record RunStats(String system, int items, int skipped, List<String> messages, double prepareSeconds,
    double predictSeconds) {
  public RunStats {
    messages = List.copyOf(messages);
  }

  /** Items per second of the predicting step alone (0 when nothing was timed). */
  public double itemsPerSecond() {
    return predictSeconds == 0 ? 0 : items / predictSeconds;
  }
}
