package org.newsgraph.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GazetteerTest {
  private static final Gazetteer G = Gazetteer.bundled();

  private static boolean has(List<NameHit> hits, String id, NameKind kind) {
    return hits.stream().anyMatch(h -> h.entry().id().equals(id) && h.kind() == kind);
  }

  private static GazetteerEntry entry(String id) {
    return G.byId(id).orElseThrow(() -> new AssertionError("no entry " + id));
  }

  @Test
  void the_bundled_gazetteer_is_loaded_once() {
    assertSame(G, Gazetteer.bundled());
  }

  @Test
  void ids_are_unique() {
    Set<String> ids = new HashSet<>();
    for (GazetteerEntry e : G.entries()) {
      assertTrue(ids.add(e.id()), "duplicate id " + e.id());
    }
  }

  @Test
  void there_are_at_least_245_countries_and_they_come_first() {
    List<GazetteerEntry> all = G.entries();
    long countries = all.stream().filter(e -> e.type() == EntityType.COUNTRY).count();
    assertTrue(countries >= 245, "only " + countries + " countries");
    for (int i = 0; i < countries; i++) {
      assertEquals(EntityType.COUNTRY, all.get(i).type(), "entry " + i + " " + all.get(i).id());
    }
  }

  @Test
  void countries_have_iso3_ids_and_name_themselves_as_their_country() {
    for (GazetteerEntry e : G.entries()) {
      if (e.type() == EntityType.COUNTRY) {
        assertTrue(e.id().matches("country:[A-Z]{3}"), e.id());
        assertEquals(e.id().substring("country:".length()), e.country());
        assertEquals("country", e.kind());
      }
    }
  }

  @Test
  void the_countries_file_has_iso2_and_iso3_codes_of_the_right_shape() throws Exception {
    try (var in = Gazetteer.class.getResourceAsStream("countries.tsv")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int rows = 0;
      for (String line : text.split("\n")) {
        if (line.startsWith("#") || line.startsWith("iso3\t") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        assertEquals(7, cells.length, line);
        assertTrue(cells[0].matches("[A-Z]{3}"), line);
        assertTrue(cells[1].matches("[A-Z]{2}"), line);
        rows++;
      }
      assertTrue(rows >= 245);
    }
  }

  @Test
  void well_known_codes_are_present() {
    for (String iso3 : List.of("XKX", "PSE", "TWN", "HKG", "MAC", "ESH", "VAT", "PRK", "KOR", "USA", "GBR")) {
      assertTrue(G.byId("country:" + iso3).isPresent(), iso3);
    }
    assertEquals("North Korea", entry("country:PRK").name());
    assertEquals("Ivory Coast", entry("country:CIV").name());
  }

  @Test
  void pyongyang_is_the_capital_of_north_korea_and_a_place() {
    List<NameHit> hits = G.lookup("Pyongyang");
    assertEquals(new NameHit(entry("country:PRK"), NameKind.CAPITAL), hits.get(0));
    assertTrue(has(hits, "place:pyongyang", NameKind.NAME));
    GazetteerEntry place = entry("place:pyongyang");
    assertEquals(EntityType.PLACE, place.type());
    assertEquals("PRK", place.country());
    assertEquals("capital", place.kind());
  }

  @Test
  void seoul_gives_the_capital_hit_before_the_place_hit() {
    List<NameHit> hits = G.lookup("Seoul");
    assertEquals(List.of(new NameHit(entry("country:KOR"), NameKind.CAPITAL),
        new NameHit(entry("place:seoul"), NameKind.NAME)), hits);
  }

  @Test
  void north_korean_is_a_demonym_of_north_korea() {
    assertEquals(List.of(new NameHit(entry("country:PRK"), NameKind.DEMONYM)), G.lookup("North Korean"));
    assertTrue(has(G.lookup("North Koreans"), "country:PRK", NameKind.DEMONYM));
  }

  @Test
  void jordan_is_the_name_of_jordan() {
    assertEquals(new NameHit(entry("country:JOR"), NameKind.NAME), G.lookup("Jordan").get(0));
  }

  @Test
  void kremlin_with_or_without_the_is_a_seat_of_russia() {
    assertEquals(new NameHit(entry("country:RUS"), NameKind.SEAT), G.lookup("Kremlin").get(0));
    assertEquals(new NameHit(entry("country:RUS"), NameKind.SEAT), G.lookup("the Kremlin").get(0));
    assertEquals(1, G.lookup("the Kremlin").size());
  }

  @Test
  void kursk_is_a_russian_place() {
    List<NameHit> hits = G.lookup("Kursk");
    assertTrue(has(hits, "place:kursk", NameKind.NAME));
    assertEquals("RUS", entry("place:kursk").country());
    assertEquals(EntityType.REGION, entry("place:kursk").type());
    assertTrue(has(G.lookup("Kursk region"), "place:kursk", NameKind.ALIAS));
  }

  @Test
  void kyiv_and_kiev_are_the_capital_of_ukraine() {
    for (String s : List.of("Kyiv", "Kiev", "KYIV")) {
      List<NameHit> hits = G.lookup(s);
      assertEquals(new NameHit(entry("country:UKR"), NameKind.CAPITAL), hits.get(0), s);
      assertTrue(has(hits, "place:kyiv", s.equals("Kiev") ? NameKind.ALIAS : NameKind.NAME), s);
    }
  }

  @Test
  void an_all_caps_alias_matches_only_exactly() {
    assertEquals(List.of(new NameHit(entry("org:afp"), NameKind.ALIAS)), G.lookup("AFP"));
    assertEquals(List.of(), G.lookup("afp"));
    assertEquals(List.of(), G.lookup("Afp"));
    assertEquals(List.of(), G.lookup("who"));
    assertEquals(List.of(), G.lookup("us"));
    assertTrue(has(G.lookup("WHO"), "org:who", NameKind.ALIAS));
    assertTrue(has(G.lookup("US"), "country:USA", NameKind.ALIAS));
  }

  @Test
  void other_names_ignore_case_and_normalize_apostrophes_and_spaces() {
    assertTrue(has(G.lookup("north   korea"), "country:PRK", NameKind.NAME));
    assertTrue(has(G.lookup("Côte d\u2019Ivoire"), "country:CIV", NameKind.ALIAS));
    assertTrue(has(G.lookup("the United Arab Emirates"), "country:ARE", NameKind.NAME));
    assertTrue(has(G.lookup(" The  Netherlands "), "country:NLD", NameKind.NAME));
  }

  @Test
  void a_british_spelling_names_the_same_organisation_as_the_american_one() {
    assertTrue(has(G.lookup("the World Trade Organisation"), "org:wto", NameKind.NAME));
    assertTrue(has(G.lookup("International Labour Organisation"), "org:ilo", NameKind.NAME));
    assertTrue(has(G.lookup("Organisation for Economic Co-operation and Development"), "org:oecd", NameKind.NAME),
        "a name spelt the British way is still found as written");
  }

  @Test
  void an_ampersand_is_the_word_and() {
    assertTrue(has(G.lookup("Organization for Security & Co-operation in Europe"), "org:osce", NameKind.NAME));
    assertTrue(has(G.lookup("the Justice & Development Party"), "org:akp", NameKind.NAME));
    assertTrue(has(G.lookup("Research & Analysis Wing"), "org:raw-ind", NameKind.NAME));
  }

  @Test
  void labour_and_the_lib_dems_are_british_parties() {
    assertTrue(has(G.lookup("Labour"), "org:labour-party-gbr", NameKind.ALIAS));
    assertTrue(has(G.lookup("The Lib Dems"), "org:liberal-democrats-gbr", NameKind.ALIAS));
    assertEquals("GBR", entry("org:liberal-democrats-gbr").country());
    assertEquals("party", entry("org:liberal-democrats-gbr").kind());
  }

  @Test
  void uae_is_the_united_arab_emirates() {
    assertEquals(List.of(new NameHit(entry("country:ARE"), NameKind.ALIAS)), G.lookup("UAE"));
    assertTrue(has(G.lookup("the UAE"), "country:ARE", NameKind.ALIAS));
  }

  @Test
  void national_intelligence_service_is_south_koreas_spy_agency() {
    assertEquals(List.of(new NameHit(entry("org:nis-kor"), NameKind.NAME)),
        G.lookup("National Intelligence Service"));
    assertEquals("org:nis-kor", G.orgByDescriptor("KOR", "spy agency").orElseThrow().id());
    assertEquals("org:nis-kor", G.orgByDescriptor("KOR", "Spy Agency").orElseThrow().id());
    assertEquals("org:jcs-kor", G.orgByDescriptor("KOR", "military").orElseThrow().id());
    assertEquals("org:mea-ind", G.orgByDescriptor("IND", "foreign ministry").orElseThrow().id());
    assertEquals("org:armed-forces-ukr", G.orgByDescriptor("UKR", "armed forces").orElseThrow().id());
    assertFalse(G.orgByDescriptor("KOR", "bakery").isPresent());
  }

  @Test
  void organisations_have_org_ids_and_known_countries() {
    for (GazetteerEntry e : G.entries()) {
      if (e.type() == EntityType.ORGANIZATION) {
        assertTrue(e.id().matches("org:[a-z0-9]+(-[a-z0-9]+)*"), e.id());
        assertTrue(Gazetteer.ORG_KINDS.contains(e.kind()), e.id());
        if (e.country() != null) {
          assertTrue(G.byId("country:" + e.country()).isPresent(), e.id());
        }
      }
    }
    assertTrue(has(G.lookup("Shura Council"), "org:shoura-council-omn", NameKind.ALIAS));
    assertTrue(has(G.lookup("ISIS"), "org:islamic-state", NameKind.ALIAS));
    assertEquals(List.of(), G.lookup("IS"));
  }

  @Test
  void every_capital_has_a_place_entry() {
    Map<String, GazetteerEntry> capitalsByCountry = new HashMap<>();
    for (GazetteerEntry e : G.entries()) {
      if ("capital".equals(e.kind())) {
        assertEquals(EntityType.PLACE, e.type(), e.id());
        assertTrue(e.id().startsWith("place:"), e.id());
        capitalsByCountry.put(e.country(), e);
      }
    }
    for (GazetteerEntry c : G.entries()) {
      if (c.type() != EntityType.COUNTRY) {
        continue;
      }
      for (String name : capitalNames(c)) {
        List<NameHit> hits = G.lookup(name);
        assertTrue(hits.stream().anyMatch(h -> h.kind() != NameKind.CAPITAL
            && "capital".equals(h.entry().kind()) && c.country().equals(h.entry().country())),
            "capital " + name + " of " + c.id() + " has no place entry");
      }
    }
    assertTrue(capitalsByCountry.size() > 200, "only " + capitalsByCountry.size() + " capitals");
  }

  /** Capital names of a country, found back through CAPITAL hits of its capital entry's names. */
  private static List<String> capitalNames(GazetteerEntry country) {
    List<String> names = new ArrayList<>();
    for (GazetteerEntry e : G.entries()) {
      if ("capital".equals(e.kind()) && country.country().equals(e.country())) {
        names.add(e.name());
        names.addAll(e.aliases());
        for (String n : names) {
          assertTrue(has(G.lookup(n), country.id(), NameKind.CAPITAL), n + " is not a CAPITAL of " + country.id());
        }
      }
    }
    return names;
  }

  @Test
  void no_name_is_an_english_stop_word_or_pronoun() {
    Set<String> stop = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
        "with", "from", "as", "is", "was", "be", "been", "are", "were", "am", "not", "no", "so", "if", "all", "any",
        "one", "new", "now", "who", "what", "which", "this", "that", "these", "those", "said", "says", "also",
        "more", "most", "over", "after", "before", "up", "down", "out", "then", "there", "here", "when", "where",
        "why", "how", "do", "does", "did", "has", "have", "had", "he", "his", "him", "she", "her", "hers", "it",
        "its", "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "may", "might", "will",
        "would", "can", "could", "shall", "should", "must", "march", "april", "june", "july", "august", "sun",
        "mon", "sat", "per", "via", "under", "about", "into", "than", "just", "only", "even", "still", "well",
        "man", "men", "west", "east", "north", "south", "state", "states", "government", "army", "police", "party",
        "union", "council", "court", "house", "senate", "republic", "kingdom", "city", "region",
        "amnesty", "shell", "intel", "oracle", "nice", "male", "tyre", "guardian", "fed", "afar", "valley");
    List<String> bad = new ArrayList<>();
    for (GazetteerEntry e : G.entries()) {
      List<String> names = new ArrayList<>(e.aliases());
      names.add(e.name());
      for (String n : names) {
        if (!Gazetteer.allCaps(n) && stop.contains(n.toLowerCase(Locale.ROOT))) {
          bad.add(e.id() + " " + n);
        }
      }
    }
    for (String word : stop) {
      for (NameHit h : G.lookup(word)) {
        bad.add(word + " -> " + h);
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void entries_turn_into_entities() {
    Entity e = entry("country:PRK").toEntity();
    assertEquals(new Entity("country:PRK", EntityType.COUNTRY, "North Korea", entry("country:PRK").aliases(), "PRK"),
        e);
    assertTrue(e.aliases().contains("DPRK"));
    assertEquals(EntityType.ORGANIZATION, entry("org:nis-kor").toEntity().type());
    assertEquals(EntityType.REGION, entry("place:kursk").toEntity().type());
    assertEquals(EntityType.PLACE, entry("place:kharkiv").toEntity().type());
  }

  @Test
  void the_longest_name_bounds_the_number_of_words() {
    int max = G.maxNameWords();
    assertTrue(max >= 6 && max <= 16, "maxNameWords " + max);
    assertTrue(G.lookup("Saint Helena, Ascension and Tristan da Cunha").size() == 1);
  }

  // -------------------------------------------------------------------------- loading small tables

  private static final String COUNTRIES = "iso3\tiso2\tname\taliases\tdemonyms\tcapitals\tseats\n"
      + "# a comment\n"
      + "RUS\tRU\tRussia\tRussian Federation\tRussian|Russians\tMoscow\tKremlin|the Kremlin\n"
      + "KOR\tKR\tSouth Korea\tROK\tSouth Korean\tSeoul\t\n";
  private static final String ORGS = "slug\tname\taliases\tcountry\tkind\tdescriptors\n"
      + "nis-kor\tNational Intelligence Service\tNIS\tKOR\tintelligence\tspy agency\n";
  private static final String REGIONS = "slug\tname\taliases\tcountry\tkind\n"
      + "kursk\tKursk\tKursk region\tRUS\tregion\n"
      + "seoul\tSeoul\tSeoul city\tKOR\tcity\n";

  private static Gazetteer load(String countries, String orgs, String regions) {
    return Gazetteer.load(new StringReader(countries), "countries.tsv", new StringReader(orgs),
        "organizations.tsv", new StringReader(regions), "regions.tsv");
  }

  @Test
  void small_tables_load_and_a_capital_listed_as_a_city_is_merged() {
    Gazetteer g = load(COUNTRIES, ORGS, REGIONS);
    assertEquals(List.of("country:RUS", "country:KOR", "place:moscow", "place:seoul", "org:nis-kor", "place:kursk"),
        g.entries().stream().map(GazetteerEntry::id).toList());
    assertEquals(List.of("Seoul city"), g.byId("place:seoul").orElseThrow().aliases());
    assertEquals("capital", g.byId("place:seoul").orElseThrow().kind());
  }

  @Test
  void a_row_with_too_few_columns_is_an_error_naming_file_and_line() {
    String broken = ORGS + "cia-usa\tCentral Intelligence Agency\tCIA\tintelligence\n";
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(COUNTRIES, broken, REGIONS));
    assertTrue(e.getMessage().contains("organizations.tsv line 3"), e.getMessage());
  }

  @Test
  void a_bad_code_a_bad_kind_or_an_unknown_country_is_an_error_naming_file_and_line() {
    IllegalStateException code = assertThrows(IllegalStateException.class,
        () -> load(COUNTRIES + "Xyz\tXY\tNowhere\t\t\t\t\n", ORGS, REGIONS));
    assertTrue(code.getMessage().startsWith("countries.tsv line 5:"), code.getMessage());
    IllegalStateException kind = assertThrows(IllegalStateException.class,
        () -> load(COUNTRIES, ORGS, REGIONS + "busan\tBusan\t\tKOR\tmetropolis\n"));
    assertTrue(kind.getMessage().startsWith("regions.tsv line 4:"), kind.getMessage());
    IllegalStateException country = assertThrows(IllegalStateException.class,
        () -> load(COUNTRIES, ORGS + "x\tX Corp\t\tZZZ\tcompany\t\n", REGIONS));
    assertTrue(country.getMessage().startsWith("organizations.tsv line 3:"), country.getMessage());
  }

  @Test
  void duplicate_ids_and_duplicate_descriptors_are_errors() {
    IllegalStateException dup = assertThrows(IllegalStateException.class,
        () -> load(COUNTRIES, ORGS, REGIONS + "kursk\tKursk city\t\tRUS\tcity\n"));
    assertTrue(dup.getMessage().startsWith("regions.tsv line 4:"), dup.getMessage());
    IllegalStateException desc = assertThrows(IllegalStateException.class,
        () -> load(COUNTRIES, ORGS + "nis2-kor\tOther Service\t\tKOR\tintelligence\tspy agency\n", REGIONS));
    assertTrue(desc.getMessage().startsWith("organizations.tsv line 3:"), desc.getMessage());
  }

  @Test
  void a_wrong_header_is_an_error_naming_file_and_line() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> load("# c\niso3\tname\n", ORGS, REGIONS));
    assertTrue(e.getMessage().startsWith("countries.tsv line 2:"), e.getMessage());
  }

  @Test
  void the_parser_reports_an_empty_multi_value() {
    List<TsvTable.Row> rows = TsvTable.read(new StringReader("a\tb\nx\ty||z\n"), "t.tsv", List.of("a", "b"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> rows.get(0).multi(1));
    assertTrue(e.getMessage().startsWith("t.tsv line 2:"), e.getMessage());
  }
}
