package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Reports.EntityReport;
import org.newsgraph.core.Entity;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsgraph entity NAME-OR-ID}: what the store knows about one entity. */
@Command(name = "entity", mixinStandardHelpOptions = true,
    description = "Show an entity by id (country:PRK) or name (North Korea, Pyongyang).")
final class EntityCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Parameters(arity = "1..*", paramLabel = "NAME-OR-ID", description = "Entity id or name.")
  List<String> name;

  @Override
  public Integer call() {
    try (StoreSession s = StoreSession.existing(common)) {
      EntityRecord r = s.entity(name, output.err()).orElse(null);
      if (r == null) {
        return Main.SOME_INPUT_FAILED;
      }
      List<TimelineEntry> timeline = s.store().timeline(r.entity().id(), null, null);
      if (output.printedJson(EntityReport.of(r, timeline))) {
        return Main.OK;
      }
      PrintWriter out = output.out();
      Entity e = r.entity();
      out.printf("%s  (%s)%n  id: %s%n", e.name(), e.type(), e.id());
      if (e.country() != null) {
        out.println("  country: " + e.country());
      }
      if (!e.aliases().isEmpty()) {
        out.println("  also: " + String.join(", ", e.aliases()));
      }
      out.printf("  mentioned %d time%s in %d article%s%n", r.mentionCount(), r.mentionCount() == 1 ? "" : "s",
          r.articleCount(), r.articleCount() == 1 ? "" : "s");
      TimelineCommand.print(timeline, out);
      return Main.OK;
    }
  }
}
