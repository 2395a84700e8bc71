package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.json.Json;

/**
 * The foundation contract on the bundled example, from the user's side: {@code newsgraph analyze FILE --json}.
 * Mirrors ../shared/acceptance/check_sample.py, plus the expectations the issue lists beyond it.
 */
@Tag("models")
class SampleAnalysisTest {
  private static JsonNode korea;
  private static JsonNode modi;

  @BeforeAll
  static void analyze() throws Exception {
    Cli.Run r = Cli.run("analyze", Cli.example().toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode articles = Json.MAPPER.readTree(r.out()).get("articles");
    assertEquals(2, articles.size(), "the example holds exactly two articles");
    korea = articles.get(0);
    modi = articles.get(1);
  }

  private static JsonNode entity(JsonNode article, String id) {
    for (JsonNode e : article.get("entities")) {
      if (e.get("id").asText().equals(id)) {
        return e;
      }
    }
    return null;
  }

  private static List<String> entityIdsMentionedAs(JsonNode article, String word) {
    List<String> ids = new ArrayList<>();
    for (JsonNode e : article.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        if (m.get("text").asText().equals(word)) {
          ids.add(e.get("id").asText());
        }
      }
    }
    return ids;
  }

  private static String timeValue(JsonNode article, String words) {
    for (JsonNode t : article.get("times")) {
      if (t.get("text").asText().toLowerCase().contains(words.toLowerCase())) {
        return t.get("value").asText();
      }
    }
    return null;
  }

  @Test
  void each_article_has_its_headline_date_dateline_and_bullets() {
    assertTrue(korea.get("headline").asText().startsWith("North Korea troops not in combat"));
    assertEquals("2025-02-04", korea.get("updated").asText());
    assertEquals("SEOUL", korea.get("dateline").asText());
    assertEquals("AFP", korea.get("agency").asText());
    assertEquals(2, korea.get("bullets").size());
    assertTrue(modi.get("headline").asText().startsWith("Modi starts Mideast-Africa tour"));
    assertEquals("2025-12-15", modi.get("updated").asText());
    assertEquals("NEW DELHI", modi.get("dateline").asText());
    assertFalse(korea.get("text").asText().contains("Short Url"));
  }

  @Test
  void mention_offsets_point_at_the_mention_text() {
    for (JsonNode a : List.of(korea, modi)) {
      String text = a.get("text").asText();
      for (JsonNode e : a.get("entities")) {
        for (JsonNode m : e.get("mentions")) {
          assertEquals(m.get("text").asText(), text.substring(m.get("begin").asInt(), m.get("end").asInt()));
        }
      }
      for (JsonNode t : a.get("times")) {
        assertEquals(t.get("text").asText(), text.substring(t.get("begin").asInt(), t.get("end").asInt()));
      }
    }
  }

  @Test
  void every_mention_and_every_time_carries_a_confidence_between_0_and_1() {
    for (JsonNode a : List.of(korea, modi)) {
      List<JsonNode> items = new ArrayList<>();
      a.get("entities").forEach(e -> e.get("mentions").forEach(items::add));
      a.get("times").forEach(items::add);
      assertFalse(items.isEmpty());
      for (JsonNode x : items) {
        assertTrue(x.get("confidence").isNumber(), x.toString());
        double c = x.get("confidence").asDouble();
        assertTrue(c >= 0 && c <= 1, x.toString());
      }
    }
  }

  @Test
  void the_countries_each_article_is_about_are_linked() {
    for (String id : List.of("country:PRK", "country:RUS", "country:UKR", "country:KOR")) {
      assertNotNull(entity(korea, id), id);
    }
    for (String id : List.of("country:IND", "country:OMN", "country:JOR", "country:ETH")) {
      assertNotNull(entity(modi, id), id);
    }
  }

  @Test
  void capitals_that_act_stand_for_their_country() {
    assertEquals(List.of("country:PRK"), entityIdsMentionedAs(korea, "Pyongyang").stream().distinct().toList());
    assertEquals(List.of("country:UKR"), entityIdsMentionedAs(korea, "Kyiv").stream().distinct().toList());
    assertTrue(entityIdsMentionedAs(korea, "Kremlin").contains("country:RUS"));
    assertTrue(entityIdsMentionedAs(korea, "Seoul").contains("country:KOR"), "Seoul has previously said …");
  }

  @Test
  void a_capital_that_is_a_destination_is_the_city() {
    List<String> amman = entityIdsMentionedAs(modi, "Amman");
    assertFalse(amman.isEmpty());
    assertTrue(amman.stream().allMatch(id -> id.startsWith("place:")), amman.toString());
  }

