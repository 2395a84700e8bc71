package org.newsgraph.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph spark}: listed here for help only. The job lives in the newsgraph-spark module, whose Spark
 * classpath (≈ 300 MB) the app does not carry; the {@code ./newsgraph} launcher runs {@code spark ...} and
 * {@code bench spark ...} from that module instead of this class.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = {"Run the analysis as an Apache Spark job writing Parquet tables: "
        + "./newsgraph spark [--master local[*]] --out DIR IN...",
        "Runs through the ./newsgraph launcher (from the newsgraph-spark module's classpath); "
            + "`./newsgraph spark --help` lists its options. On a cluster: spark-submit --class "
            + "org.newsgraph.spark.SparkMain newsgraph-spark-*-job.jar spark --out DIR IN..."})
final class SparkCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "ARG", description = "Passed to the Spark job.")
  List<String> args;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("newsgraph: `spark` runs through the ./newsgraph launcher, which starts it "
        + "from the newsgraph-spark module's classpath (the app does not carry Spark); run ./newsgraph spark "
        + String.join(" ", args == null ? List.of() : args));
    return Main.USAGE;
  }
}
