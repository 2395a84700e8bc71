package org.newsgraph.core;

/**
 * A number the text gives, with what it counts: "more than 10,000 troops", "at least 40 people", "$2 billion",
 * "3.5 pct". Attached to the event whose clause holds it ({@link Event#quantities()}).
 *
 * @param span       the words, from the qualifier to the counted noun ("more than 10,000 North Korean troops")
 * @param qualifier  how the number bounds the amount ("more than" is {@link Qualifier#OVER})
 * @param value      the number ("2 billion" is 2e9; the lower bound of "between 10 and 20")
 * @param upper      the upper number of "between 10 and 20" (or "10 to 20"), else null
 * @param unit       a currency ({@code USD}, {@code GBP}, {@code EUR}, {@code JPY}), {@code pct}, or a measure word as
 *                   its lemma ({@code tonne}, {@code barrel}, {@code km}); null for a plain count
 * @param counted    what is counted, as the lemma of its noun ({@code troop}, {@code people}), or null
 */
public record Quantity(Span span, Qualifier qualifier, double value, Double upper, String unit, String counted) {
  /** Relative width around a number given as exact: news rounds, so 10,000 and 10,300 do not disagree. */
  public static final double ROUNDING = 0.05;
  /** Relative width around "about N" (and below "nearly N"). */
  public static final double APPROXIMATE = 0.2;

  public Quantity {
    if (!(value >= 0) || Double.isInfinite(value) || upper != null && !(upper >= value)) {
      throw new IllegalArgumentException("bad quantity " + value + (upper == null ? "" : " to " + upper));
    }
  }

  /** How a number bounds the amount it gives. */
  public enum Qualifier {
    /** "12,000 troops". */
    EXACT,
    /** "about", "around", "some", "roughly", "an estimated". */
    ABOUT,
    /** "nearly", "almost", "close to": a little under. */
    NEARLY,
    /** "more than", "over", "at least", "upwards of". */
    OVER,
    /** "up to", "as many as", "less than", "under", "at most". */
    UP_TO,
    /** "between 10 and 20", "10 to 20". */
    BETWEEN
  }

  /** The least amount the words allow. */
  public double low() {
    return switch (qualifier) {
      case EXACT -> value * (1 - ROUNDING);
      case ABOUT, NEARLY -> value * (1 - APPROXIMATE);
      case OVER -> value;
      case UP_TO -> 0;
      case BETWEEN -> value * (1 - ROUNDING);
    };
  }

  /** The greatest amount the words allow (infinite for "more than"). */
  public double high() {
    return switch (qualifier) {
      case EXACT -> value * (1 + ROUNDING);
      case ABOUT -> value * (1 + APPROXIMATE);
      case NEARLY, UP_TO -> value;
      case OVER -> Double.POSITIVE_INFINITY;
      case BETWEEN -> (upper == null ? value : upper) * (1 + ROUNDING);
    };
  }

  /** Whether both count the same thing in the same unit, so that their amounts can be compared. */
  public boolean sameMeasure(Quantity o) {
    return java.util.Objects.equals(unit, o.unit) && java.util.Objects.equals(counted, o.counted)
        && (unit != null || counted != null);
  }

  /**
   * Whether the two amounts can both be true: their ranges overlap ("more than 10,000" and "12,000" can; "10,000"
   * and "3,000" cannot). Only meaningful for {@link #sameMeasure} quantities.
   */
  public boolean compatibleWith(Quantity o) {
    return low() <= o.high() && o.low() <= high();
  }
}
