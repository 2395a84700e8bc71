package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Answers.SearchAnswer;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph search QUERY}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search stored articles (words, \"phrases\", AND/OR/NOT).")
final class SearchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query.")
  List<String> query;

  @Option(names = "--limit", description = "Most results to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Override
  public Integer call() {
    try (StoreSession s = StoreSession.existing(common)) {
      String q = String.join(" ", query);
      SearchResults r = s.store().search(q, limit);
      if (output.json) {
        List<String> ids = r.hits().stream().map(SearchHit::articleId).toList();
        output.printJson(SearchAnswer.of(q, r.total(), false, r.hits(), s.store().reach(ids), s.store().storyOf(ids)));
        return Main.OK;
      }
      PrintWriter out = output.out();
      out.printf("%d article%s match.%n", r.total(), r.total() == 1 ? "" : "s");
      for (SearchHit h : r.hits()) {
        out.printf("%n%s  %s  [%s]%n    %s%n", h.date() == null ? "          " : h.date(),
            h.headline() == null || h.headline().isBlank() ? "(no headline)" : h.headline(), h.articleId(),
            h.snippet());
      }
      return Main.OK;
    }
  }
}
