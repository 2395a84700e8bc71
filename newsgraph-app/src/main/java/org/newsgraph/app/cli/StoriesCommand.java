package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.StoryViews.StoryList;
import org.newsgraph.store.Page;
import org.newsgraph.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph stories}: the stories across outlets, the largest first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "List stories (the articles of every outlet that report one development), the largest first.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--about", paramLabel = "ENTITY", description = "Only stories naming this entity (id or name).")
  String about;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Stories whose articles reach this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Stories whose articles begin before this day.")
  LocalDate to;

  @Option(names = "--offset", description = "Stories to skip (default: ${DEFAULT-VALUE}).")
  int offset = 0;

  @Option(names = "--limit", description = "Most stories to list (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Override
  public Integer call() {
    try (StoreSession s = StoreSession.existing(common)) {
      Page<StorySummary> page = s.store().stories(s.entityId(about), from, to, offset, limit);
      if (output.printedJson(StoryList.of(offset, limit, page))) {
        return Main.OK;
      }
      PrintWriter out = output.out();
      if (page.items().isEmpty()) {
        out.println("no stories match");
      }
      for (StorySummary st : page.items()) {
        out.printf("%-18s %3d article(s) %2d outlet(s)  %s … %s  %s%n", st.id(), st.articles(), st.outlets().size(),
            st.firstDate() == null ? "undated" : st.firstDate(), st.lastDate() == null ? "" : st.lastDate(),
            st.title() == null ? "" : st.title());
      }
      if (page.total() > offset + page.items().size()) {
        out.printf("… %d of %d stories shown (--offset, --limit for more)%n", page.items().size(), page.total());
      }
      return Main.OK;
    }
  }
}
