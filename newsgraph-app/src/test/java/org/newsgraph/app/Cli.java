package org.newsgraph.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.newsgraph.app.cli.Main;

/** Runs the real command line in-process and captures what a user would see. */
final class Cli {
  record Run(int exit, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static Path example() {
    return Path.of(System.getProperty("newsgraph.home", ".."), "examples", "arabnews-2025.txt");
  }
}
