package org.newsgraph.eval.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --cache DIR}: the NLP output of each document kept between runs, so a rerun costs the rules' time only. */
public final class NlpCacheOption {
  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep the NLP output of each document here and reuse it on the next run (for tuning and "
          + "training; clear it after changing the NLP settings).")
  Path dir;

  /** The folder, or null when none was given. */
  Path dir() {
    return dir;
  }
}
