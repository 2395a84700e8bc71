package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsgraph.app.json.SourceLabels;
import org.newsgraph.app.json.StoryViews.ClaimInstanceItem;
import org.newsgraph.app.json.StoryViews.StoryAnswer;
import org.newsgraph.core.Periods;
import org.newsgraph.store.StoryDetail;
import org.newsgraph.stories.entities.EntityMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsgraph story ID}: one story's articles by outlet and time, its events and its claims, each once. */
@Command(name = "story", mixinStandardHelpOptions = true,
    description = "Show a story: its articles by outlet and time, its events each once with how many articles and"
        + " outlets report them, and its claims grouped by source.")
final class StoryCommand implements Callable<Integer> {
  /** Event and claim instances shown as text (--json gives them all). */
  private static final int SHOWN = 25;

  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Parameters(index = "0", paramLabel = "ID", description = "Story id (as 'newsgraph stories' lists them).")
  String id;

  @Override
  public Integer call() {
    try (StoreSession s = StoreSession.existing(common)) {
      StoryDetail d = s.store().story(id).orElseThrow(() -> new IllegalArgumentException("no story with id '" + id
          + "' (see 'newsgraph stories')"));
      Function<String, String> names = SourceLabels.names(s.store(), SourceLabels.sourcesOf(d));
      if (output.printedJson(StoryAnswer.of(d, names))) {
        return Main.OK;
      }
      PrintWriter out = output.out();
      out.printf("%s  %s%n  %d article(s), %d outlet(s), %s%n", d.story().id(), d.story().title(),
          d.story().articles(), d.story().outlets().size(), d.story().firstDate() == null ? "undated"
              : d.story().firstDate() + " … " + d.story().lastDate());
      out.println("Articles");
      for (StoryDetail.StoryArticle a : d.articles()) {
        out.printf("  %-10s %-24s %s%s%n", a.date() == null ? "undated" : a.date(),
            a.outlets().isEmpty() ? "?" : String.join(", ", a.outlets()), a.headline(),
            a.publications() > 1 ? " (+" + (a.publications() - 1) + " republication(s))" : "");
      }
      out.println("Events (each once; reports = articles)");
      d.events().stream().limit(SHOWN).forEach(e -> out.printf(Locale.ROOT, "  %-12s %-10s %3d report(s) %2d outlet(s)"
          + "  \"%s\"  %s%n", Periods.label(e.begin(), e.end()), e.type() == null ? "?" : e.type(), e.articles(),
          e.outlets(), e.label(), String.join(",", e.actors())));
      out.println("Claims (each once per source)");
      // the source as the page and the JSON show it: never a bare pronoun ("he" unresolved is "unnamed source")
      d.claims().stream().limit(SHOWN).forEach(c -> out.printf("  %-28s %3d report(s) %2d outlet(s)  %s  \"%s\"%n",
          Objects.requireNonNullElse(ClaimInstanceItem.of(c, names).sourceLabel(), c.sourceKey()), c.articles(),
          c.outlets(), c.stances(), c.excerpt()));
      if (!d.merges().isEmpty()) {
        out.println("People made one across articles");
        for (EntityMerge m : d.merges()) {
          out.printf("  %s = %s (%s)%s%n", m.entity(), m.into(), m.reason(),
              m.active() ? "" : "; undone: " + m.undoneReason());
        }
      }
      return Main.OK;
    }
  }
}
