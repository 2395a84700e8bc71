package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event.Modality;
import org.newsgraph.core.Event;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Pipeline;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.SampleArticles;

/**
 * The events the issue pins on the sample ({@code examples/arabnews-2025.txt}), read through real CoreNLP, the
 * entity linker and the time tagger. Who claims what (the source of a claim) is the claims stage's work; here the
 * stage runs without it and reads "X said …" itself.
 */
@Tag("models")
class EventSampleTest {
  private static AnalyzedArticle korea;
  private static AnalyzedArticle india;

  @BeforeAll
  static void analyse() {
    EventStage stage = new EventStage();
    korea = stage.apply(Analysis.upToTimes(SampleArticles.kursk()));
    india = stage.apply(Analysis.upToTimes(SampleArticles.modi()));
  }

  private static Event find(AnalyzedArticle a, String what, Predicate<Event> p) {
    List<Event> hits = a.events().stream().filter(p).toList();
    if (hits.isEmpty()) {
      fail("no event " + what + " among:\n" + a.events().stream().map(e -> EventFormat.line(e, a.text()))
          .collect(Collectors.joining("\n")));
    }
    return hits.get(0);
  }

  private static Predicate<Event> type(String t) {
    return e -> e.type().equals(t);
  }

  private static Predicate<Event> actor(AnalyzedArticle a, String country) {
    return e -> e.actors().stream().anyMatch(x -> ActorCodes.countries(a, x).contains(country));
  }

  private static Predicate<Event> actorEntity(String id) {
    return e -> e.actors().stream().anyMatch(x -> id.equals(x.entityId()));
  }

  private static Predicate<Event> recipient(AnalyzedArticle a, String country) {
    return e -> e.recipients().stream().anyMatch(x -> ActorCodes.countries(a, x).contains(country));
  }

  private static Predicate<Event> sentenceHas(AnalyzedArticle a, String words) {
    return e -> a.sentences().get(e.sentence()).span().of(a.text()).contains(words);
  }

  @Test
  void north_korea_deployed_more_than_ten_thousand_troops_as_intelligence_agencies_claim() {
    Event e = find(korea, "MOBILIZE by North Korea in the '10,000 troops' sentence", type("MOBILIZE")
        .and(actor(korea, "PRK")).and(sentenceHas(korea, "10,000")));
    assertEquals("deployed", e.trigger().of(korea.text()));
    assertEquals(Modality.CLAIMED, e.modality(), "intelligence agencies say so");
    assertEquals("troops", e.mode());
    assertEquals("place:kursk", e.location().entityId(), "its western Kursk region");
  }

  @Test
  void north_korean_troops_deployed_to_the_kursk_region_of_russia() {
    Event e = find(korea, "MOBILIZE of North Korean troops to Kursk", type("MOBILIZE").and(actor(korea, "PRK"))
        .and(x -> x.location() != null && "place:kursk".equals(x.location().entityId())));
    assertTrue(e.recipients().stream().anyMatch(r -> "country:RUS".equals(r.entityId())),
        "the Kursk region lies in Russia");
  }

  @Test
  void north_korean_troops_not_in_combat_since_mid_january_is_negated() {
    Event e = find(korea, "negated ASSAULT by North Korea", type("ASSAULT").and(actor(korea, "PRK"))
        .and(x -> x.modality() == Modality.NEGATED && x.time() != null));
    assertEquals("mid-January", e.time().of(korea.text()));
    assertEquals(LocalDate.of(2025, 1, 11), e.begin(), "since mid-January opens the interval");
    assertEquals(null, e.end(), "and leaves it open");
    assertFalse(e.timeFromArticleDate());
  }

  @Test
  void withdrawal_is_claimed_by_ukraine_and_dated_by_its_friday_statement() {
    Event e = find(korea, "RETREAT of North Korean soldiers said on Friday", type("RETREAT")
        .and(actor(korea, "PRK")).and(x -> x.time() != null));
    assertEquals("withdrawn", e.trigger().of(korea.text()));
    assertEquals("withdraw", e.mode());
    assertEquals(Modality.CLAIMED, e.modality());
    assertEquals("Friday", e.time().of(korea.text()));
    assertEquals(LocalDate.of(2025, 2, 1), e.end(), "withdrawn by Friday 2025-01-31, the day it was said");
  }

  @Test
  void ukraine_launched_its_offensive_into_kursk_in_august_2024() {
    Event e = find(korea, "ASSAULT by Ukraine", type("ASSAULT").and(actor(korea, "UKR"))
        .and(x -> "offensive".equals(x.trigger().of(korea.text()))));
    assertEquals(LocalDate.of(2024, 8, 1), e.begin());
    assertEquals(LocalDate.of(2024, 9, 1), e.end());
    assertEquals("place:kursk", e.location().entityId(), "the relative clause hangs on the Kursk region");
  }

  @Test
  void the_two_countries_signed_a_mutual_defence_agreement_last_year() {
    Event e = find(korea, "AGREE between North Korea and Russia", type("AGREE").and(actor(korea, "PRK"))
        .and(actor(korea, "RUS")));
    assertEquals(LocalDate.of(2024, 1, 1), e.begin(), "last year, seen from February 2025");
    assertEquals(Modality.ASSERTED, e.modality());
  }