  @Test
  void jordan_is_a_country_and_kursk_a_place_and_demonyms_are_their_country() {
    assertEquals("country:JOR", entityIdsMentionedAs(modi, "Jordan").get(0));
    List<String> kursk = entityIdsMentionedAs(korea, "Kursk");
    assertFalse(kursk.isEmpty(), "CoreNLP misses Kursk; the gazetteer must not");
    assertEquals("REGION", entity(korea, kursk.get(0)).get("type").asText());
    assertEquals("RUS", entity(korea, kursk.get(0)).get("country").asText());
    assertTrue(entityIdsMentionedAs(korea, "North Korean").contains("country:PRK"));
  }

  @Test
  void people_are_one_entity_under_their_full_name_and_pronouns_are_not_entities() {
    assertEquals(List.of("person:vladimir-putin"), entityIdsMentionedAs(korea, "Putin").stream().distinct()
        .toList());
    assertEquals(List.of("person:narendra-modi"), entityIdsMentionedAs(modi, "Modi").stream().distinct().toList());
    for (JsonNode a : List.of(korea, modi)) {
      for (JsonNode e : a.get("entities")) {
        for (JsonNode m : e.get("mentions")) {
          assertFalse(List.of("he", "his", "she", "her", "it").contains(m.get("text").asText().toLowerCase()),
              e.toString());
        }
      }
    }
  }

  @Test
  void the_spy_agency_is_the_national_intelligence_service() {
    List<String> ids = entityIdsMentionedAs(korea, "South Korea’s spy agency");
    assertEquals(List.of("org:nis-kor"), ids);
    assertTrue(entityIdsMentionedAs(korea, "National Intelligence Service").contains("org:nis-kor"));
  }

  @Test
  void dates_resolve_against_each_articles_own_date() {
    assertEquals("2025-02-04", timeValue(korea, "Tuesday"));
    assertEquals("2025-01-31", timeValue(korea, "Friday"));
    assertEquals("2024-12", timeValue(korea, "December"));
    assertEquals("2024", timeValue(korea, "last year"));
    assertEquals("2024-08", timeValue(korea, "August"));
    assertEquals("2022-02", timeValue(korea, "February 2022"));
    assertEquals("2025-01-01", timeValue(korea, "New Year"));
    assertEquals("2025-01", timeValue(korea, "mid-January"));
    assertEquals("2025-12-15", timeValue(modi, "Monday"));
    assertEquals("2025-12-16", timeValue(modi, "Tuesday"));
    assertEquals("2025-12-17", timeValue(modi, "day later"));
    assertEquals("2025-W50", timeValue(modi, "last week"));
    assertEquals("2023-11", timeValue(modi, "November 2023"));
    assertEquals("2024-03", timeValue(modi, "March 2024"));
  }

  @Test
  void may_the_verb_and_the_second_world_war_are_not_times() {
    for (JsonNode t : korea.get("times")) {
      String w = t.get("text").asText().toLowerCase();
      assertFalse(w.equals("may") || w.equals("this may"), t.toString());
      assertFalse(w.contains("second"), t.toString());
    }
  }

  // --- events read through the claims that report them (the events issue's pinned facts, end to end)

