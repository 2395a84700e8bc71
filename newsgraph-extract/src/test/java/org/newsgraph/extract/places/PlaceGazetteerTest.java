package org.newsgraph.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bundled GeoNames subset: towns news names but the hand-written gazetteer does not. */
class PlaceGazetteerTest {
  private static final PlaceGazetteer PLACES = PlaceGazetteer.bundled();

  @Test
  void a_town_is_found_with_its_country_and_coordinates() {
    Place samarra = PLACES.lookup("Samarra").orElseThrow();
    assertEquals("IRQ", samarra.country());
    assertTrue(samarra.lat() > 33 && samarra.lat() < 35 && samarra.lon() > 43 && samarra.lon() < 45);
  }

  @Test
  void names_match_ignoring_case_and_accents_and_the_most_populous_comes_first() {
    assertEquals("CHE", PLACES.lookup("zurich").orElseThrow().country());
    assertEquals("ETH", PLACES.lookup("Addis Ababa").orElseThrow().country());
    Place first = PLACES.all("Hyderabad").get(0);
    assertEquals("IND", first.country(), "Hyderabad in India is larger than Hyderabad in Sindh");
    assertTrue(PLACES.all("Hyderabad").size() >= 2);
  }

  @Test
  void only_sizeable_places_are_kept_and_an_unknown_name_gives_nothing() {
    assertTrue(PLACES.all("Soldeu").isEmpty(), "a village of 602 people is below the cut");
    assertTrue(PLACES.lookup("Nowhereville Xyz").isEmpty());
    assertTrue(PLACES.size() > 20_000);
  }
}
