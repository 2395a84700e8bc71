package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.testkit.ArticleBuilder;

class EntityTest {
  @TempDir
  Path dir;

  @Test
  void an_entity_is_found_by_id_by_name_and_by_alias_ignoring_case() {
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(Samples.kursk()), List.of(), "run-1");
      EntityRecord byId = store.entity(Samples.NIS).orElseThrow();
      assertEquals("National Intelligence Service", byId.entity().name());
      assertEquals(EntityType.ORGANIZATION, byId.entity().type());
      assertEquals(1, byId.articleCount());
      assertEquals(2, byId.mentionCount());
      assertEquals(Samples.NIS, store.entity("national intelligence SERVICE").orElseThrow().entity().id());
      assertEquals(Samples.NIS, store.entity("nis").orElseThrow().entity().id());
      assertEquals(Samples.PRK, store.entity("  dprk ").orElseThrow().entity().id());
      assertTrue(store.entity("Atlantis").isEmpty());
      assertTrue(store.entity("").isEmpty());
    }
  }

  @Test
  void the_first_name_wins_and_new_aliases_are_added() {
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(Samples.kursk()), List.of(), "run-1");
      store.save(List.of(Samples.factory()), List.of(), "run-2");
      EntityRecord prk = store.entity(Samples.PRK).orElseThrow();
      assertEquals("North Korea", prk.entity().name());
      assertEquals(List.of("DPRK", "Democratic People's Republic of Korea", "the North"), prk.entity().aliases());
      assertEquals("PRK", prk.entity().country());
      assertEquals(2, prk.articleCount());
      assertEquals(4, prk.mentionCount());
      assertEquals(Samples.PRK, store.entity("THE NORTH").orElseThrow().entity().id());
      // an article read back carries the canonical entity
      assertEquals("North Korea", store.article(Samples.factory().article().id()).orElseThrow()
          .entity(Samples.PRK).orElseThrow().name());
    }
  }

  @Test
  void entities_merge_the_same_way_within_one_batch() {
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-1");
      assertEquals(List.of("DPRK", "Democratic People's Republic of Korea", "the North"),
          store.entity(Samples.PRK).orElseThrow().entity().aliases());
    }
  }

  @Test
  void the_most_mentioned_entity_wins_a_shared_name() {
    AnalyzedArticle country = ArticleBuilder.text("Georgia held elections. Georgia's president objected.")
        .entity("country:GEO", EntityType.COUNTRY, "Georgia", "Sakartvelo")
        .mention("Georgia", "country:GEO")
        .mention("Georgia", "country:GEO")
        .build();
    AnalyzedArticle state = ArticleBuilder.text("Storms hit Georgia on Monday.")
        .entity("place:georgia-us", EntityType.REGION, "State of Georgia", "Georgia")
        .mention("Georgia", "place:georgia-us")
        .build();
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(state, country), List.of(), "run-1");
      assertEquals("country:GEO", store.entity("georgia").orElseThrow().entity().id());
      assertEquals("place:georgia-us", store.entity("place:georgia-us").orElseThrow().entity().id());
    }
  }

  @Test
  void top_entities_are_ranked_by_the_number_of_articles() {
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(Samples.kursk(), Samples.factory(), Samples.undated()), List.of(), "run-1");
      List<EntityRecord> top = store.topEntities(3);
      assertEquals(3, top.size());
      assertEquals(Samples.KOR, top.get(0).entity().id()); // in all three articles
      assertEquals(3, top.get(0).articleCount());
      // PRK and RUS are in two articles each; PRK has more mentions (4 against 3)
      assertEquals(List.of(Samples.PRK, Samples.RUS), top.subList(1, 3).stream().map(r -> r.entity().id()).toList());
      assertEquals(6, store.topEntities(100).size()); // PRK, KOR, RUS, Kursk, NIS, Kim
    }
  }
}
