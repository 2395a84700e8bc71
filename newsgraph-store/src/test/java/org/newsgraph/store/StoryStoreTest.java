package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention.Role;
import org.newsgraph.testkit.ArticleBuilder;

/** Stories across articles: placed as articles are stored, in the same transaction, and read back. */
class StoryStoreTest {
  @TempDir Path dir;

  /** Another outlet's report of the Kursk withdrawal, a day later, in its own words. */
  static AnalyzedArticle kurskElsewhere() {
    return ArticleBuilder.text("South Korea's National Intelligence Service said North Korean troops have been"
        + " pulled back from the front in Kursk after heavy losses. Russia has not confirmed the withdrawal of the"
        + " North Korean troops, which arrived in Russia in October 2024.")
        .source("samples/kursk-elsewhere.txt")
        .headline("Seoul says North Korean troops withdrawn from Kursk front")
        .published("2025-02-14")
        .entity(Samples.PRK, EntityType.COUNTRY, "North Korea")
        .entity(Samples.KURSK, EntityType.PLACE, "Kursk")
        .entity(Samples.KOR, EntityType.COUNTRY, "South Korea")
        .entity(Samples.NIS, EntityType.ORGANIZATION, "National Intelligence Service", "NIS")
        .entity(Samples.RUS, EntityType.COUNTRY, "Russia")
        .mention("South Korea", Samples.KOR)
        .mention("National Intelligence Service", Samples.NIS)
        .mention("North Korean", Samples.PRK, Role.DEMONYM)
        .mention("Kursk", Samples.KURSK)
        .mention("Russia", Samples.RUS)
        .time("October 2024", "2024-10", "2024-10-01", "2024-11-01")
        .build();
  }

  private static List<String> ids(AnalyzedArticle... articles) {
    return java.util.Arrays.stream(articles).map(a -> a.article().id()).toList();
  }

