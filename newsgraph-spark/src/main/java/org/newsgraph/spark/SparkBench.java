package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench spark}: the whole job (read, duplicates, analysis, Parquet) over N BBC articles at each
 * master, in one JVM. The models are loaded once, by a warm-up run, and reported apart: the figures are steady
 * state, as on a long-running executor.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Articles/s of the Spark job at local[1] and local[2] on the BBC corpus, and the scaling ratio.")
final class SparkBench implements Callable<Integer> {
  @Option(names = "--articles", description = "How many articles (default: ${DEFAULT-VALUE}).")
  int articles = 120;

  @Option(names = "--corpus", paramLabel = "DIR", required = true,
      description = "Folder of plain-text articles (.txt, searched recursively), e.g. the BBC News corpus; "
          + "docs/BENCHMARKS.md names the one its figures were measured on.")
  Path corpus;

  @Option(names = "--masters", split = ",", description = "Masters to compare (default: local[1],local[2]).")
  List<String> masters = List.of("local[1]", "local[2]");

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = corpus;
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a folder (--corpus DIR: a folder of plain-text articles)");
    }
    List<String> sample = sample(dir, articles);
    Path scratch = Files.createTempDirectory("newsgraph-bench-spark-");
    try {
      long t0 = System.nanoTime();
      SparkSession warm = Sessions.local("local[1]", 4);
      NewsgraphJob.run(warm, NewsgraphJob.Spec.of(sample.subList(0, Math.min(3, sample.size())),
          scratch.resolve("warm")));
      warm.stop();
      double warmUp = (System.nanoTime() - t0) / 1e9;
      if (!json) {
        out.printf("Spark bench: %d files from %s; warm-up (Spark start, model load, 3 articles) %.1f s%n",
            sample.size(), dir, warmUp);
        out.printf("%-10s %9s %10s %12s%n", "master", "articles", "seconds", "articles/s");
        out.flush();
      }
      Map<String, NewsgraphJob.Summary> results = new LinkedHashMap<>();
      for (String m : masters) {
        int cores = cores(m);
        SparkSession spark = Sessions.local(m, Math.max(2, cores * 2));
        NewsgraphJob.Summary r = NewsgraphJob.run(spark, NewsgraphJob.Spec.of(sample, scratch.resolve("out")));
        spark.stop();
        results.put(m, r);
        if (!json) {
          out.printf("%-10s %9d %10.1f %12.2f%n", m, r.articles(), r.seconds(), r.articlesPerSecond());
          out.flush();
        }
      }
      Double ratio = null;
      if (results.size() >= 2) {
        List<NewsgraphJob.Summary> rs = new ArrayList<>(results.values());
        ratio = rs.get(rs.size() - 1).articlesPerSecond() / rs.get(0).articlesPerSecond();
      }
      if (json) {
        StringBuilder j = new StringBuilder("{\"files\": " + sample.size() + ", \"warm_up_s\": " + round(warmUp)
            + ", \"runs\": [");
        String sep = "";
        for (Map.Entry<String, NewsgraphJob.Summary> e : results.entrySet()) {
          j.append(sep).append("{\"master\": \"").append(e.getKey()).append("\", \"articles\": ")
              .append(e.getValue().articles()).append(", \"seconds\": ").append(round(e.getValue().seconds()))
              .append(", \"articles_per_s\": ").append(round(e.getValue().articlesPerSecond())).append('}');
          sep = ", ";
        }
        j.append("], \"scaling_ratio\": ").append(ratio == null ? "null" : round(ratio)).append('}');
        out.println(j);
      } else if (ratio != null) {
        out.printf("scaling ratio (%s ÷ %s articles/s): %.2f%n", masters.get(masters.size() - 1), masters.get(0),
            ratio);
      }
      return 0;
    } finally {
      org.newsgraph.spark.SparkBench.delete(scratch);
    }
  }

  /** Every k-th .txt file of the corpus in path order, so that all its categories are in the sample. */
  static List<String> sample(Path dir, int n) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.walk(dir)) {
      all = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<String> out = new ArrayList<>();
    double step = Math.max(1.0, all.size() / (double) n);
    for (double i = 0; i < all.size() && out.size() < n; i += step) {
      out.add(all.get((int) i).toString());
    }
    return out;
  }

  private static int cores(String master) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+)").matcher(master);
    return m.find() ? Integer.parseInt(m.group(1)) : Runtime.getRuntime().availableProcessors();
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
