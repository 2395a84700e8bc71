package org.newsgraph.eval.precision;

/** Why a predicted event is not fully right. An event paired with a gold event may have several. */
public enum EventError {
  /** No gold event has an overlapping trigger (or the same type in the same sentence): not a political event. */
  NOT_AN_EVENT("not an event / not political"),
  /** The type differs from the gold's (PLOVER's future convention aside). */
  TYPE_WRONG("wrong type"),
  /** An actor that is not one of the gold's, or none where the gold has one. */
  ACTOR_WRONG("actor wrong"),
  /** A recipient that is not one of the gold's, or none where the gold has one. */
  RECIPIENT_WRONG("recipient wrong"),
  /** The modality differs from the gold's. */
  MODALITY_WRONG("modality wrong");

  private final String label;

  EventError(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
