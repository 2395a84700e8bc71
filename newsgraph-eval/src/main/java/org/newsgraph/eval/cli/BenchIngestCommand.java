package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.bench.IngestBench;
import org.newsgraph.eval.harness.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench ingest}: HTML extraction pages/s beside readability4j in the same process on the same
 * pages, WARC records/s on an archive of those pages, and the near-duplicate check's cost per article at growing
 * index sizes (it must stay flat).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest speed: HTML pages/s (ours and readability4j), WARC records/s, near-duplicate cost.")
public final class BenchIngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--pages", paramLabel = "DIR",
      description = "Folder of .html/.html.gz pages (default: data/article-extraction/dev/html in "
          + "$NEWSGRAPH_SHARED, else in the shared folder beside the checkout).")
  Path pages;

  @Option(names = "--rounds",
      description = "Timed passes over the pages; the best counts (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(names = "--sizes", split = ",", description = "Index sizes for the near-duplicate cost "
      + "(default: 10000,100000).")
  List<Integer> sizes = List.of(10_000, 100_000);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = pages != null ? pages : SharedData.data("article-extraction", "dev", "html");
    List<String> html = load(dir);
    if (html.isEmpty()) {
      throw new IllegalArgumentException(dir + ": no .html or .html.gz pages there (give --pages DIR)");
    }
    out.printf("HTML extraction, %d pages, best of %d passes after a warm-up, one thread:%n", html.size(), rounds);
    double ours = IngestBench.pagesPerSecond(html, IngestBench::ours, rounds);
    out.printf("  newsgraph     %8.1f pages/s%n", ours);
    out.flush();
    double ref = IngestBench.pagesPerSecond(html, IngestBench::readability4j, rounds);
    out.printf("  readability4j %8.1f pages/s (reference, same process, same pages)%n", ref);
    Path warc = Files.createTempFile("newsgraph-bench", ".warc.gz");
    try {
      IngestBench.writeWarc(warc, html, 5);
      IngestBench.WarcFigures w = IngestBench.warc(warc);
      out.printf("WARC.gz: %d records (%d articles) in %.2f s: %.1f records/s (HTML extraction included)%n",
          w.records(), w.articles(), w.seconds(), w.recordsPerSecond());
    } finally {
      Files.deleteIfExists(warc);
    }
    out.println("Near-duplicate check (MinHash 64 + LSH 16x4), microseconds per article, 2,000 probes "
        + "(half of them trimmed copies of indexed articles):");
    out.printf("  %10s %10s %8s %8s %8s %14s %8s%n", "indexed", "signature", "lookup", "add", "total",
        "copies found", "false");
    IngestBench.dedup(10_000, 2000, 7); // warm-up: JIT-compile the hashing before timing
    List<IngestBench.DedupFigures> figures = new ArrayList<>();
    for (int n : sizes) {
      IngestBench.DedupFigures d = IngestBench.dedup(n, 2000, 42);
      figures.add(d);
      out.printf("  %10d %10.1f %8.1f %8.1f %8.1f %8d/%-5d %8d%n", d.indexed(), d.signatureMicros(),
          d.lookupMicros(), d.addMicros(), d.totalMicros(), d.copiesFound(), d.copies(), d.falseMatches());
      out.flush();
    }
    if (figures.size() >= 2) {
      IngestBench.DedupFigures first = figures.get(0);
      IngestBench.DedupFigures last = figures.get(figures.size() - 1);
      out.printf("  lookup cost x%.2f for a store x%.0f larger (flat means the check does not grow with the "
          + "store)%n", last.lookupMicros() / first.lookupMicros(), (double) last.indexed() / first.indexed());
    }
    return Main.OK;
  }

  private static List<String> load(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(files::add);
    }
    files.sort(null);
    for (Path f : files) {
      String n = f.getFileName().toString();
      if (n.endsWith(".html.gz")) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } else if (n.endsWith(".html")) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
