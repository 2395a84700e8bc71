package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line of the Spark module: {@code newsgraph spark ...} and {@code newsgraph bench spark ...}, run by
 * the {@code ./newsgraph} launcher from this module's classpath, or by {@code spark-submit --class
 * org.newsgraph.spark.SparkMain JOB.jar spark ...} on a cluster.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true,
    subcommands = {SparkMain.Job.class, SparkMain.Bench.class})
public final class SparkMain implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SparkMain());
    version(cl, "newsgraph " + Version.current());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof IllegalArgumentException) {
        cmd.getErr().println("newsgraph: " + ex.getMessage());
        return 2;
      }
      cmd.getErr().println("newsgraph: the Spark job failed: " + ex);
      ex.printStackTrace(cmd.getErr());
      return 3;
    });
    return cl.execute(args);
  }

  /** Sets what {@code --version} prints on a command and all its subcommands. */
  private static void version(CommandLine cl, String version) {
    cl.getCommandSpec().version(version);
    cl.getSubcommands().values().forEach(sub -> version(sub, version));
  }

  /** A session: in-process for local masters, else the one spark-submit prepared (or the given master URL). */
  static SparkSession session(String master, int shufflePartitions) {
    if (master == null) {
      return Sessions.submitted();
    }
    if (master.startsWith("local")) {
      return Sessions.local(master, shufflePartitions);
    }
    return SparkSession.builder().master(master).appName("newsgraph")
        .config("spark.sql.datetime.java8API.enabled", "true").getOrCreate();
  }

  /** The configuration: the defaults, with the {@code --config} file (if any) over them. */
  static NewsgraphConfig config(Path file) {
    if (file == null) {
      return NewsgraphConfig.defaults();
    }
    try {
      return NewsgraphConfig.read(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read configuration: " + e.getMessage());
    }
  }

  @Command(name = "spark", mixinStandardHelpOptions = true,
      description = "Run the analysis pipeline as a Spark job; write the store's tables as Parquet under --out.")
  static final class Job implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "IN", description = "Files and folders to read (as `ingest` reads).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (tables replaced).")
    Path out;

    @Option(names = "--master", description = "Spark master, e.g. local[*] (default: what spark-submit set).")
    String master;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Configuration file (key = value lines), the one the other commands read: its nlp, ingest "
            + "and dedup keys are used here.")
    Path config;

    @Option(names = "--partitions", description = "Analysis partitions (default: twice the cores).")
    int partitions;

    @Option(names = "--exact-duplicates-only",
        description = "Fold only exact copies (same content hash), not near-duplicates (MinHash LSH).")
    boolean exactOnly;

    @Option(names = "--min-similarity", paramLabel = "S",
        description = "Estimated shingle similarity from which a text is another publication of an earlier article, "
            + "as in `ingest` (default: dedup.threshold in the configuration, "
            + NewsgraphConfig.Dedup.DEFAULT_THRESHOLD + ").")
    Double minSimilarity;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      NewsgraphConfig cfg = config(config);
      if (minSimilarity != null) {
        cfg = cfg.with(Map.of("dedup.threshold", minSimilarity.toString()), "--min-similarity");
      }
      NewsgraphJob.Spec s = new NewsgraphJob.Spec(inputs, out, cfg, !exactOnly, partitions);
      SparkSession spark = session(master, 8);
      try {
        NewsgraphJob.Summary r = NewsgraphJob.run(spark, s);
        spec.commandLine().getOut().printf(
            "%d file(s), %d article copies read: %d articles analysed and written to %s (%d exact and %d near"
                + " duplicates folded, %d error(s) in %s/errors), %d entities, %.1f s, %.2f articles/s%n",
            r.files(), r.copiesRead(), r.articles(), out, r.exactDuplicates(), r.nearDuplicates(), r.errors(), out,
            r.entities(), r.seconds(), r.articlesPerSecond());
        return r.errors() > 0 ? 1 : 0;
      } finally {
        if (master != null) {
          spark.stop();
        }
      }
    }
  }

  @Command(name = "bench", subcommands = {SparkBench.class}, mixinStandardHelpOptions = true,
      description = "Benchmarks that need Spark.")
  static final class Bench implements Runnable {
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }
}
