package org.newsgraph.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.nlp.NlpLogging;

/**
 * Keeps library chatter (CoreNLP, Jetty, DuckDB) off the user's terminal: by default it goes to a log file in the
 * store folder (warnings and up); with {@code --verbose}, everything at info goes to standard error.
 */
public final class Logging {
  private static volatile boolean configured;

  private Logging() {}

  /** Must run before the first logger is created; later calls are ignored. */
  public static synchronized void configure(boolean verbose, Path logDir) {
    if (configured) {
      return;
    }
    configured = true;
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
      System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    } else {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
      String target = "System.err";
      try {
        if (logDir != null) {
          Files.createDirectories(logDir);
          target = logDir.resolve("newsgraph.log").toString();
        }
      } catch (java.io.IOException e) {
        // no writable log folder: warnings go to standard error
      }
      System.setProperty("org.slf4j.simpleLogger.logFile", target);
    }
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    NlpLogging.verbose(verbose);
  }
}
