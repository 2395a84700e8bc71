package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;

/**
 * The reads an entity page pages through: the timeline the latest first, claims and events a page at a time with
 * their totals, and the events an entity takes part in on either side.
 */
class PagedReadsTest {
  @TempDir Path dir;

  private static Span find(String text, String words) {
    int b = text.indexOf(words);
    return new Span(b, b + words.length());
  }

  /**
   * The Kursk sample with its claim and event (North Korea the actor, Jan. 2025), North Korea the recipient of
   * another (Feb. 2025), and an undated event of Kursk alone.
   */
  private static AnalyzedArticle threeEvents() {
    AnalyzedArticle a = ClaimEventStoreTest.withClaimAndEvent();
    String t = a.text();
    Event first = a.events().get(0);
    Event done = new Event("e2", "COERCE", null, find(t, "front"), List.of(),
        List.of(new Event.Argument(find(t, "North Korean troops"), Samples.PRK)), null, null,
        LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2), true, Event.Modality.ASSERTED, null, 0.7, 0);
    Event undated = new Event("e3", "MOBILIZE", null, find(t, "Kursk"),
        List.of(new Event.Argument(find(t, "Kursk"), Samples.KURSK)), List.of(), null, null, null, null, false,
        Event.Modality.ASSERTED, null, 0.6, 0);
    return a.withEvents(List.of(first, done, undated), "events.test.v1");
  }

  @Test
  void the_timeline_the_latest_first_is_the_same_entries_in_the_other_order_with_the_same_total() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run");
      Page<TimelineEntry> oldest = s.timeline(Samples.PRK, null, null, false, 0, 100);
      Page<TimelineEntry> newest = s.timeline(Samples.PRK, null, null, true, 0, 100);
      assertEquals(oldest.total(), newest.total());
      List<LocalDate> begins = newest.items().stream().map(TimelineEntry::begin).toList();
      List<LocalDate> sorted = new ArrayList<>(begins);
      sorted.sort(Comparator.reverseOrder());
      assertEquals(sorted, begins);
      assertEquals(newest.items().size(), oldest.items().size());
      assertEquals(newest.items().subList(1, 2), s.timeline(Samples.PRK, null, null, true, 1, 1).items());
    }
  }

  @Test
  void events_involving_an_entity_are_those_it_did_and_those_done_to_it_the_latest_first_and_paged() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(threeEvents()), List.of(), "run");
      Page<EventRecord> all = s.events(EventFilter.ALL, Samples.PRK, true, 0, 10);
      assertEquals(2, all.total());
      assertEquals(List.of("e2", "e1"), all.items().stream().map(r -> r.event().id()).toList());
      Page<EventRecord> second = s.events(EventFilter.ALL, Samples.PRK, true, 1, 1);
      assertEquals(2, second.total());
      assertEquals(List.of("e1"), second.items().stream().map(r -> r.event().id()).toList());
      assertEquals(2, s.events(EventFilter.ALL, Samples.PRK, true, 5, 1).total(), "past the end, the total");
      // every event, the latest first, the undated last; and the same three oldest first
      assertEquals(List.of("e2", "e1", "e3"), s.events(EventFilter.ALL, null, true, 0, 10).items().stream()
          .map(r -> r.event().id()).toList());
      assertEquals(List.of("e1", "e2", "e3"), s.events(EventFilter.ALL, null, false, 0, 10).items().stream()
          .map(r -> r.event().id()).toList());
      assertThrows(IllegalArgumentException.class, () -> s.events(EventFilter.ALL, null, true, -1, 1));
    }
  }

  @Test
  void a_page_of_claims_is_the_same_slice_of_the_list_with_the_total() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(ClaimEventStoreTest.withGroupClaim(), ClaimEventStoreTest.withClaimAndEvent()), List.of(),
          "run");
      List<ClaimRecord> all = s.claims(null, null, null, null, 10);
      assertEquals(3, all.size());
      Page<ClaimRecord> page = s.claimsPage(null, null, null, null, null, 1, 1);
      assertEquals(3, page.total());
      assertEquals(all.subList(1, 2), page.items());
      assertEquals(3, s.claimsPage(null, null, null, null, null, 7, 1).total());
      assertEquals(1, s.claimsPage(Samples.KOR, null, null, null, null, 0, 5).total());
    }
  }
}
