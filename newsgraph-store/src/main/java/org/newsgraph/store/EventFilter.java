package org.newsgraph.store;

import java.time.LocalDate;

/**
 * Which stored events to list; a null field matches everything.
 *
 * @param type           PLOVER type (any case)
 * @param actor          an entity among the actors
 * @param recipient      an entity among the recipients
 * @param modality       asserted, claimed, denied, negated, planned or hypothetical (any case)
 * @param from           the event's interval reaches this day or later
 * @param to             the event's interval begins before this day
 * @param minConfidence  the event's confidence is at least this
 */
public record EventFilter(String type, String actor, String recipient, String modality, LocalDate from,
    LocalDate to, Double minConfidence) {
  /** Every event. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null);
}
