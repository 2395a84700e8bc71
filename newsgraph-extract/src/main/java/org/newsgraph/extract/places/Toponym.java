package org.newsgraph.extract.places;

import org.newsgraph.core.Span;

/**
 * A place name to resolve: where it is in the text, and, when the entity linker already knows it, the country it
 * lies in (alpha-3) and whether it is that country itself.
 *
 * @param span        the name in the article text
 * @param countryHint the ISO alpha-3 code the name must lie in, or null
 * @param isCountry   the name is the country {@code countryHint} itself ("Ukraine", "the DPRK")
 */
public record Toponym(Span span, String countryHint, boolean isCountry) {
  /** A name with nothing known about it. */
  public static Toponym at(Span span) {
    return new Toponym(span, null, false);
  }
}
