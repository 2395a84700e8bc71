package org.newsgraph.extract.events;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * The event a one-event record is about: the one whose trigger sits highest in its sentence's parse (the main
 * clause, or the clause a reporting verb reports), the surer one on a tie. Gold sets that code one event per
 * sentence are scored on it.
 */
public final class MainEvent {
  private MainEvent() {}

  public static Optional<Event> of(AnalyzedArticle a) {
    return a.events().stream().min(Comparator.comparingInt((Event e) -> depth(a, e))
        .thenComparing(Comparator.comparingDouble(Event::confidence).reversed())
        .thenComparingInt(e -> e.trigger().begin()));
  }

  /** Events with the main one first, then the rest in text order. */
  public static List<Event> ordered(AnalyzedArticle a) {
    Optional<Event> main = of(a);
    if (main.isEmpty()) {
      return List.of();
    }
    java.util.ArrayList<Event> out = new java.util.ArrayList<>();
    out.add(main.get());
    a.events().stream().filter(e -> e != main.get()).forEach(out::add);
    return out;
  }

  private static int depth(AnalyzedArticle a, Event e) {
    Sentence s = a.sentences().get(e.sentence());
    for (Token t : s.tokens()) {
      if (t.span().equals(e.trigger())) {
        int d = Deps.depth(s, t);
        if (t.pos().startsWith("NN") && t.head() >= 0 && s.tokens().get(t.head()).isVerb()) {
          d--; // "staged mass demonstrations": the noun is as high as the verb that carries it
        }
        // a reported clause counts as the main one: "X said that Y attacked Z"
        return Modality.reported(s, t) != null ? Math.max(0, d - 1) : d;
      }
    }
    return Integer.MAX_VALUE;
  }
}
