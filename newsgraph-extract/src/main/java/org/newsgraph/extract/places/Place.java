package org.newsgraph.extract.places;

/**
 * A populated place from GeoNames.
 *
 * @param geonameId  GeoNames id
 * @param name       the GeoNames name ("Addis Ababa", "Zürich")
 * @param asciiName  the name in ASCII
 * @param lat        latitude, degrees
 * @param lon        longitude, degrees
 * @param feature    GeoNames feature code: PPLC capital, PPLA seat of a first-level division, PPL other…
 * @param country    ISO 3166-1 alpha-3 code
 * @param admin1     GeoNames first-level administrative division code, or ""
 * @param population people
 */
public record Place(long geonameId, String name, String asciiName, double lat, double lon, String feature,
    String country, String admin1, long population) {}
