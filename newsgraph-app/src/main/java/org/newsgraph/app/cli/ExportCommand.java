package org.newsgraph.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.extract.events.export.GdeltExport;
import org.newsgraph.extract.events.export.PloverExport;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph export --format plover|gdelt}: the stored events in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export stored events: PLOVER JSON lines, or GDELT 2.0 event-table rows (TSV).")
final class ExportCommand implements Callable<Integer> {
  enum Format { plover, gdelt }

  private static final int PAGE = 200;

  @Mixin CommonOptions common;

  @Option(names = "--format", required = true, description = "${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
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
