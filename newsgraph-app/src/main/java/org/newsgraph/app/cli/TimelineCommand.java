package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph timeline ENTITY}: the dated statements about an entity, in resolved-date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Dated sentences about an entity, ordered by the date they refer to (not the publication date).")
final class TimelineCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "ENTITY", description = "Entity id or name.")
  List<String> name;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only what overlaps this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only what lies before this day.")
  LocalDate to;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NewsgraphConfig cfg = common.config();
    common.logging(cfg.store().dir());
    PrintWriter out = spec.commandLine().getOut();
    String key = String.join(" ", name);
    try (NewsStore store = Stores.openExisting(cfg)) {
      EntityRecord r = store.entity(key).orElse(null);
      if (r == null) {
        spec.commandLine().getErr().println("newsgraph: no entity named '" + key + "' in " + cfg.store().dir());
        return Main.SOME_INPUT_FAILED;
      }
      List<TimelineEntry> t = store.timeline(r.entity().id(), from, to);
      if (json) {
        out.println(Json.pretty(t));
      } else {
        out.println(r.entity().name() + " (" + r.entity().id() + ")");
        print(t, out);
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
      out.printf("  %-10s %-12s \"%s\"  %s%n", e.begin(), e.value(), e.timeText(), shorten(e.snippet(), 110));
    }
  }

  static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
