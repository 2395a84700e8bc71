package org.newsgraph.app.cli;

import java.io.PrintWriter;
import org.newsgraph.core.Version;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line: thin adapters over the services. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true,
    description = "Turns news articles into a sourced, time-anchored graph of who did what to whom, "
        + "where and when, and who says so.",
    subcommands = {DemoCommand.class, IngestCommand.class, AnalyzeCommand.class, SearchCommand.class,
        EntityCommand.class, TimelineCommand.class, ClaimsCommand.class, EventsCommand.class, ServeCommand.class,
        ExportCommand.class, BenchCommand.class, EvalCommand.class, ImportCommand.class, SparkCommand.class,
        TrainCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit codes scripts can rely on. */
  public static final int OK = 0;
  public static final int SOME_INPUT_FAILED = 1;
  public static final int USAGE = 2;
  public static final int FATAL = 3;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err);
    out.flush(); // print() does not auto-flush, and System.exit does not flush for us
    err.flush();
    System.exit(code);
  }

  /** Sets what {@code --version} prints on a command and all its subcommands. */
  private static void version(CommandLine cl, String version) {
    cl.getCommandSpec().version(version);
    cl.getSubcommands().values().forEach(sub -> version(sub, version));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    version(cl, "newsgraph " + Version.current());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof StoreException || ex instanceof IllegalArgumentException
          || ex instanceof java.io.UncheckedIOException) {
        cmd.getErr().println("newsgraph: " + ex.getMessage());
        return ex instanceof IllegalArgumentException ? USAGE : FATAL;
      }
      cmd.getErr().println("newsgraph: unexpected error: " + ex);
      ex.printStackTrace(cmd.getErr());
      return FATAL;
    });
    return cl.execute(args);
  }
}
