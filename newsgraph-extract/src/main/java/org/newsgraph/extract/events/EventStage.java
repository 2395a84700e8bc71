package org.newsgraph.extract.events;

import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Stage;

/**
 * Who did what to whom, where and when: PLOVER events read by rules from the dependency parse, the linked
 * entities and the resolved times (see {@link EventExtractor}). Runs without claims; when the claims stage ran
 * before it, an event inside a claim's content points to the claim and is CLAIMED (DENIED for a denial), unless the
 * words make it negated, planned or hypothetical. Without claims, an event in the reported clause of "X said" is
 * CLAIMED by the stage's own reading.
 */
public final class EventStage implements Stage {
  public static final String ID = "events.rules.v1";
  /** The PLOVER event types the stage codes. */
  public static final Set<String> TYPES = EventLexicon.TYPES;

  private final EventExtractor extractor = new EventExtractor(EventLexicon.bundled());

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<Facet> requires() {
    return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.NER, Facet.DEPENDENCIES,
        Facet.ENTITIES, Facet.TIMES);
  }

  @Override
  public Set<Facet> provides() {
    return Set.of(Facet.EVENTS);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    return in.withEvents(extractor.extract(in), id());
  }
}
