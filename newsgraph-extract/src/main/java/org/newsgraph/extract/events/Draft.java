package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Token;

/** An event while its sentence is being read: mutable, never leaves the package. */
final class Draft {
  final Token trigger;
  final LexiconEntry entry;
  String mode;
  /** The verb that carries a noun trigger ("launched an offensive", "trip will start"), or the trigger itself. */
  Token clause;
  final List<Argument> actors = new ArrayList<>();
  final List<Argument> recipients = new ArrayList<>();
  Argument location;
  boolean merged;
  boolean actorsResolvedByPronoun;
  /** The draft names an event already coded ("if it is signed", "the deployment"): it shares that event's sense. */
  boolean refersToCoded;
  /** A bare event noun that only names an event coded before it ("the summit", "the attack"): no event of its own. */
  boolean nounAnaphor;
  /** Why the event is left uncoded, or null. */
  String dropped;

  Draft(Token trigger, LexiconEntry entry) {
    this.trigger = trigger;
    this.entry = entry;
    this.mode = entry.mode();
    this.clause = trigger;
  }

  boolean noun() {
    return entry.noun();
  }

  String type() {
    return entry.type();
  }

  /** An actor is not its own recipient, and the same entity is listed once. */
  void dropSelf() {
    dedupe(actors);
    dedupe(recipients);
    recipients.removeIf(r -> r.entityId() != null
        && actors.stream().anyMatch(a -> r.entityId().equals(a.entityId())) && actors.size() == 1);
  }

  private static void dedupe(List<Argument> args) {
    List<Argument> out = new ArrayList<>();
    for (Argument a : args) {
      boolean dup = out.stream().anyMatch(b -> a.entityId() != null ? a.entityId().equals(b.entityId())
          : b.entityId() == null && b.span().equals(a.span()));
      if (!dup) {
        out.add(a);
      }
    }
    args.clear();
    args.addAll(out);
  }
}
