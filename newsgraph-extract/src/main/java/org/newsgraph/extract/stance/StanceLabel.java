package org.newsgraph.extract.stance;

import java.util.Locale;

/** A body's stance toward a claim, in FNC-1's four classes; the order is the model's class order. */
public enum StanceLabel {
  AGREE, DISAGREE, DISCUSS, UNRELATED;

  /** The label as FNC-1 spells it: {@code agree}, {@code disagree}, {@code discuss}, {@code unrelated}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a label in FNC-1's spelling (case-insensitive). */
  public static StanceLabel parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + s + "' is not a stance (agree, disagree, discuss, unrelated)", e);
    }
  }

  /** True for the three labels that say the body is about the claim. */
  public boolean related() {
    return this != UNRELATED;
  }
}
