package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.WatchViews.AlertList;
import org.newsgraph.app.json.WatchViews.MatchList;
import org.newsgraph.app.service.Since;
import org.newsgraph.store.Watchlist;
import org.newsgraph.store.Watchlists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph alerts}: the new claims and events of the watchlists. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = "List the new claims and events each watchlist matches, the newest stored first.")
final class AlertsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--since", paramLabel = "TIME", description = "Stored from this time: 2025-03-01T08:00:00Z, a day"
      + " (2025-03-01, UTC) or a time ago (24h, 7d). Default: since each watchlist was saved.")
  String since;

  @Option(names = "--watchlist", paramLabel = "ID", description = "Only this watchlist (default: every one).")
  String watchlist;

  @Option(names = "--limit", description = "Most matches per watchlist (default: ${DEFAULT-VALUE}; at most 500;"
      + " the total is always printed).")
  int limit = 50;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("--limit must be from 1 to 500, not " + limit);
    }
    Instant from = since == null ? null : Since.parse(since, Instant.now());
    try (StoreSession s = StoreSession.existing(common)) {
      List<Watchlist> lists = watchlist == null ? Watchlists.list(s.store())
          : List.of(Watchlists.get(s.store(), watchlist).orElseThrow(() -> new IllegalArgumentException(
              "no watchlist with id " + watchlist + " (newsgraph watchlist list lists them)")));
      List<MatchList> answers = new ArrayList<>();
      for (Watchlist w : lists) {
        Instant start = from == null ? w.created() : from;
        answers.add(MatchList.of(w, start, Watchlists.matches(s.store(), w, start, 0, limit)));
      }
      if (output.printedJson(new AlertList(answers))) {
        return Main.OK;
      }
      PrintWriter out = output.out();
      if (lists.isEmpty()) {
        out.println("no watchlists (newsgraph watchlist add NAME --entity … saves one)");
      }
      for (int i = 0; i < lists.size(); i++) {
        Watchlist w = lists.get(i);
        MatchList m = answers.get(i);
        out.printf("%s (%s): %s%d new since %s%s%n", w.name(), w.id(), m.totalIsLowerBound() ? "at least " : "",
            m.total(), m.since(),
            m.total() > m.matches().size() ? ", the newest " + m.matches().size() + " listed" : "");
        for (var item : m.matches()) {
          out.printf("  %-10s %-5s %-22s %s  [%s %s]%n", item.date() == null ? "undated" : item.date(),
              item.kind(), item.type() == null ? "(" + item.stance() + ")" : item.type() + " (" + item.stance() + ")",
              TimelineCommand.shorten(item.sentence(), 110), item.articleId(), item.factId());
        }
      }
      return Main.OK;
    }
  }
}
