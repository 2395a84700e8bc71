package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistStoreTest {
  @TempDir Path dir;

  private static Watchlist.Query about(String... entities) {
    return new Watchlist.Query(List.of(entities), List.of(), List.of(), null, null, null);
  }

  @Test
  void a_saved_watchlist_is_there_after_reopening_with_its_names_resolved_to_ids_until_it_is_removed() {
    String id;
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk()), List.of(), "run-1");
      Watchlist w = Watchlists.add(s, " Korea watch ", new Watchlist.Query(List.of("North Korea"), List.of("retreat"),
          List.of(), "troops", StoryBoard.Level.SINGLE_SOURCE, 0.5));
      id = w.id();
      assertTrue(id.matches("w[0-9a-f]{12}"), id);
    }
    try (NewsStore s = NewsStore.open(dir)) {
      Watchlist w = Watchlists.get(s, id).orElseThrow();
      assertEquals("Korea watch", w.name());
      assertEquals(List.of(Samples.PRK), w.query().entities());
      assertEquals(List.of("RETREAT"), w.query().eventTypes());
      assertEquals("troops", w.query().words());
      assertEquals(StoryBoard.Level.SINGLE_SOURCE, w.query().minLevel());
      assertEquals(0.5, w.query().minConfidence());
      assertEquals(List.of(w), Watchlists.list(s));
      assertTrue(Watchlists.remove(s, id));
      assertFalse(Watchlists.remove(s, id));
      assertTrue(Watchlists.get(s, id).isEmpty());
      assertEquals(List.of(), Watchlists.list(s));
    }
  }

  @Test
  void a_watchlist_that_names_an_unknown_entity_or_type_or_a_search_that_does_not_parse_is_refused() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk()), List.of(), "run-1");
      for (Watchlist.Query q : List.of(about("Atlantis"),
          new Watchlist.Query(List.of(), List.of("dance"), List.of(), null, null, null),
          new Watchlist.Query(List.of(), List.of(), List.of(), "troops AND (", null, null),
          new Watchlist.Query(List.of(), List.of(), List.of(), null, StoryBoard.Level.SINGLE_SOURCE, 0.5),
          new Watchlist.Query(List.of(Samples.PRK), List.of(), List.of(), null, StoryBoard.Level.DENIED, null),
          new Watchlist.Query(List.of(Samples.PRK), List.of(), List.of(), null, null, 1.5))) {
        StoreException e = assertThrows(StoreException.class, () -> Watchlists.add(s, "w", q), q.toString());
        assertEquals(StoreException.Kind.INVALID_REQUEST, e.kind(), e.getMessage());
      }
      assertThrows(StoreException.class, () -> Watchlists.add(s, " ", about(Samples.PRK)));
      assertEquals(List.of(), Watchlists.list(s));
    }
  }

  @Test
  void a_claim_and_an_event_stored_after_the_watchlist_was_made_are_its_new_matches_the_newest_first() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(ClaimEventStoreTest.withGroupClaim()), List.of(), "run-1");
      Watchlist w = Watchlists.add(s, "Kursk", about(Samples.KURSK));
      assertEquals(0, Watchlists.matches(s, w, w.created(), 0, 50).total());
      s.save(List.of(ClaimEventStoreTest.withClaimAndEvent()), List.of(), "run-2");
      Watchlists.Matches found = Watchlists.matches(s, w, w.created(), 0, 50);
      // the event happens at Kursk; the claim's words name it
      assertEquals(List.of("claim c1", "event e1"), found.items().stream().map(m -> m.kind() + " " + m.factId())
          .toList());
      WatchMatch event = found.items().get(1);
      assertEquals(Samples.kursk().article().id(), event.articleId());
      assertEquals("retreat", event.type().toLowerCase(java.util.Locale.ROOT));
      assertEquals("claimed", event.stance());
      assertEquals(Samples.NIS, event.sourceEntity());
      assertEquals("South Korea's spy agency", event.source());
      assertTrue(event.sentence().contains("withdrawn"), event.sentence());
      assertFalse(event.stored().isBefore(w.created()));
      assertEquals(0, Watchlists.matches(s, w, Instant.now().plusSeconds(60), 0, 50).total());
    }
  }

  @Test
  void event_types_leave_claims_out_and_sources_and_confidence_narrow_the_matches() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(ClaimEventStoreTest.withClaimAndEvent(), ClaimEventStoreTest.withGroupClaim()), List.of(),
          "run-1");
      Watchlist retreats = Watchlists.add(s, "retreats", new Watchlist.Query(List.of(Samples.PRK),
          List.of("RETREAT"), List.of(), null, null, null));
      assertEquals(List.of("event"), kinds(s, retreats));
      Watchlist sure = Watchlists.add(s, "sure", new Watchlist.Query(List.of(Samples.PRK), List.of("RETREAT"),
          List.of(), null, null, 0.9));
      assertEquals(List.of(), kinds(s, sure), "the event is 0.8 sure");
      // North Korea's unnamed group ("the DPRK's state media") is one of its sources; Seoul is not
      Watchlist pyongyang = Watchlists.add(s, "said by", new Watchlist.Query(List.of(), List.of(),
          List.of(Samples.PRK), null, null, null));
      List<WatchMatch> said = Watchlists.matches(s, pyongyang, null, 0, 50).items();
      assertEquals(List.of("claim c1"), said.stream().map(m -> m.kind() + " " + m.factId()).toList());
      Watchlist words = Watchlists.add(s, "factory", new Watchlist.Query(List.of(), List.of(), List.of(),
          "missile factory", null, null));
      assertEquals(2, Watchlists.matches(s, words, null, 0, 50).total(), "the two claims of the factory article");
      assertEquals(1, Watchlists.matches(s, words, null, 1, 50).items().size(), "the second page");
    }
  }

  @Test
  void a_least_corroboration_level_keeps_the_facts_their_story_board_places_at_it_or_above() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(ClaimEventStoreTest.withClaimAndEvent()), List.of(), "run-1");
      Watchlist sourced = Watchlists.add(s, "sourced", new Watchlist.Query(List.of(Samples.PRK), List.of(), List.of(),
          null, StoryBoard.Level.SINGLE_SOURCE, null));
      Watchlists.Matches found = Watchlists.matches(s, sourced, null, 0, 50);
      // the spy agency, a named source, asserts the withdrawal and the claim; nobody else reports them
      assertEquals(List.of("claim single_source", "event single_source"), found.items().stream()
          .map(m -> m.kind() + " " + m.level().name().toLowerCase(java.util.Locale.ROOT)).toList());
      assertFalse(found.totalIsLowerBound());
      Watchlists.Matches first = Watchlists.matches(s, sourced, null, 0, 1);
      assertEquals(1, first.items().size());
      Watchlist corroborated = Watchlists.add(s, "corroborated", new Watchlist.Query(List.of(Samples.PRK), List.of(),
          List.of(), null, StoryBoard.Level.CORROBORATED, null));
      assertEquals(0, Watchlists.matches(s, corroborated, null, 0, 50).total());
    }
  }

  private static List<String> kinds(NewsStore s, Watchlist w) {
    return Watchlists.matches(s, w, null, 0, 50).items().stream().map(WatchMatch::kind).toList();
  }

  @Test
  void trends_count_claims_by_stance_and_events_by_actor_per_period_of_their_articles() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(ClaimEventStoreTest.withClaimAndEvent(), ClaimEventStoreTest.withGroupClaim()), List.of(),
          "run-1");
      Trend stances = Trends.of(s, null, Trend.By.STANCE, Trend.Interval.MONTH, null, null, 8);
      assertEquals(3, stances.total());
      assertEquals(1, stances.series().size());
      Trend.Series asserted = stances.series().get(0);
      assertEquals("asserted", asserted.key());
      assertEquals(List.of(new Trend.Point(LocalDate.of(2025, 2, 1), 1), new Trend.Point(LocalDate.of(2025, 3, 1),
          2)), asserted.points());
      Trend actors = Trends.of(s, null, Trend.By.ACTOR, Trend.Interval.WEEK, null, null, 8);
      assertEquals(1, actors.series().size());
      assertEquals(Samples.PRK, actors.series().get(0).key());
      assertEquals("North Korea", actors.series().get(0).name());
      // published Thursday 2025-02-13: the week from Monday the 10th
      assertEquals(List.of(new Trend.Point(LocalDate.of(2025, 2, 10), 1)), actors.series().get(0).points());
      Trend march = Trends.of(s, null, Trend.By.STANCE, Trend.Interval.DAY, LocalDate.of(2025, 3, 1), null, 8);
      assertEquals(2, march.total());
      Trend searched = Trends.of(s, "missile factory", Trend.By.SOURCE, Trend.Interval.YEAR, null, null, 8);
      assertEquals(List.of(Samples.KOR), searched.series().stream().map(Trend.Series::key).toList(),
          "only the named source of the factory article");
      assertFalse(searched.truncated());
    }
  }
}
