package org.newsgraph.core;

/**
 * A place mention resolved to the place table: which place, its point, and how sure the resolver is. A name the table
 * does not know keeps its words and gets no point (never (0, 0)).
 *
 * @param span        the mention in the article text, or null for the dateline (which is not in the text)
 * @param entityId    the canonical entity of the mention ({@code place:kursk}, {@code country:UKR}), or null
 * @param placeId     the place table's id (a GeoNames id "703448", a division "US.TX", a country "UA"), or null
 * @param name        the place's name ("Kyiv"), or the words as written when unresolved
 * @param country     ISO 3166 alpha-3 of the place, or null
 * @param lat         latitude in degrees, or null when unresolved
 * @param lon         longitude in degrees, or null when unresolved
 * @param confidence  0..1
 * @param evidence    what decided it ("qualifier", "nearby", "population", "linked", "dateline", "unknown", ...)
 */
public record PlacePoint(Span span, String entityId, String placeId, String name, String country, Double lat,
    Double lon, double confidence, String evidence) {
  public PlacePoint {
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("a point needs both latitude and longitude");
    }
  }

  public boolean hasPoint() {
    return lat != null;
  }
}
