package org.newsgraph.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * CoreNLP prints its progress through its own logger (Redwood). By default that chatter is dropped so it never
 * lands over the user's output; with {@link #verbose(boolean) verbose} it goes to SLF4J, which the application
 * routes to its log.
 */
public final class NlpLogging {
  private static volatile boolean verbose;

  private NlpLogging() {}

  public static void verbose(boolean on) {
    verbose = on;
    apply();
  }

  public static void apply() {
    if (verbose) {
      RedwoodConfiguration.slf4j().apply();
    } else {
      RedwoodConfiguration.current().clear().apply();
    }
  }
}
