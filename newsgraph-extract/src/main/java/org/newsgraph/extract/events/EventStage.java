package org.newsgraph.extract.events;

import java.util.List;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Stage;
import org.newsgraph.extract.kind.ArticleKindModel;

/**
 * Who did what to whom, where and when: PLOVER events read from the dependency parse, the linked entities and the
 * resolved times (see {@link EventExtractor}), coded only when the words report a political event (see
 * {@link EventSense}) with the participants its type needs ({@link ArgumentNeeds}), each with a calibrated
 * confidence. Runs without claims; when the claims stage ran
 * before it, an event inside a claim's content points to the claim and is CLAIMED (DENIED for a denial), unless the
 * words make it negated, planned or hypothetical. Without claims, an event in the reported clause of "X said" is
 * CLAIMED by the stage's own reading.
 */
public final class EventStage implements Stage {
  public static final String ID = "events.v14";
  /** The PLOVER event types the stage codes. */
  public static final Set<String> TYPES = EventLexicon.TYPES;

  private final EventExtractor extractor;

  /** The stage with the shipped models. */
  public EventStage() {
    this(EventSense.shipped());
  }

  /** The stage without the sense model: every candidate its rules find is coded (for training the model). */
  public static EventStage untrained() {
    return new EventStage(EventSense.untrained());
  }

  /** The stage with a sense model fitted by {@link EventSenseTrainer#fit} (for cross-validation). */
  public static EventStage withSense(org.newsgraph.extract.learn.ModelFiles.Contents sense) {
    return new EventStage(EventSense.of(sense));
  }

  EventStage(EventSense sense) {
    this.extractor = new EventExtractor(EventLexicon.bundled(), sense, ArticleKindModel.shipped());
  }

  /**
   * Every trigger the stage considers in {@code in}, coded or not, with what it decided and why: for training the
   * sense model and for looking at the stage's work. {@code in} needs what {@link #requires()} names.
   */
  public List<EventCandidate> candidates(AnalyzedArticle in) {
    return extractor.candidates(in);
  }

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
