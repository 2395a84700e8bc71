package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;

/** Claims and events are stored with their article, come back unchanged, and can be selected across articles. */
class ClaimEventStoreTest {
  @TempDir Path dir;

  /** The span of the first {@code words} in {@code text}. */
  static Span find(String text, String words) {
    int b = text.indexOf(words);
    if (b < 0) {
      throw new IllegalArgumentException(words);
    }
    return new Span(b, b + words.length());
  }

  /** The kursk sample with one claim (the NIS says the troops were withdrawn) and one event inside it. */
  static AnalyzedArticle withClaimAndEvent() {
    return withClaimAndEvent(Samples.kursk());
  }

  /** {@code a}, an article of the kursk sample's text, with that claim and that event. */
  static AnalyzedArticle withClaimAndEvent(AnalyzedArticle a) {
    String t = a.text();
    Claim c = new Claim("c1", find(t, "South Korea's spy agency"), Samples.NIS, find(t, "said on Wednesday"),
        List.of(find(t, "North Korean troops have been withdrawn from the front in Kursk")), Claim.Kind.INDIRECT,
        null, LocalDate.of(2025, 2, 12), true, Claim.Stance.ASSERTED, 0);
    Event e = new Event("e1", "RETREAT", null, find(t, "withdrawn"),
        List.of(new Event.Argument(find(t, "North Korean troops"), Samples.PRK)),
        List.of(new Event.Argument(find(t, "the front"), null)),
        new Event.Argument(find(t, "Kursk"), Samples.KURSK), find(t, "mid-January"), LocalDate.of(2025, 1, 11),
        LocalDate.of(2025, 1, 21), false, Event.Modality.CLAIMED, "c1", 0.8, 0);
    return a.withClaims(List.of(c), "claims.test.v1").withEvents(List.of(e), "events.test.v1");
  }

  /**
   * The factory sample with two claims: an unnamed group of North Korea ("the DPRK's state media") and Seoul, a
   * named source.
   */
  static AnalyzedArticle withGroupClaim() {
    AnalyzedArticle a = Samples.factory();
    String t = a.text();
    Claim group = new Claim("c1", find(t, "the DPRK's state media"), null, List.of(Samples.PRK), find(t, "said on"),
        List.of(find(t, "Kim Jong Un inspected a missile factory")), Claim.Kind.INDIRECT, null,
        LocalDate.of(2025, 3, 7), true, Claim.Stance.ASSERTED, 0);
    Claim named = new Claim("c2", find(t, "Seoul"), Samples.KOR, find(t, "said the"),
        List.of(find(t, "the North also shipped shells to Moscow in 2024")), Claim.Kind.INDIRECT, null,
        LocalDate.of(2025, 3, 8), false, Claim.Stance.ASSERTED, 1);
    return a.withClaims(List.of(group, named), "claims.test.v1");
  }

