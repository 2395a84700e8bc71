package org.newsgraph.extract.events;

import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Argument;

/** One-line human-readable rendering of an event, for logs, development tools and test messages. */
public final class EventFormat {
  private EventFormat() {}

  /** {@code e1 MOBILIZE/troops "deployed" [Pyongyang=country:PRK] -> [...] @Kursk 2024-08-01..2024-09-01 CLAIMED}. */
  public static String line(Event e, String text) {
    return e.id() + " " + e.type() + (e.mode() == null ? "" : "/" + e.mode()) + " \"" + e.trigger().of(text)
        + "\" " + args(e.actors(), text) + " -> " + args(e.recipients(), text)
        + (e.location() == null ? "" : " @" + arg(e.location(), text))
        + " " + e.begin() + ".." + e.end() + (e.timeFromArticleDate() ? "(article)" : "")
        + (e.time() == null ? "" : "[" + e.time().of(text) + "]") + " " + e.modality()
        + (e.claimId() == null ? "" : " via " + e.claimId()) + " " + e.confidence();
  }

  private static String args(List<Argument> a, String text) {
    return a.stream().map(x -> arg(x, text)).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String arg(Argument a, String text) {
    return a.span().of(text).replace('\n', ' ') + (a.entityId() == null ? "" : "=" + a.entityId());
  }
}
