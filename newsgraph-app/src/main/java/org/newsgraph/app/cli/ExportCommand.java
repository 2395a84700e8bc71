package org.newsgraph.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.extract.events.export.GdeltExport;
import org.newsgraph.extract.events.export.PloverExport;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.Export;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoreFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph export --format csv|parquet|jsonl --what TABLE}: a table of the store for pandas, R or DuckDB
 * (docs/EXPORT.md names the columns); {@code --format plover|gdelt}: the stored events in formats other tools read.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export a table of the store as CSV, Parquet or JSON lines (columns: docs/EXPORT.md), or the"
        + " stored events as PLOVER JSON lines or GDELT 2.0 event-table rows (TSV).",
        "Example: newsgraph export --format parquet --what claims --entity country:PRK --out claims.parquet"})
final class ExportCommand implements Callable<Integer> {
  enum Format { plover, gdelt, csv, parquet, jsonl }

  private static final int PAGE = 200;

  @Mixin CommonOptions common;

  @Option(names = "--format", required = true, description = "${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = "--what", paramLabel = "TABLE", defaultValue = "events",
      description = "articles, entities, mentions, claims or events (default: ${DEFAULT-VALUE}); plover and gdelt"
          + " export events only.")
  String what;

  @Option(names = "--query", paramLabel = "WORDS",
      description = "Only rows of the articles these search words find (the syntax of newsgraph search).")
  String query;

  @Option(names = "--entity", paramLabel = "ENTITY", description = "Only rows about this entity (id or name).")
  String entity;

  @Option(names = "--type", paramLabel = "PLOVER_TYPE", description = "Only events of this type (other tables: of"
      + " articles with such an event).")
  String type;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period (inclusive).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Day after the period (exclusive).")
  LocalDate to;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Export.What table = Export.What.parse(what);
    Export.Filter filter = new Export.Filter(query, entity, type, from, to);
    if (format == Format.plover || format == Format.gdelt) {
      if (table != Export.What.EVENTS || !filter.isAll()) {
        throw new IllegalArgumentException("--format " + format + " exports every event: it takes neither --what "
            + table.lower() + " nor filters; use --format csv, parquet or jsonl for those");
      }
      return events();
    }
    if (format == Format.parquet && out == null) {
      throw new IllegalArgumentException("--format parquet writes a binary file: give it --out FILE");
    }
    Export.Format f = Export.Format.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
    try (NewsStore store = StoreSession.openExisting(common.configLoggingToStore())) {
      if (out != null) {
        long rows = StoreFiles.export(store, table, f, filter, out);
        spec.commandLine().getOut().printf("Wrote %d %s to %s%n", rows, noun(table, rows), out);
        return Main.OK;
      }
      // standard output: DuckDB writes files, so through a temporary one
      Path tmp = Files.createTempFile("newsgraph-export", "." + format);
      try {
        StoreFiles.export(store, table, f, filter, tmp);
        PrintWriter w = spec.commandLine().getOut();
        try (Reader r = Files.newBufferedReader(tmp, StandardCharsets.UTF_8)) {
          r.transferTo(w);
        }
        w.flush();
      } finally {
        Files.deleteIfExists(tmp);
      }
      return Main.OK;
    }
  }

  private static String noun(Export.What table, long rows) {
    String plural = table.lower();
    return rows != 1 ? plural : plural.equals("entities") ? "entity" : plural.substring(0, plural.length() - 1);
  }

  /** The events as PLOVER or GDELT, article by article. */
  private Integer events() throws IOException {
    try (NewsStore store = StoreSession.openExisting(common.configLoggingToStore());
        Writer w = out == null ? spec.commandLine().getOut() : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      long rows = 0;
      if (format == Format.gdelt) {
        w.write(String.join("\t", GdeltExport.HEADER) + "\n");
      }
      for (int offset = 0; ; offset += PAGE) {
        List<ArticleSummary> page = store.articles(offset, PAGE);
        if (page.isEmpty()) {
          break;
        }
        for (ArticleSummary s : page) {
          AnalyzedArticle a = store.article(s.id()).orElse(null);
          if (a == null || a.events().isEmpty()) {
            continue;
          }
          String text = format == Format.plover ? PloverExport.jsonLines(a) : GdeltExport.tsv(a, rows + 1);
          w.write(text);
          rows += a.events().size();
        }
      }
      w.flush();
      if (out != null) {
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf("Wrote %d event%s to %s%n", rows, rows == 1 ? "" : "s", out);
      }
      return Main.OK;
    }
  }
}
