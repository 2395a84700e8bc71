package org.newsgraph.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;

/** The resolver weighs each article's own evidence against population. */
class PlaceResolverTest {
  private static final PlaceResolver RESOLVER = PlaceResolver.bundled();

  /** Resolves every occurrence of each name in {@code text}, in text order. */
  private static List<Resolution> resolve(String text, String dateline, String outlet, String... names) {
    List<Toponym> ts = new ArrayList<>();
    for (String n : names) {
      int i = text.indexOf(n);
      while (i >= 0) {
        ts.add(Toponym.at(new Span(i, i + n.length())));
        i = text.indexOf(n, i + n.length());
      }
    }
    ts.sort((a, b) -> a.span().compareTo(b.span()));
    List<Resolution> rs = new ArrayList<>(RESOLVER.resolve(text, ts, dateline, outlet));
    rs.sort((a, b) -> a.toponym().span().compareTo(b.toponym().span()));
    return rs;
  }

  @Test
  void a_qualifier_picks_the_town_in_that_state() {
    Resolution paris = resolve("The fair in Paris, Texas drew a crowd.", null, null, "Paris").get(0);
    assertEquals("USA", paris.place().country());
    assertEquals("TX", paris.place().admin1());
    assertEquals("qualifier", paris.evidence());
    Resolution ky = resolve("He moved to Louisville, Ky., last year.", null, null, "Louisville").get(0);
    assertEquals("KY", ky.place().admin1());
  }

  @Test
  void an_ambiguous_name_with_no_evidence_goes_to_the_most_populous_place_with_low_confidence() {
    Resolution paris = resolve("Paris was quiet.", null, null, "Paris").get(0);
    assertEquals("FRA", paris.place().country());
    Resolution qualified = resolve("The fair in Paris, Texas drew a crowd.", null, null, "Paris").get(0);
    assertTrue(paris.confidence() < qualified.confidence(), paris + " vs " + qualified);
  }

  @Test
  void the_other_places_of_a_local_story_pull_a_name_towards_them() {
    List<Resolution> rs = resolve("Volunteers from the Alexandria area drove to Pineville and Natchitoches, then "
        + "on through Rapides Parish.", null, "USA", "Alexandria", "Pineville", "Natchitoches", "Rapides Parish");
    for (Resolution r : rs) {
      assertEquals("LA", r.place().admin1(), r.toString());
    }
  }

  @Test
  void a_name_the_table_does_not_know_keeps_no_point() {
    Resolution r = resolve("They met in Xqzvillebury.", null, null, "Xqzvillebury").get(0);
    assertNull(r.place());
    assertEquals(0, r.confidence());
  }

  @Test
  void a_continent_is_the_continent_and_a_region_keeps_no_point_never_a_town_that_shares_the_name() {
    String text = "Trade with Africa and Europe grew, while West Asia and the Middle East slowed.";
    List<Resolution> rs = resolve(text, null, null, "Africa", "Europe", "West Asia", "Middle East");
    Place africa = rs.get(0).place();
    assertTrue(africa.isContinent());
    assertEquals(6255146L, africa.geonameId());
    assertTrue(Math.abs(africa.lat() - 7.19) < 0.1 && Math.abs(africa.lon() - 21.09) < 0.1, africa.toString());
    assertTrue(rs.get(1).place().isContinent());
    assertNull(rs.get(2).place());
    assertNull(rs.get(3).place());
    // The table does have towns of these names; a qualified or different name still reaches them.
    assertTrue(RESOLVER.table().named("Africa").stream().anyMatch(Place::isTown));
  }

  @Test
  void a_dateline_is_the_most_populous_town_of_its_name_wherever_the_outlet_is() {
    assertEquals("USA", RESOLVER.dateline("WASHINGTON").country());
    assertEquals("DC", RESOLVER.dateline("WASHINGTON").admin1());
    assertEquals("New York City", RESOLVER.dateline("NEW YORK").name());
    assertEquals("MA", RESOLVER.dateline("BOSTON, March 3").admin1());
    assertTrue(RESOLVER.dateline("KUWAIT").isCountry() || RESOLVER.dateline("KUWAIT").country().equals("KWT"));
    assertNull(RESOLVER.dateline("XQZVILLEBURY"));
  }

  @Test
  void variants_demonyms_and_capital_spellings_are_understood() {
    assertEquals("OH", resolve("Fans in St. Paris, Ohio cheered.", null, null, "St. Paris").get(0).place().admin1());
    assertEquals("RUS", resolve("Russian officials met.", null, null, "Russian").get(0).place().country());
    Place kiev = resolve("Talks in Kiev.", null, null, "Kiev").get(0).place();
    assertNotNull(kiev);
    assertEquals("UKR", kiev.country());
    assertTrue(resolve("The US and Canada.", null, null, "US").get(0).place().isCountry());
  }

  @Test
  void a_peoples_name_no_place_has_is_read_as_the_place_it_comes_from() {
    Place ontario = resolve("Many Ontarians voted.", null, "USA", "Ontarians").get(0).place();
    assertNotNull(ontario);
    assertEquals("CA.08", ontario.id());
    Place gaza = resolve("Gazans queued for water.", null, null, "Gazans").get(0).place();
    assertNotNull(gaza);
    assertEquals("PSE", gaza.country(), gaza.toString());
    assertEquals("California", Candidates.demonymStems("Californians").get(0));
    assertEquals(List.of("New York"), Candidates.demonymStems("New Yorkers"));
    assertEquals(List.of(), Candidates.demonymStems("ontarians"), "a lower-case word is no people");
  }