  @Test
  void each_stored_article_has_a_story_and_two_different_developments_are_two_stories() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-1");
      Map<String, String> story = s.storyOf(ids(Samples.kursk(), Samples.factory()));
      assertEquals(2, story.size(), story.toString());
      assertNotEquals(story.get(Samples.kursk().article().id()), story.get(Samples.factory().article().id()));
      assertEquals(2, s.stories(null, null, null, 0, 10).total());
      for (StorySummary st : s.stories(null, null, null, 0, 10).items()) {
        assertEquals(st.entities().size(), st.entityNames().size());
        assertTrue(st.entities().contains(Samples.PRK), st.entities().toString());
        assertEquals("North Korea", st.entityNames().get(st.entities().indexOf(Samples.PRK)),
            "a story's entities come with their names, as the entities table has them");
      }
      StorySummary one = s.stories(null, null, null, 0, 10).items().get(0);
      assertEquals(one.entityNames(), s.story(one.id()).orElseThrow().story().entityNames());
    }
  }

  @Test
  void every_story_row_carries_its_storys_key_and_the_rows_a_save_appends_are_counted_as_unordered()
      throws Exception {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(ClaimEventStoreTest.withClaimAndEvent(), Samples.factory()), List.of(), "run-1");
      s.save(List.of(kurskElsewhere()), List.of(), "run-2");
    }
    for (String t : List.of("story_articles", "event_instances", "event_mentions", "claim_instances",
        "claim_reports")) {
      // the key as Java computes it for the reads: the first 60 bits of the MD5 of the story id
      Map<String, String> keys = StoreSql.pairs(dir, "SELECT story_id || ' ' || sk, 1 FROM " + t);
      assertTrue(!keys.isEmpty(), t + " has rows");
      for (String k : keys.keySet()) {
        String[] idAndKey = k.split(" ");
        java.math.BigInteger md5 = new java.math.BigInteger(1, java.security.MessageDigest.getInstance("MD5")
            .digest(idAndKey[0].getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(md5.shiftRight(68).longValue(), Long.parseLong(idAndKey[1]), t + " " + k);
      }
      String rows = StoreSql.pairs(dir, "SELECT 1, count(*) FROM " + t).get("1");
      String unordered = StoreSql.pairs(dir, "SELECT 1, value FROM meta WHERE key = 'unordered_rows_" + t + "'")
          .getOrDefault("1", "0");
      // rows replaced by a later save (an instance that gained a report) were appended twice
      assertTrue(Long.parseLong(unordered) >= Long.parseLong(rows), t + ": " + unordered + " counted, " + rows);
    }
  }

  @Test
  void a_storys_articles_list_their_own_outlet_then_their_publications_outlets_and_count_their_copies() {
    AnalyzedArticle kursk = Samples.kursk();
    String id = kursk.article().id();
    String own = kursk.article().outlet();
    // the first publication, then two copies carried by other sites (one of them twice, from two addresses)
    List<Publication> pubs = List.of(
        new Publication(id, id, kursk.article().source(), own, "Headline", null, 1.0, null, null),
        new Publication(id, "feedbeefcafe0001", "https://b.example/x", "B Daily", "Retitled", null, 0.8, null, null),
        new Publication(id, "feedbeefcafe0002", "https://c.example/y", " C News ", "Again", null, 0.8, null, null),
        new Publication(id, "feedbeefcafe0003", "https://b.example/z", "B Daily", "Again", null, 0.8, null, null));
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(kursk, Samples.factory()), List.of(), "run-1", pubs);
      StoryDetail d = s.story(s.storyOf(List.of(id)).get(id)).orElseThrow();
      StoryDetail.StoryArticle a = d.articles().stream().filter(x -> x.articleId().equals(id)).findFirst()
          .orElseThrow();
      List<String> expected = new java.util.ArrayList<>();
      if (own != null && !own.isBlank()) {
        expected.add(own.strip());
      }
      for (String o : List.of("B Daily", "C News")) {
        if (!expected.contains(o)) {
          expected.add(o);
        }
      }
      assertEquals(expected, a.outlets());
      assertEquals(4, a.publications());
      StoryDetail.StoryArticle other = s.story(s.storyOf(List.of(Samples.factory().article().id()))
          .get(Samples.factory().article().id())).orElseThrow().articles().get(0);
      assertEquals(1, other.publications(), "an article without publications is one copy");
    }
  }

  @Test
  void another_outlets_report_of_the_same_development_joins_its_story() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk(), Samples.factory(), kurskElsewhere()), List.of(), "run-1");
      Map<String, String> story = s.storyOf(ids(Samples.kursk(), kurskElsewhere()));
      assertEquals(story.get(Samples.kursk().article().id()), story.get(kurskElsewhere().article().id()),
          s.story(story.get(kurskElsewhere().article().id())).toString());
      StoryDetail d = s.story(story.get(Samples.kursk().article().id())).orElseThrow();
      assertEquals(2, d.story().articles());
      assertEquals(LocalDate.of(2025, 2, 13), d.story().firstDate());
      assertEquals(LocalDate.of(2025, 2, 14), d.story().lastDate());
      assertEquals(Samples.kursk().article().id(), d.story().first().articleId());
      assertEquals(kurskElsewhere().article().id(), d.story().latest().articleId());
      assertTrue(d.articles().get(1).reason().startsWith("joined"), d.articles().get(1).reason());
    }
  }

  @Test
  void stories_are_found_by_an_entity_they_name_and_by_period() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk(), Samples.factory(), Samples.undated()), List.of(), "run-1");
      assertEquals(2, s.stories(Samples.PRK, null, null, 0, 10).total());
      assertEquals(1, s.stories(Samples.KIM, null, null, 0, 10).total());
      assertEquals(1, s.stories(null, LocalDate.of(2025, 3, 1), null, 0, 10).total());
      assertEquals(0, s.stories(null, LocalDate.of(2030, 1, 1), null, 0, 10).total());
      assertEquals(3, s.stories(null, null, null, 0, 10).total(), "an undated story is listed without a period");
    }
  }

  @Test
  void saving_the_same_articles_again_changes_no_story() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk(), Samples.factory(), kurskElsewhere()), List.of(), "run-1");
      Page<StorySummary> before = s.stories(null, null, null, 0, 10);
      List<StoryDetail> details = before.items().stream().map(x -> s.story(x.id()).orElseThrow()).toList();
      s.save(List.of(Samples.kursk(), Samples.factory(), kurskElsewhere()), List.of(), "run-2");
      assertEquals(before, s.stories(null, null, null, 0, 10));
      assertEquals(details, before.items().stream().map(x -> s.story(x.id()).orElseThrow()).toList());
    }
  }

  @Test
  void a_crash_after_the_database_commit_leaves_no_article_without_its_story() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk()), List.of(), "run-1");
      s.afterDatabaseCommit = () -> {
        throw new IllegalStateException("simulated crash");
      };
      assertThrows(IllegalStateException.class, () -> s.save(List.of(Samples.factory()), List.of(), "run-2"));
    }
    try (NewsStore s = NewsStore.open(dir)) {
      assertEquals(2, s.storyOf(ids(Samples.kursk(), Samples.factory())).size());
    }
  }

  @Test
  void the_stories_are_the_same_whether_the_store_was_closed_between_articles_or_not() {
    Map<String, String> oneGo;
    try (NewsStore s = NewsStore.open(dir.resolve("one"))) {
      s.save(List.of(Samples.kursk(), Samples.factory(), kurskElsewhere()), List.of(), "run-1");
      oneGo = s.storyOf(ids(Samples.kursk(), Samples.factory(), kurskElsewhere()));
    }
    for (AnalyzedArticle a : List.of(Samples.kursk(), Samples.factory(), kurskElsewhere())) {
      try (NewsStore s = NewsStore.open(dir.resolve("many"))) {
        s.save(List.of(a), List.of(), "run-" + a.article().id());
      }
    }
    try (NewsStore s = NewsStore.open(dir.resolve("many"))) {
      assertEquals(oneGo, s.storyOf(ids(Samples.kursk(), Samples.factory(), kurskElsewhere())));
    }
  }
}
