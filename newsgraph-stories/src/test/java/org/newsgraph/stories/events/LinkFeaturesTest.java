package org.newsgraph.stories.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.stories.profile.SparseVector;

class LinkFeaturesTest {
  private static EventInstanceState instance(Map<String, Integer> stems, List<String> actors, String place,
      LocalDate day, String lastArticle) {
    Map<String, Integer> a = new java.util.HashMap<>();
    actors.forEach(x -> a.put(x, 1));
    return new EventInstanceState("v1", "s1", "COERCE", "arrested", stems, a, Map.of(), place, day,
        day == null ? null : day.plusDays(1), SparseVector.of(Map.of("police", 1f)), 2, 1, lastArticle, 1);
  }

  private static EventMention mention(String article, List<String> stems, List<String> actors, String place,
      LocalDate day) {
    return new EventMention(article, "m1", "COERCE", "x", stems, actors, List.of(), place, day,
        day == null ? null : day.plusDays(1), SparseVector.of(Map.of("police", 1f)), null);
  }

  @Test
  void a_shared_stem_its_share_of_the_instance_and_the_same_article_are_seen() {
    Map<String, Double> f = LinkFeatures.named(LinkFeatures.of(mention("a1", List.of("arrest"), List.of(), null,
        null), SparseVector.of(Map.of("police", 1f)), instance(Map.of("arrest", 1, "detain", 3), List.of(), null,
        null, "a1")));
    assertEquals(1, f.get("stem_same"));
    assertEquals(0.25, f.get("stem_share"), 1e-9);
    assertEquals(1, f.get("same_article"));
    assertEquals(1, f.get("context"), 1e-6);
    assertEquals(1, f.get("type_same"));
    assertEquals(0, f.get("actor_other"), "no actors on one side: neither agree nor disagree");
  }

  @Test
  void disagreeing_actors_places_and_days_each_count_only_when_both_sides_have_them() {
    Map<String, Double> f = LinkFeatures.named(LinkFeatures.of(mention("a2", List.of("arrest"),
        List.of("person:a"), "city:leeds", LocalDate.of(2024, 3, 1)), SparseVector.EMPTY,
        instance(Map.of("arrest", 1), List.of("person:b"), "city:york", LocalDate.of(2024, 9, 1), "a1")));
    assertEquals(1, f.get("actor_other"));
    assertEquals(0, f.get("actor_shared"));
    assertEquals(1, f.get("place_other"));
    assertEquals(1, f.get("time_apart"));
    assertEquals(0, f.get("time_overlap"));
    assertEquals(0, f.get("same_article"));
    assertEquals(0, f.get("context"));
  }

  @Test
  void character_trigrams_relate_a_compound_to_its_head_but_not_unrelated_words() {
    assertTrue(LinkFeatures.trigramDice("quak", "earthquak") > 0.4, "quake / earthquake");
    assertTrue(LinkFeatures.trigramDice("arrest", "elect") < 0.1, "arrest / elect");
    assertEquals(1, LinkFeatures.trigramDice("kill", "kill"));
    // ^ki kil ill ll$ against ^ki kil ill lle led ed$: 3 shared of 4 + 6
    assertEquals(0.6, LinkFeatures.trigramDice("kill", "killed"), 1e-9);
  }
}