  @Test
  void a_region_listed_with_its_the_is_a_region_when_written_without_it_and_the_county_keeps_its_whole_name() {
    assertNull(resolve("Trade with the Gulf countries grew.", null, null, "Gulf").get(0).place());
    Place county = resolve("Storms hit Gulf County on Monday.", null, "USA", "Gulf County").get(0).place();
    assertNotNull(county);
    assertEquals("FL", county.admin1(), county.toString());
  }

  @Test
  void the_ontario_of_a_story_lies_near_the_middle_of_the_province_not_among_its_southern_towns() {
    Place ontario = resolve("Voters in Ontario went to the polls.", null, null, "Ontario").get(0).place();
    assertEquals("CA.08", ontario.id());
    assertTrue(ontario.lat() > 48 && ontario.lat() < 52, ontario.toString());
  }

  @Test
  void the_dateline_pulls_a_name_towards_it() {
    Resolution r = resolve("The mayor of Springfield spoke on Monday.", "CHICAGO", "USA", "Springfield").get(0);
    assertEquals("IL", r.place().admin1(), r.toString());
  }

  @Test
  void a_word_like_city_is_cut_off_only_when_the_whole_name_is_no_place() {
    Place kc = resolve("Crowds in Kansas City cheered.", null, "USA", "Kansas City").get(0).place();
    assertTrue(kc.isTown(), kc.toString());
    Place nyc = resolve("He flew to New York City.", null, "USA", "New York City").get(0).place();
    assertTrue(nyc.isTown(), nyc.toString());
    Place kursk = resolve("Fighting in the Kursk region went on.", null, null, "Kursk region").get(0).place();
    assertEquals("RUS", kursk.country());
  }

  @Test
  void a_county_the_table_knows_by_its_bare_name_is_found_without_the_word_county() {
    Place mayo = resolve("Farmers in Mayo County, Ireland, met.", null, null, "Mayo County").get(0).place();
    assertEquals("IRL", mayo.country(), mayo.toString());
    Place harris = resolve("Harris County voted.", null, "USA", "Harris County").get(0).place();
    assertEquals("US.TX.201", harris.id(), "a whole name that is a place keeps its word");
  }

  @Test
  void the_share_of_the_other_chosen_places_in_a_candidates_state_leaves_countries_and_the_name_itself_out() {
    Place alexandriaLa = town("1", "Alexandria", "USA", "LA");
    Place alexandriaVa = town("2", "Alexandria", "USA", "VA");
    Place[] chosen = {alexandriaLa, town("3", "Pineville", "USA", "LA"), town("4", "Natchitoches", "USA", "LA"),
        town("5", "Richmond", "USA", "VA"), new Place("US", "United States", "United States", List.of(), 39, -98,
            "PCLI", "USA", "", "", 1)};
    assertEquals(2.0 / 3, Evidence.stateChosen(alexandriaLa, chosen, 0), 1e-9);
    assertEquals(1.0 / 3, Evidence.stateChosen(alexandriaVa, chosen, 0), 1e-9);
    assertEquals(0.0, Evidence.stateChosen(chosen[4], chosen, 4), 1e-9);
  }

  private static Place town(String id, String name, String country, String admin1) {
    return new Place(id, name, name, List.of(), 30, -90, "PPL", country, admin1, "", 1000);
  }

  @Test
  void a_saint_in_capitals_is_a_saint_too() {
    Place p = resolve("ST. PAUL, Minn. - Snow fell.", null, "USA", "ST. PAUL").get(0).place();
    assertEquals("MN", p.admin1(), p.toString());
  }

  @Test
  void a_town_the_outlets_web_address_names_pulls_a_name_towards_it() {
    String text = "Police in Berea are searching for a suspect.";
    Toponym berea = Toponym.at(new Span(text.indexOf("Berea"), text.indexOf("Berea") + 5));
    Place without = RESOLVER.resolve(text, List.of(berea), null, "USA").get(0).place();
    Place with = RESOLVER.resolve(text, List.of(berea), null, "USA", "www.richmondregister.com").get(0).place();
    assertEquals("OH", without.admin1(), without.toString()); // the most populous Berea
    assertEquals("KY", with.admin1(), with.toString()); // 20 km from Richmond, Kentucky
  }

  @Test
  void an_outlets_web_address_names_the_longest_place_a_label_begins_with() {
    PlaceGazetteer t = RESOLVER.table();
    assertTrue(OutletHome.of(t, "columbuslocalnews.com").stream().anyMatch(p -> p.name().equals("Columbus")
        && p.admin1().equals("OH")));
    assertTrue(OutletHome.of(t, "https://chronicle.augusta.com/news/x").stream().allMatch(p -> p.name()
        .equals("Augusta")));
    assertTrue(OutletHome.of(t, "www.bbc.co.uk").isEmpty());
    assertTrue(OutletHome.of(t, null).isEmpty());
  }
}
