package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.Event;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.EventRecord;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph events}: who did what to whom, when, and how the text holds it. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List stored PLOVER events by type, actor, recipient, date and modality.")
final class EventsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--type", description = "PLOVER type (MOBILIZE, ASSAULT, AGREE, …).")
  String type;

  @Option(names = "--actor", paramLabel = "ENTITY", description = "Only events this entity did.")
  String actor;

  @Option(names = "--recipient", paramLabel = "ENTITY", description = "Only events done to or with it.")
  String recipient;

  @Option(names = "--modality", description = "asserted, claimed, denied, negated, planned, hypothetical.")
  String modality;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events whose time overlaps this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events before this day.")
  LocalDate to;

  @Option(names = "--limit", description = "Most events to list (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NewsgraphConfig cfg = common.config();
    common.logging(cfg.store().dir());
    PrintWriter out = spec.commandLine().getOut();
    try (NewsStore store = Stores.openExisting(cfg)) {
      List<EventRecord> events = store.events(type, ClaimsCommand.resolve(store, actor),
          ClaimsCommand.resolve(store, recipient), modality, from, to, limit);
      if (json) {
        out.println(Json.pretty(events));
        return Main.OK;
      }
      if (events.isEmpty()) {
        out.println("no events match");
      }
      for (EventRecord r : events) {
        Event e = r.event();
        out.printf("%-10s %-9s %-12s %s → %s  \"%s\"%s%n", e.begin() == null ? "" : e.begin(), e.type(),
            e.modality().name().toLowerCase(Locale.ROOT), ids(e.actors()), ids(e.recipients()), r.trigger(),
            e.timeFromArticleDate() ? " (article date)" : "");
      }
      return Main.OK;
    }
  }

  private static String ids(List<Event.Argument> args) {
    if (args.isEmpty()) {
      return "—";
    }
    return args.stream().map(a -> a.entityId() == null ? "?" : a.entityId()).collect(Collectors.joining(","));
  }
}
