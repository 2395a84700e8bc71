package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.bench.AnalysisProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench profile}: the share of each part of the analysis in a flight recording of a bench run. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = "Share of each part of the analysis (CoreNLP annotators, the parser's network and graph, extract "
        + "packages) in a Java Flight Recorder file of a bench run, loading apart.")
public final class BenchProfileCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--jfr", paramLabel = "FILE", required = true, description = "The recording, e.g. from "
      + "NEWSGRAPH_JAVA_OPTS=\"-Xmx3g -XX:FlightRecorderOptions:stackdepth=512 "
      + "-XX:StartFlightRecording=filename=FILE,settings=profile\" ./newsgraph bench --articles 60 --no-baseline.")
  Path jfr;

  @Option(names = "--thread", description = "Threads whose name starts with this (default: ${DEFAULT-VALUE}; "
      + "\"\" for all).")
  String thread = "main";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    if (!Files.isRegularFile(jfr)) {
      throw new IllegalArgumentException(jfr + ": no such recording");
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Integer> parts = AnalysisProfile.read(jfr, thread);
    int load = parts.getOrDefault(AnalysisProfile.LOAD, 0);
    int total = parts.values().stream().mapToInt(Integer::intValue).sum() - load;
    out.printf("%d samples of the analysis (%d more while loading or reading, not counted)%n", total, load);
    parts.forEach((part, n) -> {
      if (!part.equals(AnalysisProfile.LOAD)) {
        out.printf("  %5.1f%%  %6d  %s%n", 100.0 * n / Math.max(1, total), n, part);
      }
    });
    return Main.OK;
  }
}
