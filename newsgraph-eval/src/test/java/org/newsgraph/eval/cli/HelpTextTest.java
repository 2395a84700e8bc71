package org.newsgraph.eval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.cli.CommandPlugin;
import org.newsgraph.app.cli.Main;
import picocli.CommandLine;

/** Every command's {@code --help}, the evaluation module's included: printed, and with no text picocli cannot format. */
class HelpTextTest {
  @Test
  void every_command_prints_its_help_and_picocli_formats_every_description() {
    CommandLine root = new CommandLine(new Main());
    ServiceLoader.load(CommandPlugin.class).forEach(p -> p.commands().forEach(root::addSubcommand));
    List<List<String>> paths = new ArrayList<>();
    collect(root, List.of(), paths);
    assertTrue(paths.size() > 30, "commands found: " + paths.size());

    // picocli reports a description it cannot format (a lone % in it) on System.err, then prints it raw
    PrintStream saved = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      for (List<String> path : paths) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        assertTrue(out.toString().contains("Usage:"), String.join(" ", args) + " printed no usage");
        assertEquals("", err.toString(), String.join(" ", args));
      }
    } finally {
      System.setErr(saved);
    }
    assertEquals("", warnings.toString(StandardCharsets.UTF_8));
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
    cl.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandSpec().aliases().length > 0 && !name.equals(sub.getCommandName())) {
        return; // an alias: the command is visited under its name
      }
      List<String> p = new ArrayList<>(path);
      p.add(name);
      if (!"help".equals(name)) {
        out.add(p);
      }
      collect(sub, p, out);
    });
  }
}
