package org.newsgraph.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.app.cli.Main;

/** What the {@code eval} commands share: checking the gold path, and the exit code. */
final class Evaluations {
  private Evaluations() {}

  static void requireFolder(Path gold) {
    if (!Files.isDirectory(gold)) {
      throw new IllegalArgumentException(gold + ": no such folder");
    }
  }

  static void requireFile(Path gold) {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException(gold + ": no such file");
    }
  }

  /** Some input could not be scored: the figures stand, but scripts should notice. */
  static int exitCode(int skipped) {
    return skipped > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
  }
}
