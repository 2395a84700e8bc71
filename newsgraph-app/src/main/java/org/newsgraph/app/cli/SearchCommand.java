package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph search QUERY}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search stored articles (words, \"phrases\", AND/OR/NOT).")
final class SearchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query.")
  List<String> query;

  @Option(names = "--limit", description = "Most results to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NewsgraphConfig cfg = common.config();
    common.logging(cfg.store().dir());
    PrintWriter out = spec.commandLine().getOut();
    try (NewsStore store = Stores.openExisting(cfg)) {
      SearchResults r = store.search(String.join(" ", query), limit);
      if (json) {
        out.println(Json.pretty(r));
        return Main.OK;
      }
      out.printf("%d article%s match.%n", r.total(), r.total() == 1 ? "" : "s");
      for (SearchHit h : r.hits()) {
        out.printf("%n%s  %s  [%s]%n    %s%n", h.date() == null ? "          " : h.date(), h.headline(),
            h.articleId(), h.snippet());
      }
      return Main.OK;
    }
  }
}
