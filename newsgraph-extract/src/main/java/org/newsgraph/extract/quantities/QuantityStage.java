package org.newsgraph.extract.quantities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Quantity;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Stage;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.Token;

/**
 * Attaches to each event the amounts its clause gives ({@link Event#quantities()}): an amount found by
 * {@link QuantityFinder} belongs to the event whose trigger is reached by walking up the dependency tree from the
 * amount's noun, before any other verb is met ("deployed more than 10,000 troops", "the deployment of 12,000
 * troops", "killing at least 40 people"). An amount in a clause of its own ("troops, who had fought 3,000 miles
 * away") is not the event's.
 */
public final class QuantityStage implements Stage {
  public static final String ID = "quantities.v1";
  /** How far up the tree an amount may be from its event's trigger. */
  private static final int MAX_STEPS = 6;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<Facet> requires() {
    return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.DEPENDENCIES, Facet.TIMES,
        Facet.EVENTS);
  }

  @Override
  public Set<Facet> provides() {
    return Set.of(Facet.QUANTITIES);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    return in.withQuantities(attach(in), id());
  }

  /** The article's events, each with the amounts of its clause. */
  static List<Event> attach(AnalyzedArticle in) {
    Map<Integer, List<Event>> bySentence = new LinkedHashMap<>();
    for (Event e : in.events()) {
      bySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
    }
    if (bySentence.isEmpty()) {
      return in.events();
    }
    List<Span> times = in.times().stream().map(TimeExpression::span).toList();
    Map<String, List<Quantity>> found = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<Event>> entry : bySentence.entrySet()) {
      int index = entry.getKey();
      if (index < 0 || index >= in.sentences().size()) {
        continue;
      }
      Sentence s = in.sentences().get(index);
      for (QuantityFinder.Found f : QuantityFinder.find(s, times)) {
        Event owner = owner(s, f.anchor(), entry.getValue());
        if (owner != null) {
          found.computeIfAbsent(owner.id(), k -> new ArrayList<>()).add(f.quantity());
        }
      }
    }
    return in.events().stream().map(e -> found.containsKey(e.id()) ? e.withQuantities(found.get(e.id())) : e)
        .toList();
  }

  /** The event whose trigger heads the amount's clause, or null. */
  private static Event owner(Sentence s, int anchor, List<Event> events) {
    Token at = s.tokens().get(anchor);
    for (Event e : events) {
      if (e.trigger().overlaps(at.span())) {
        return e; // "12,000 deaths": the counted noun is the trigger
      }
    }
    for (int step = 0; step < MAX_STEPS; step++) {
      Token head = s.headOf(at);
      if (head == null) {
        return null;
      }
      for (Event e : events) {
        if (e.trigger().overlaps(head.span())) {
          return e;
        }
      }
      if (head.isVerb()) {
        return null; // another clause's verb: the amount is not this event's
      }
      at = head;
    }
    return null;
  }
}