  /** The entity ids named inside [begin, end) of the article's text. */
  private static List<String> entitiesWithin(JsonNode article, JsonNode span) {
    int begin = span.get("begin").asInt();
    int end = span.get("end").asInt();
    List<String> ids = new ArrayList<>();
    for (JsonNode e : article.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        if (m.get("begin").asInt() >= begin && m.get("end").asInt() <= end && !ids.contains(e.get("id").asText())) {
          ids.add(e.get("id").asText());
        }
      }
    }
    return ids;
  }

  private static JsonNode claim(JsonNode article, String id) {
    for (JsonNode c : article.get("claims")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    return null;
  }

  private static boolean actsAs(JsonNode event, String role, String entity) {
    for (JsonNode x : event.get(role)) {
      if (entity.equals(x.path("entity_id").asText(null))) {
        return true;
      }
    }
    return false;
  }

  /** The claims that report a North Korean deployment to Russia, by the stance of each. */
  private static List<JsonNode> claimsOfDeployment(String stance) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : korea.get("events")) {
      if (e.get("type").asText().equals("MOBILIZE") && actsAs(e, "actors", "country:PRK")
          && actsAs(e, "recipients", "country:RUS") && !e.get("claim_id").isNull()) {
        JsonNode c = claim(korea, e.get("claim_id").asText());
        assertNotNull(c, "event " + e.get("id") + " names claim " + e.get("claim_id") + ", which must exist");
        if (c.get("stance").asText().equals(stance)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  @Test
  void the_deployment_is_claimed_by_the_intelligence_agencies_and_unconfirmed_by_pyongyang_and_moscow() {
    assertTrue(claimsOfDeployment("asserted").stream().anyMatch(c -> entitiesWithin(korea, c.get("source"))
        .containsAll(List.of("country:KOR", "country:UKR"))), "Western, South Korean and Ukrainian intelligence "
        + "agencies say Pyongyang deployed more than 10,000 troops");
    assertTrue(claimsOfDeployment("unconfirmed").stream().anyMatch(c -> entitiesWithin(korea, c.get("source"))
        .containsAll(List.of("country:PRK", "country:RUS"))), "Neither Pyongyang nor Moscow have officially "
        + "confirmed the troop deployment");
    assertTrue(claimsOfDeployment("denied").isEmpty(), "nobody denies it");
  }

  @Test
  void the_withdrawal_is_claimed_by_ukraines_military_on_the_friday_it_spoke() {
    boolean found = false;
    for (JsonNode e : korea.get("events")) {
      if (e.get("type").asText().equals("RETREAT") && !e.get("claim_id").isNull()) {
        JsonNode c = claim(korea, e.get("claim_id").asText());
        if ("org:armed-forces-ukr".equals(c.get("source").path("entity_id").asText(null))) {
          assertEquals("2025-01-31", c.get("said").asText());
          assertEquals("claimed", e.get("modality").asText());
          found = true;
        }
      }
    }
    assertTrue(found, "a RETREAT reported through the claim of Ukraine's military");
  }

  @Test
  void combat_since_mid_january_is_negated_on_the_spy_agencys_word() {
    boolean found = false;
    for (JsonNode e : korea.get("events")) {
      if (e.get("type").asText().equals("ASSAULT") && e.get("modality").asText().equals("negated")
          && "2025-01-11".equals(e.get("interval").path("begin").asText(null)) && !e.get("claim_id").isNull()) {
        JsonNode c = claim(korea, e.get("claim_id").asText());
        found |= "org:nis-kor".equals(c.get("source").path("entity_id").asText(null));
      }
    }
    assertTrue(found, "North Korean troops have not been engaged in combat since mid-January, per the NIS");
  }

  // --- unnamed group sources keep their countries (issue 4)

  /** The first claim of the article whose source words contain {@code words}. */
  private static JsonNode claimWithSource(JsonNode article, String words) {
    for (JsonNode c : article.get("claims")) {
      if (!c.get("source").isNull() && c.get("source").get("text").asText().contains(words)) {
        return c;
      }
    }
    throw new AssertionError("no claim whose source says '" + words + "' in " + article.get("claims"));
  }

  private static List<String> countries(JsonNode claim) {
    List<String> out = new ArrayList<>();
    claim.get("source").get("countries").forEach(c -> out.add(c.asText()));
    return out;
  }

  @Test
  void unnamed_group_sources_keep_their_countries_and_named_ones_have_none() {
    JsonNode officials = claimWithSource(korea, "Ukrainian officials");
    assertTrue(officials.get("source").get("entity_id").isNull(), officials.toString());
    assertEquals(List.of("country:UKR"), countries(officials));
    JsonNode agencies = claimWithSource(korea, "intelligence agencies");
    assertTrue(agencies.get("source").get("entity_id").isNull(), agencies.toString());
    assertEquals(List.of("country:KOR", "country:UKR"), countries(agencies), "Western is no country");
    assertEquals(List.of("country:UKR"), countries(claimWithSource(korea, "Kyiv and the West")));
    JsonNode spy = claimWithSource(korea, "South Korea’s spy agency");
    assertEquals("org:nis-kor", spy.get("source").get("entity_id").asText());
    assertEquals(List.of(), countries(spy), "a named source keeps its entity and no group countries");
  }

  @Test
  void people_carry_the_country_their_title_gives_them() {
    assertEquals("RUS", entity(korea, "person:vladimir-putin").path("country").asText(null),
        "Russian President Vladimir Putin");
    assertEquals("PRK", entity(korea, "person:kim-jong-un").path("country").asText(null),
        "North Korean leader Kim Jong Un");
    assertEquals("IND", entity(modi, "person:piyush-goyal").path("country").asText(null),
        "India’s Commerce and Industry Minister Piyush Goyal");
  }
}
