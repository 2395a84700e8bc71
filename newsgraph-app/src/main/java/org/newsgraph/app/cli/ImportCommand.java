package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Json;
import org.newsgraph.app.json.Reports.ImportReport;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SaveResult;
import org.newsgraph.store.StoreFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph import --parquet DIR}: loads the Parquet tables {@code newsgraph spark --out DIR} wrote into the
 * store. Articles the store holds already are skipped (same content hash), entities are merged, the job's errors
 * go to the ingest log, and the search index catches up.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Load Parquet tables written by `newsgraph spark --out DIR` into the store.")
final class ImportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--parquet", paramLabel = "DIR", required = true,
      description = "Folder of Parquet tables (articles/, entities/, mentions/, ... as the Spark job writes).")
  Path parquet;

  @Option(names = "--batch", description = "Articles per store transaction (default: ${DEFAULT-VALUE}).")
  int batch = 500;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NewsgraphConfig cfg = common.configLoggingToStore();
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    SaveResult r;
    try (NewsStore store = NewsStore.open(cfg.store().dir(), cfg.stories())) {
      r = StoreFiles.importParquet(store, parquet, batch);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (json) {
      out.println(Json.pretty(new ImportReport(parquet.toString(), cfg.store().dir().toString(), r.stored().size(),
          r.skippedDuplicates().size(), Math.round(seconds * 100) / 100.0)));
    } else {
      out.printf("Imported %d article(s) from %s into %s (%d already stored) in %.1f s%n", r.stored().size(),
          parquet, cfg.store().dir(), r.skippedDuplicates().size(), seconds);
    }
    return Main.OK;
  }
}
