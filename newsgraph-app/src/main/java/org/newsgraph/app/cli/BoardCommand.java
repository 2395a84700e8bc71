package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.StoryBoardViews;
import org.newsgraph.app.json.StoryBoardViews.StoryBoardAnswer;
import org.newsgraph.store.StoryBoard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph board STORY}: who asserts, believes, denies or has not confirmed each event of a story. */
@Command(name = "board", mixinStandardHelpOptions = true,
    description = "Show the board of a story: for each event and claim, which sources assert it, believe or hedge"
        + " it, deny it, have not confirmed it (each report with its article and sentence), and its corroboration"
        + " level with its reasons.")
final class BoardCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Parameters(index = "0", arity = "0..1", paramLabel = "STORY",
      description = "Story id (as 'newsgraph stories' lists them); not with --summary.")
  String id;

  @Option(names = "--summary", description = "Instead of one story: how many stories and events of the store are"
      + " single-source, corroborated, disputed, denied or unconfirmed, with the disputed events; how many"
      + " contradictions of each kind, with examples.")
  boolean summary;

  @Option(names = "--examples", defaultValue = "20", paramLabel = "N",
      description = "With --summary: disputed events and contradictions to list (default: ${DEFAULT-VALUE} each).")
  int examples;

  @Option(names = "--claims", description = "Also show the claims (each once per source), not only the events.")
  boolean claims;

  @Override
  public Integer call() {
    if (summary == (id != null)) {
      throw new IllegalArgumentException("give a STORY id, or --summary (not both)");
    }
    try (StoreSession s = StoreSession.existing(common)) {
      if (summary) {
        BoardSummary sum = BoardSummary.of(s.store(), examples);
        if (!output.printedJson(sum)) {
          sum.print(output.out());
        }
        return Main.OK;
      }
      StoryBoard b = s.store().board(id).orElseThrow(() -> new IllegalArgumentException("no story with id '" + id
          + "' (see 'newsgraph stories')"));
      if (output.printedJson(StoryBoardAnswer.of(b))) {
        return Main.OK;
      }
      PrintWriter out = output.out();
      out.printf("%s  %s%n  %d article(s), %d outlet(s)%n", b.story().id(), b.story().title(), b.story().articles(),
          b.story().outlets().size());
      if (!b.contradictions().isEmpty()) {
        out.printf("Contradictions (%d)%n", b.contradictions().size());
        b.contradictions().forEach(c -> print(out, c));
      }
      out.println("Events");
      b.events().forEach(r -> print(out, r));
      if (claims) {
        out.println("Claims");
        b.claims().forEach(r -> print(out, r));
      }
      return Main.OK;
    }
  }

  private static void print(PrintWriter out, StoryBoard.Contradiction c) {
    out.printf(Locale.ROOT, "  %s  %s%s \"%s\"%n", c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        c.type() == null ? "" : c.type() + " ", c.instanceId(), shorten(c.label(), 80));
    for (StoryBoard.Side side : List.of(c.first(), c.second())) {
      StoryBoard.Report p = side.report();
      out.printf("      %s [%s] %s: \"%s\"%n          %s %s %s#%d: \"%s\"%n",
          side.source() == null ? side.sourceKey() : side.source(), side.sourceKey(),
          p.date() == null ? "undated" : p.date(), shorten(side.says(), 80), p.outlet() == null ? "?" : p.outlet(),
          p.carrier() == null ? "" : "(carried by " + p.carrier() + ")", p.articleId(), p.sentence(),
          shorten(p.text(), 160));
    }
  }

  private static void print(PrintWriter out, StoryBoard.Row r) {
    out.printf(Locale.ROOT, "  %s%s \"%s\"  %s: %d source(s)%s, %d article(s), %d outlet(s)%n",
        r.type() == null ? "" : r.type() + " ", r.instanceId(), shorten(r.label(), 90),
        StoryBoardViews.name(r.level()).toUpperCase(Locale.ROOT), r.sources(),
        r.carriers() == 0 ? "" : " via " + r.carriers() + " carrier(s)", r.articles(), r.outlets());
    r.reasons().forEach(x -> out.printf("      - %s%n", x));
    for (StoryBoard.Entry e : r.entries()) {
      out.printf("      %-14s %s%s%n", e.column().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          e.source() == null ? e.sourceKey() : e.source() + " [" + e.sourceKey() + "]",
          e.named() ? "" : " (not counted)");
      List<StoryBoard.Report> reports = e.reports();
      for (StoryBoard.Report p : reports) {
        out.printf("          %s %s %s#%d (%s%s, %s%s): \"%s\"%n", p.outlet() == null ? "?" : p.outlet(),
            p.date() == null ? "undated" : p.date(), p.articleId(), p.sentence(),
            p.source() == null ? "" : p.source() + ": ", p.stance(), p.link(),
            (p.channel() == null ? "" : ", " + p.channel()) + (p.carrier() == null ? "" : ", carried by "
            + p.carrier()), shorten(p.text(), 160));
      }
    }
  }

  private static String shorten(String s, int n) {
    return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
