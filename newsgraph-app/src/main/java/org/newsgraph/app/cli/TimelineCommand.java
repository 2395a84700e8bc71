package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Answers.TimelinePage;
import org.newsgraph.core.RelativeOffset;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph timeline ENTITY}: the dated statements about an entity, in resolved-date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Dated sentences about an entity, ordered by the date they refer to (not the publication date).")
final class TimelineCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Parameters(arity = "1..*", paramLabel = "ENTITY", description = "Entity id or name.")
  List<String> name;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only what overlaps this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only what lies before this day.")
  LocalDate to;

  @Override
  public Integer call() {
    try (StoreSession s = StoreSession.existing(common)) {
      EntityRecord r = s.entity(name, output.err()).orElse(null);
      if (r == null) {
        return Main.SOME_INPUT_FAILED;
      }
      List<TimelineEntry> t = s.store().timeline(r.entity().id(), from, to);
      if (!output.printedJson(TimelinePage.of(r.entity(), t.size(), 0, t))) {
        output.out().println(r.entity().name() + " (" + r.entity().id() + ")");
        print(t, output.out());
      }
      return Main.OK;
    }
  }

  static void print(List<TimelineEntry> entries, PrintWriter out) {
    if (entries.isEmpty()) {
      out.println("  no dated statements");
      return;
    }
    for (TimelineEntry e : entries) {
      if (e.begin() != null) {
        out.printf("  %-10s %-12s \"%s\"  %s%n", e.begin(), e.value(), e.timeText(), shorten(e.snippet(), 110));
      } else {
        out.printf("  %-10s %-12s \"%s\" (%s; the article has no date)  %s%n", "undated", e.value(), e.timeText(),
            RelativeOffset.describe(e.relative()), shorten(e.snippet(), 80));
      }
    }
  }

  static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
