package org.newsgraph.core;

import java.time.LocalDate;
import java.util.List;

/**
 * Who did what to whom, where and when, with PLOVER's event types, and how the text holds it.
 *
 * @param id            id within the article ("e1", "e2", … in text order)
 * @param type          PLOVER event type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
 *                      ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
 * @param mode          PLOVER mode of that type (e.g. "visit" for CONSULT), or null
 * @param trigger       the words that express the event ("deployed", "withdrawn")
 * @param actors        who acts
 * @param recipients    who is acted upon or with
 * @param location      where, or null
 * @param time          the time expression the event is anchored on, or null when only the article date is known
 * @param begin         first day of the event's interval, inclusive, or null
 * @param end           day after the event's interval, exclusive, or null
 * @param timeFromArticleDate true when begin/end fall back to the article's date (no time in the text)
 * @param modality      asserted, claimed, denied, negated, planned or hypothetical
 * @param claimId       the {@link Claim} the event is reported through, or null
 * @param confidence    0..1, how sure the rules are
 * @param sentence      index of the sentence holding the trigger
 * @param quantities    the numbers its clause gives, with what they count ("more than 10,000 troops"), in text order
 */
public record Event(String id, String type, String mode, Span trigger, List<Argument> actors,
    List<Argument> recipients, Argument location, Span time, LocalDate begin, LocalDate end,
    boolean timeFromArticleDate, Modality modality, String claimId, double confidence, int sentence,
    List<Quantity> quantities) {

  public Event {
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    quantities = quantities == null ? List.of() : List.copyOf(quantities);
  }

  /** An event without quantities (what the event stage makes; the quantity stage adds them). */
  public Event(String id, String type, String mode, Span trigger, List<Argument> actors,
      List<Argument> recipients, Argument location, Span time, LocalDate begin, LocalDate end,
      boolean timeFromArticleDate, Modality modality, String claimId, double confidence, int sentence) {
    this(id, type, mode, trigger, actors, recipients, location, time, begin, end, timeFromArticleDate, modality,
        claimId, confidence, sentence, List.of());
  }

  /** This event with the quantities its clause gives. */
  public Event withQuantities(List<Quantity> q) {
    return new Event(id, type, mode, trigger, actors, recipients, location, time, begin, end, timeFromArticleDate,
        modality, claimId, confidence, sentence, q);
  }

  /** A participant or place: the words, and the canonical entity when they link to one (else null). */
  public record Argument(Span span, String entityId) {}

  /** How the text holds the event. */
  public enum Modality { ASSERTED, CLAIMED, DENIED, NEGATED, PLANNED, HYPOTHETICAL }
}
