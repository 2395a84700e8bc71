package org.newsgraph.eval.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.bench.StoriesBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench stories}: the story clusterer's cost per article at growing numbers of stories. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Story clustering: microseconds per article (wall and CPU) with 1k, 10k and 100k generated stories"
        + " in the index (it must stay flat), candidate stories scored per article, and whether new reports found"
        + " their story.")
public final class BenchStoriesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--sizes", split = ",", description = "Stories in the index (default: 1000,10000,100000).")
  List<Integer> sizes = List.of(1_000, 10_000, 100_000);

  @Option(names = "--probes", description = "Articles timed at each size (default: ${DEFAULT-VALUE}).")
  int probes = 4000;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    common.logging(null);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Story clustering, %d probe articles per size (half new reports of a generated story, half new"
        + " topics), one thread:%n", probes);
    out.printf("  %8s %10s %12s %16s %10s %10s %16s %16s%n", "stories", "fill s", "µs/article", "CPU µs/article",
        "scored", "skipped", "reports joined", "new started");
    List<StoriesBench.Figures> all = StoriesBench.run(sizes, probes);
    for (StoriesBench.Figures f : all) {
      out.printf("  %8d %10.1f %12.1f %16.1f %10.2f %10.2f %9d/%-6d %9d/%-6d%n", f.stories(), f.fillSeconds(),
          f.micros(), f.cpuMicros(), f.scored(), f.skipped(), f.reportsJoined(), f.reports(), f.freshStarted(),
          f.fresh());
    }
    if (all.size() >= 2) {
      StoriesBench.Figures first = all.get(0);
      StoriesBench.Figures last = all.get(all.size() - 1);
      out.printf("  cost x%.2f (CPU x%.2f) for x%.0f the stories (a scan of all stories would be x%.0f)%n",
          last.micros() / first.micros(), last.cpuMicros() / first.cpuMicros(),
          (double) last.stories() / first.stories(),
          (double) last.stories() / first.stories());
    }
    out.flush();
    return Main.OK;
  }
}
