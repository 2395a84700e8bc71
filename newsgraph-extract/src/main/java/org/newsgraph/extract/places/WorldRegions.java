package org.newsgraph.extract.places;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Continents and the world's named regions. The place table holds towns, divisions and countries only, so without
 * this a continent's name went to a town that shares it ("Africa" to África, a village in Veracruz). A continent
 * resolves to GeoNames' continent feature (its id and point, as GeoNames gives them, which is also what gazetteer
 * gold such as LGL expects); a region with no such agreed point ("the Middle East", "West Asia") resolves to nothing,
 * so it keeps its name and gets no point rather than a wrong one.
 */
final class WorldRegions {
  /** Feature code of a continent, as GeoNames has it. */
  static final String CONTINENT = "CONT";

  private static final Map<String, Place> CONTINENTS = Map.of(
      "africa", continent("6255146", "Africa", 7.1881, 21.0938, 1_400_000_000L),
      "asia", continent("6255147", "Asia", 29.8406, 89.2969, 4_700_000_000L),
      "europe", continent("6255148", "Europe", 48.6909, 9.1406, 740_000_000L),
      "north america", continent("6255149", "North America", 46.0732, -100.5470, 590_000_000L),
      "south america", continent("6255150", "South America", -14.6048, -57.6563, 430_000_000L),
      "oceania", continent("6255151", "Oceania", -18.3128, 138.5156, 44_000_000L),
      "antarctica", continent("6255152", "Antarctica", -78.1586, 16.4063, 0L));

  /** Regions that span countries and have no single agreed point; keys as {@link PlaceGazetteer#key} makes them. */
  private static final Set<String> REGIONS = Set.of("middle east", "near east", "far east", "west asia",
      "western asia", "east asia", "eastern asia", "south asia", "southern asia", "southeast asia", "south-east asia",
      "south east asia", "central asia", "asia-pacific", "asia pacific", "indo-pacific", "eurasia", "latin america",
      "central america", "the americas", "americas", "caribbean", "the caribbean", "north africa", "northern africa",
      "west africa", "western africa", "east africa", "eastern africa", "southern africa", "central africa",
      "sub-saharan africa", "horn of africa", "sahel", "the sahel", "maghreb", "levant", "the levant",
      "western europe", "eastern europe", "central europe", "northern europe", "southern europe", "balkans",
      "the balkans", "western balkans", "scandinavia", "nordics", "baltics", "the baltics", "arctic", "the arctic",
      "gulf region", "the gulf", "persian gulf", "arabian peninsula", "caucasus", "the caucasus", "south caucasus");

  private WorldRegions() {}

  /** A continent; its population (rounded, as of the 2020s) is the prior that a bare mention means it. */
  private static Place continent(String id, String name, double lat, double lon, long population) {
    return new Place(id, name, name, List.of(), lat, lon, CONTINENT, "", "", "", population);
  }

  /**
   * Whether the cleaned name is a continent or a world region, so the place table's towns must not answer for it. The
   * name comes without its "the" ({@link Candidates} cuts it off), so a region listed as "the gulf" is asked for as
   * "the " + name too: "the Gulf countries" is the Gulf, not Gulf County, Florida, whose bare name the table knows.
   */
  static boolean isRegion(String name) {
    String k = PlaceGazetteer.key(name);
    return CONTINENTS.containsKey(k) || REGIONS.contains(k) || REGIONS.contains("the " + k);
  }

  /** The continent of this name, if it is one. */
  static Optional<Place> continent(String name) {
    return Optional.ofNullable(CONTINENTS.get(PlaceGazetteer.key(name)));
  }
}
