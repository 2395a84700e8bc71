package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.service.IngestSummary;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph demo}: ingest the bundled example, show what was found, then serve the API. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled example into the store, print a summary, then serve the API.")
final class DemoCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--no-serve", description = "Exit after the summary instead of serving the API.")
  boolean noServe;

  @Option(names = "--port", description = "TCP port for the API (default: server.port in the configuration, "
      + NewsgraphConfig.Server.DEFAULT_PORT + ").")
  Integer port;

  @Option(names = "--example", paramLabel = "FILE", description = "The file to ingest (default: the bundled "
      + "examples/arabnews-2025.txt).")
  Path example;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    NewsgraphConfig cfg = common.configLoggingToStore();
    PrintWriter out = spec.commandLine().getOut();
    Path file = example != null ? example
        : Path.of(System.getProperty("newsgraph.home", "."), "examples", "arabnews-2025.txt");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": the bundled example is missing");
    }
    NewsStore store = NewsStore.open(cfg.store().dir(), cfg.stories());
    try {
      out.println("newsgraph demo: ingesting " + file + " into " + cfg.store().dir());
      out.println("(the first run loads the language models, about 10 s)");
      out.flush();
      IngestSummary s = IngestCommand.ingest(cfg, store, List.of(file), 2, false);
      IngestCommand.print(s, false, out, spec.commandLine().getErr());
      summary(store, out);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    if (noServe) {
      store.close();
      return Main.OK;
    }
    ServeCommand.serveUntilStopped(cfg, store, null, port, out);
    return Main.OK;
  }

  private static void summary(NewsStore store, PrintWriter out) {
    List<ArticleSummary> articles = store.articles(0, 20);
    out.printf("%nArticles in the store: %d%n", store.articleCount());
    for (ArticleSummary a : articles) {
      out.printf("  %s  %-11s %s%n", a.updated() != null ? a.updated() : a.published() != null ? a.published()
          : "(no date)", a.dateline() == null ? "" : a.dateline(), a.headline() == null ? "(no headline)"
          : a.headline());
    }
    out.println();
    out.println("Top entities:");
    List<EntityRecord> top = store.topEntities(12);
    for (EntityRecord e : top) {
      out.printf("  %-26s %-13s %-24s %d mention%s%n", e.entity().name(), e.entity().type(), e.entity().id(),
          e.mentionCount(), e.mentionCount() == 1 ? "" : "s");
    }
    out.println();
    out.println("Timeline (by the date each statement refers to):");
    List<TimelineEntry> all = store.timeline(null, null, null);
    TimelineCommand.print(all, out);
    out.println();
  }
}
