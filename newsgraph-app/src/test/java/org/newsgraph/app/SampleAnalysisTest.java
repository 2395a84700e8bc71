package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.json.Json;

/**
 * The foundation contract on the bundled example, from the user's side: {@code newsgraph analyze FILE --json}.
 * Mirrors ../shared/acceptance/check_sample.py, plus the expectations the issue lists beyond it.
 */
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
}
