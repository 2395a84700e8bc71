package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.util.ServiceLoader;
import org.newsgraph.core.Version;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code newsgraph} command line: thin adapters over the services. Commands of other modules on the class path
 * (the evaluation module's eval, bench and train) join through {@link CommandPlugin}.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true,
    description = "Turns news articles into a sourced, time-anchored graph of who did what to whom, "
        + "where and when, and who says so.",
    subcommands = {DemoCommand.class, IngestCommand.class, AnalyzeCommand.class, SearchCommand.class,
        EntityCommand.class, TimelineCommand.class, ClaimsCommand.class, EventsCommand.class, StoriesCommand.class,
        StoryCommand.class, BoardCommand.class, ServeCommand.class,
        WatchCommand.class, WatchlistCommand.class, AlertsCommand.class,
        ExportCommand.class, ImportCommand.class, SparkCommand.class})
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

  /**
   * The exit code of a store failure: a request the store cannot answer as asked (a search query that does not
   * parse, a folder without Parquet tables) is bad usage; a store that is unavailable (owned by another process, an
   * I/O error, a full disk) or failed means the command could not run.
   */
  static int exitCode(StoreException e) {
    return e.kind() == StoreException.Kind.INVALID_REQUEST ? USAGE : FATAL;
  }

  /** Sets what {@code --version} prints on a command and all its subcommands. */
  private static void version(CommandLine cl, String version) {
    cl.getCommandSpec().version(version);
    cl.getSubcommands().values().forEach(sub -> version(sub, version));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    for (CommandPlugin plugin : ServiceLoader.load(CommandPlugin.class)) {
      plugin.commands().forEach(cl::addSubcommand);
    }
    cl.addSubcommand(new CommandLine.HelpCommand());
    version(cl, "newsgraph " + Version.current());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof StoreException se) {
        cmd.getErr().println("newsgraph: " + se.getMessage());
        if (se.getCause() != null) {
          // the detail behind the one-line message, for whoever reads the log
          System.getLogger(Main.class.getName()).log(System.Logger.Level.WARNING, se.getMessage(), se);
        }
        return exitCode(se);
      }
      if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException) {
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
