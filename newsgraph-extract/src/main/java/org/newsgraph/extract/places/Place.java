package org.newsgraph.extract.places;

import java.util.List;

/**
 * A place of the place table: a town from GeoNames, a first- or second-level division, or a country.
 *
 * @param id          GeoNames id of a town ("703448"), admin code of a division ("US.TX", "US.TX.201"), or the ISO
 *                    3166 alpha-2 code of a country ("UA")
 * @param name        the name ("Addis Ababa", "Zürich", "Harris County")
 * @param asciiName   the name in ASCII, or the name's core for a county ("Harris")
 * @param alternates  other names in Latin script ("Kiev" for Kyiv), towns of 50,000 people or more only
 * @param lat         latitude, degrees
 * @param lon         longitude, degrees
 * @param feature     GeoNames feature code: PPLC capital, PPLA seat of a first-level division, PPL other town, ADM1,
 *                    ADM2 division, ADMD another country's division (its code not GeoNames'; admin1 empty), PCLI
 *                    country, CONT continent (not in the table: {@link WorldRegions})
 * @param country     ISO 3166-1 alpha-3 code
 * @param admin1      first-level division code within the country ("TX"), or ""
 * @param admin2      second-level division code within the first ("201"), or ""
 * @param population  people (for a division or country, the people of its towns in the table)
 */
public record Place(String id, String name, String asciiName, List<String> alternates, double lat, double lon,
    String feature, String country, String admin1, String admin2, long population) {
  public Place {
    alternates = List.copyOf(alternates);
  }

  /** The GeoNames id of a town or continent, or 0 for a division or country (their ids are not in the table). */
  public long geonameId() {
    return isTown() || isContinent() ? Long.parseLong(id) : 0;
  }

  public boolean isContinent() {
    return feature.equals(WorldRegions.CONTINENT);
  }

  public boolean isTown() {
    return feature.startsWith("PPL") || feature.equals("STLMT");
  }

  public boolean isCountry() {
    return feature.equals("PCLI");
  }

  public boolean isAdmin1() {
    return feature.equals("ADM1");
  }

  public boolean isAdmin2() {
    return feature.equals("ADM2");
  }

  /** Whether this place lies in (or is) the first-level division {@code admin1} of {@code country}. */
  public boolean inAdmin1(String country, String admin1) {
    return !isCountry() && this.country.equals(country) && this.admin1.equals(admin1);
  }
}
