package org.newsgraph.app.cli;

import java.io.PrintWriter;
import org.newsgraph.app.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --json} switch and the command's writers, for commands that print either JSON or text. */
public final class JsonOutput {
  @Option(names = "--json", description = "Print JSON.")
  public boolean json;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  public PrintWriter out() {
    return spec.commandLine().getOut();
  }

  public PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** With {@code --json}, prints the value as JSON and says so; without it, prints nothing (the caller prints text). */
  public boolean printedJson(Object value) {
    if (json) {
      printJson(value);
    }
    return json;
  }

  public void printJson(Object value) {
    out().println(Json.pretty(value));
    out().flush();
  }

  /** Text without a line end; flushed, since print() does not flush an auto-flushing writer and main() exits next. */
  public void printText(String text) {
    out().print(text);
    out().flush();
  }
}
