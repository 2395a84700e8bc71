package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.app.json.Listings.EventList;
import org.newsgraph.app.json.SourceLabels;
import org.newsgraph.core.Event;
import org.newsgraph.core.Periods;
import org.newsgraph.store.EventFilter;
import org.newsgraph.store.EventRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph events}: who did what to whom, when, and how the text holds it. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List stored PLOVER events by type, actor, recipient, date and modality.")
final class EventsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

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

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "Only events at least this sure, from 0 to 1 (of the events given 0.8, about 80%% are right).")
  Double minConfidence;

  @Option(names = "--limit", description = "Most events to list (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Override
  public Integer call() {
    try (StoreSession s = StoreSession.existing(common)) {
      List<EventRecord> events = s.store().events(new EventFilter(type, s.entityId(actor), s.entityId(recipient),
          modality, from, to, minConfidence), limit);
      if (output.printedJson(EventList.of(events, SourceLabels.names(s.store())))) {
        return Main.OK;
      }
      PrintWriter out = output.out();
      if (events.isEmpty()) {
        out.println("no events match");
      }
      for (EventRecord r : events) {
        Event e = r.event();
        out.printf(Locale.ROOT, "%-12s %-9s %-12s %.2f %s → %s  \"%s\"%s%n", Periods.label(e.begin(), e.end()),
            e.type(), e.modality().name().toLowerCase(Locale.ROOT), e.confidence(),
            e.actors().isEmpty() ? "(actor unknown)" : ids(e.actors()), ids(e.recipients()), r.trigger(),
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