  /** The factory sample with one claim said in a month ("said in December"): [Dec. 1, Jan. 1). */
  static AnalyzedArticle withMonthClaim() {
    AnalyzedArticle a = Samples.factory();
    String t = a.text();
    Claim month = new Claim("c1", find(t, "Seoul"), Samples.KOR, List.of(), find(t, "said the"),
        List.of(find(t, "the North also shipped shells to Moscow in 2024")), Claim.Kind.INDIRECT, null,
        LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1), true, Claim.Stance.ASSERTED, 1);
    return a.withClaims(List.of(month), "claims.test.v1");
  }

  /** The group sample whose first claim has the confidence {@code c} and whose second has none known. */
  static AnalyzedArticle withConfidentClaim(double c) {
    AnalyzedArticle a = withGroupClaim();
    return a.withClaims(List.of(a.claims().get(0).withConfidence(c), a.claims().get(1)), "claims.test.v2");
  }

  @Test
  void a_claims_confidence_round_trips_and_selects_claims_at_least_as_sure() {
    AnalyzedArticle a = withConfidentClaim(0.62);
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(a), List.of(), "run");
      assertEquals(a.claims(), s.article(a.article().id()).orElseThrow().claims());
      assertEquals(2, s.claims(null, null, null, null, null, 10).size());
      List<ClaimRecord> sure = s.claims(null, null, null, null, 0.6, 10);
      assertEquals(List.of(0.62), sure.stream().map(r -> r.claim().confidence()).toList());
      assertEquals(0, s.claims(null, null, null, null, 0.63, 10).size());
    }
  }

  @Test
  void a_claim_said_in_a_month_keeps_its_interval_and_is_found_by_overlap() {
    AnalyzedArticle a = withMonthClaim();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(a, withClaimAndEvent()), List.of(), "run");
      Claim back = s.article(a.article().id()).orElseThrow().claims().get(0);
      assertEquals(a.claims().get(0), back);
      assertEquals(LocalDate.of(2025, 1, 1), back.saidUntil());
      // [Dec. 20, Dec. 21) lies inside December: the month claim, not the one said on Feb. 12
      assertEquals(List.of("Seoul"), s.claims(null, null, LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 21), 10)
          .stream().map(ClaimRecord::source).toList());
      assertEquals(List.of("South Korea's spy agency"), s.claims(null, null, LocalDate.of(2025, 1, 1), null, 10)
          .stream().map(ClaimRecord::source).toList(), "December ends where January begins");
      // a claim said on a day spans that day
      assertEquals(LocalDate.of(2025, 2, 13), withClaimAndEvent().claims().get(0).saidUntil());
    }
  }

  @Test
  void the_countries_of_a_group_source_round_trip_and_select_it_by_country() {
    AnalyzedArticle a = withGroupClaim();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(a, withClaimAndEvent()), List.of(), "run");
      assertEquals(a.claims(), s.article(a.article().id()).orElseThrow().claims());
      List<ClaimRecord> prk = s.claims(Samples.PRK, null, null, null, 10);
      assertEquals(List.of("the DPRK's state media"), prk.stream().map(ClaimRecord::source).toList());
      assertEquals(List.of(Samples.PRK), prk.get(0).claim().sourceCountries());
      List<ClaimRecord> kor = s.claims(Samples.KOR, null, null, null, 10);
      assertEquals(List.of("Seoul"), kor.stream().map(ClaimRecord::source).toList(), "named sources as before");
      assertEquals(List.of(), kor.get(0).claim().sourceCountries());
      assertEquals(List.of("South Korea's spy agency"),
          s.claims(Samples.NIS, null, null, null, 10).stream().map(ClaimRecord::source).toList());
    }
  }

  @Test
  void claims_and_events_round_trip_with_their_article() {
    AnalyzedArticle a = withClaimAndEvent();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(a), List.of(), "run");
      AnalyzedArticle back = s.article(a.article().id()).orElseThrow();
      assertEquals(a.claims(), back.claims());
      assertEquals(a.events(), back.events());
    }
  }

  @Test
  void claims_are_selected_by_source_by_what_they_are_about_and_by_date() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(withClaimAndEvent(), Samples.factory()), List.of(), "run");
      assertEquals(1, s.claims(Samples.NIS, null, null, null, 10).size());
      assertEquals(0, s.claims(Samples.RUS, null, null, null, 10).size());
      ClaimRecord r = s.claims(null, Samples.PRK, null, null, 10).get(0);
      assertEquals("South Korea's spy agency", r.source());
      assertEquals("North Korean troops have been withdrawn from the front in Kursk", r.content());
      assertEquals(0, s.claims(null, Samples.RUS, null, null, 10).size(), "Russia is outside the content");
      assertEquals(0, s.claims(null, null, LocalDate.of(2025, 2, 13), null, 10).size());
    }
  }

  @Test
  void events_are_selected_by_type_actor_modality_and_interval() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(withClaimAndEvent()), List.of(), "run");
      List<EventRecord> all = s.events(null, null, null, null, null, null, 10);
      assertEquals(1, all.size());
      assertEquals("withdrawn", all.get(0).trigger());
      assertTrue(all.get(0).sentence().startsWith("North Korean troops have been withdrawn"));
      assertNull(all.get(0).event().recipients().get(0).entityId());
      assertEquals(1, s.events("retreat", Samples.PRK, null, "claimed", null, null, 10).size());
      assertEquals(0, s.events(null, Samples.RUS, null, null, null, null, 10).size());
      assertEquals(0, s.events(null, null, null, null, LocalDate.of(2025, 1, 21), null, 10).size());
      assertEquals(1, s.events(null, null, null, null, LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 1), 10)
          .size());
    }
  }

  @Test
  void events_are_selected_by_their_least_confidence() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(withClaimAndEvent()), List.of(), "run");
      assertEquals(1, s.events(new EventFilter(null, null, null, null, null, null, 0.8), 10).size(),
          "the event is given 0.8");
      assertEquals(0, s.events(new EventFilter(null, null, null, null, null, null, 0.81), 10).size());
      assertEquals(1, s.events(EventFilter.ALL, 10).size());
      assertThrows(IllegalArgumentException.class,
          () -> s.events(new EventFilter(null, null, null, null, null, null, 1.5), 10));
    }
  }

  /** The group sample whose second claim (Seoul's) is reported by its first (the state media's): a nested claim. */
  static AnalyzedArticle withNestedClaim() {
    AnalyzedArticle a = withGroupClaim();
    return a.withClaims(List.of(a.claims().get(0), a.claims().get(1).withReportedBy("c1")), "claims.test.v3");
  }

  @Test
  void a_nested_claim_is_listed_with_the_claim_that_reports_it_and_its_source() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(withNestedClaim()), List.of(), "run");
      List<ClaimRecord> all = s.claims(null, null, null, null, null, 10);
      ClaimRecord nested = all.stream().filter(r -> r.claim().id().equals("c2")).findFirst().orElseThrow();
      assertEquals(new ClaimRecord.ReportedBy("c1", "the DPRK's state media", null), nested.reportedBy());
      ClaimRecord outer = all.stream().filter(r -> r.claim().id().equals("c1")).findFirst().orElseThrow();
      assertEquals(null, outer.reportedBy(), "a claim the article makes itself is reported by none");
    }
  }

  @Test
  void an_event_reported_through_a_claim_comes_with_who_claims_it() {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(withClaimAndEvent()), List.of(), "run");
      EventRecord.ClaimedBy by = s.events(null, Samples.PRK, null, null, null, null, 10).get(0).claimedBy();
      assertEquals("c1", by.claimId());
      assertEquals("South Korea's spy agency", by.sourceText());
      assertEquals(Samples.NIS, by.entityId());
      assertEquals(Claim.Stance.ASSERTED, by.stance());
      assertEquals(List.of(), by.sourceCountries(), "a named source has no group countries");
    }
  }

  @Test
  void an_event_reported_by_an_unnamed_group_comes_with_the_groups_countries() {
    AnalyzedArticle a = withGroupClaim();
    String t = a.text();
    Event e = new Event("e1", "CONSULT", null, find(t, "inspected"),
        List.of(new Event.Argument(find(t, "Kim Jong Un"), Samples.PRK)), List.of(), null, null, null, null, true,
        Event.Modality.CLAIMED, "c1", 0.7, 0);
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(a.withEvents(List.of(e), "events.test.v1")), List.of(), "run");
      EventRecord.ClaimedBy by = s.events("consult", null, null, null, null, null, 10).get(0).claimedBy();
      assertEquals("the DPRK's state media", by.sourceText());
      assertNull(by.entityId());
      assertEquals(List.of(Samples.PRK), by.sourceCountries());
    }
  }

  @Test
  void a_claim_span_outside_the_text_refuses_the_batch() {
    AnalyzedArticle a = Samples.kursk();
    Claim bad = new Claim("c1", null, null, new Span(0, 5), List.of(new Span(10, 99_999)), Claim.Kind.INDIRECT,
        null, null, false, Claim.Stance.ASSERTED, 0);
    try (NewsStore s = NewsStore.open(dir)) {
      StoreException e = assertThrows(StoreException.class,
          () -> s.save(List.of(a.withClaims(List.of(bad), "x")), List.of(), "run"));
      assertTrue(e.getMessage().contains("claim c1 content"), e.getMessage());
      assertEquals(StoreException.Kind.INVALID_REQUEST, e.kind());
      assertEquals(0, s.articleCount());
    }
  }
}
