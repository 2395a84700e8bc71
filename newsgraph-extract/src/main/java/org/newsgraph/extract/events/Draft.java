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
}