  @Test
  void additional_deployment_is_planned() {
    find(korea, "planned MOBILIZE by North Korea", type("MOBILIZE").and(actor(korea, "PRK"))
        .and(x -> x.modality() == Modality.PLANNED).and(sentenceHas(korea, "preparing for additional")));
  }

  @Test
  void modi_tours_jordan_from_monday_15_december() {
    Event e = find(india, "CONSULT by Modi with Jordan", type("CONSULT").and(actorEntity("person:narendra-modi"))
        .and(recipient(india, "JOR")).and(x -> !x.timeFromArticleDate()));
    assertEquals("visit", e.mode());
    assertEquals(LocalDate.of(2025, 12, 15), e.begin());
  }

  @Test
  void modi_is_scheduled_in_ethiopia_on_tuesday_and_in_oman_a_day_later() {
    Event ethiopia = find(india, "CONSULT by Modi with Ethiopia on Tuesday", type("CONSULT")
        .and(actorEntity("person:narendra-modi")).and(recipient(india, "ETH")).and(x -> x.time() != null
        && x.time().of(india.text()).equals("Tuesday")));
    assertEquals(LocalDate.of(2025, 12, 16), ethiopia.begin());
    assertEquals(Modality.PLANNED, ethiopia.modality(), "he is scheduled to arrive");
    assertEquals("place:addis-ababa", ethiopia.location().entityId());
    Event oman = find(india, "CONSULT by Modi with Oman a day later", type("CONSULT")
        .and(actorEntity("person:narendra-modi")).and(recipient(india, "OMN"))
        .and(x -> LocalDate.of(2025, 12, 17).equals(x.begin())));
    assertEquals(Modality.PLANNED, oman.modality(), "he will be in Muscat");
  }

  @Test
  void shoura_council_approved_the_draft_agreement_with_india_last_week() {
    Event e = find(india, "AGREE by the Shoura Council", type("AGREE")
        .and(actorEntity("org:shoura-council-omn")).and(recipient(india, "IND")));
    assertEquals("approved", e.trigger().of(india.text()));
    assertEquals(LocalDate.of(2025, 12, 8), e.begin(), "last week: 2025-W50");
    assertEquals(LocalDate.of(2025, 12, 15), e.end());
  }

  @Test
  void signing_the_india_oman_agreement_is_only_hypothetical_or_planned() {
    List<Event> agree = india.events().stream().filter(type("AGREE"))
        .filter(e -> parties(india, e).containsAll(Set.of("IND", "OMN"))).toList();
    assertFalse(agree.isEmpty(), "an AGREE between India and Oman");
    assertTrue(agree.stream().anyMatch(e -> e.modality() == Modality.HYPOTHETICAL
        && e.trigger().of(india.text()).equals("signed")), "“If it is signed during this visit”");
    assertTrue(india.events().stream().anyMatch(e -> e.type().equals("AGREE") && e.modality() == Modality.PLANNED
        && parties(india, e).contains("OMN")), "his government looks to finalize a deal with Muscat");
  }

  private static Set<String> parties(AnalyzedArticle a, Event e) {
    List<String> codes = new ArrayList<>();
    e.actors().forEach(x -> codes.addAll(ActorCodes.countries(a, x)));
    e.recipients().forEach(x -> codes.addAll(ActorCodes.countries(a, x)));
    return Set.copyOf(codes);
  }

  @Test
  void ids_run_in_text_order_and_every_linked_participant_is_an_entity_of_the_article() {
    for (AnalyzedArticle a : List.of(korea, india)) {
      assertTrue(a.facets().contains(Facet.EVENTS));
      assertEquals(EventStage.ID, a.stageIds().get(a.stageIds().size() - 1));
      for (int i = 0; i < a.events().size(); i++) {
        Event e = a.events().get(i);
        assertEquals("e" + (i + 1), e.id());
        if (i > 0) {
          assertTrue(a.events().get(i - 1).trigger().begin() <= e.trigger().begin());
        }
        assertTrue(a.sentences().get(e.sentence()).span().contains(e.trigger()));
        assertTrue(e.confidence() > 0 && e.confidence() <= 1);
        List<Event.Argument> args = new ArrayList<>(e.actors());
        args.addAll(e.recipients());
        for (Event.Argument x : args) {
          assertTrue(x.entityId() == null || a.entity(x.entityId()).isPresent(),
              x.entityId() + " is not among the article's entities");
        }
      }
    }
  }

  @Test
  void stage_fits_in_a_pipeline_after_entities_and_times() {
    EventStage stage = new EventStage();
    assertTrue(stage.requires().containsAll(Set.of(Facet.DEPENDENCIES, Facet.ENTITIES, Facet.TIMES)));
    org.junit.jupiter.api.Assertions.assertThrows(org.newsgraph.core.PipelineException.class,
        () -> Pipeline.of(stage), "without entities and times the pipeline refuses the stage");
  }
}
