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

  @Test
  void the_table_grew_to_small_towns_divisions_and_countries_each_with_a_point() {
    assertTrue(PLACES.places() > 200_000);
    assertEquals("Soldeu", PLACES.named("Soldeu").get(0).name(), "a village of 602 people is a place now");
    Place texas = PLACES.byId("US.TX").orElseThrow();
    assertTrue(texas.isAdmin1() && texas.lat() > 29 && texas.lat() < 33 && texas.lon() < -97);
    assertTrue(PLACES.named("Harris County").stream().anyMatch(p -> p.id().equals("US.TX.201")));
    Place ukraine = PLACES.country("UKR").orElseThrow();
    assertTrue(ukraine.lat() > 44 && ukraine.lat() < 53 && ukraine.lon() > 22 && ukraine.lon() < 40);
  }

  @Test
  void the_divisions_of_other_countries_are_places_with_a_point_in_their_country_but_a_namesake_town_stands_for_its_own() {
    Place cambridgeshire = PLACES.named("Cambridgeshire").get(0);
    assertEquals("ADMD", cambridgeshire.feature());
    assertEquals("GBR", cambridgeshire.country());
    assertTrue(cambridgeshire.lat() > 52 && cambridgeshire.lat() < 53 && cambridgeshire.lon() > -0.5
        && cambridgeshire.lon() < 0.5, cambridgeshire.toString());
    assertTrue(PLACES.alternatelyNamed("Abkhazia").stream().anyMatch(p -> p.country().equals("GEO")));
    assertTrue(PLACES.named("Seoul").stream().noneMatch(p -> p.feature().equals("ADMD")), "Seoul is the town");
    assertTrue(PLACES.named("Helmand").isEmpty(), "its point in the source lies in Maryland: left out");
  }

  @Test
  void a_damaged_table_is_an_error_naming_the_file_and_line_never_an_empty_table() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write(("# a comment\n" + String.join("\t", PlaceGazetteer.COLUMNS) + "\n"
          + "1\tX\t\t\tnorth\t2\tPPL\tFRA\t\t\t5\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    IllegalStateException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> PlaceGazetteer.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "t.tsv.gz"));
    assertTrue(bad.getMessage().startsWith("t.tsv.gz line 3: "), bad.getMessage());
    IllegalStateException notGzip = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> PlaceGazetteer.read(new java.io.ByteArrayInputStream("plain".getBytes()), "t.tsv.gz"));
    assertTrue(notGzip.getMessage().startsWith("t.tsv.gz: cannot read the place table"), notGzip.getMessage());
  }
}
