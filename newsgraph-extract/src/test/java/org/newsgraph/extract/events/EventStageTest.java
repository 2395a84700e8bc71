package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event.Modality;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/** The stage on short texts: modality, claims, unknown actors and bad input. */
@Tag("models")
class EventStageTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
  private static final EventStage STAGE = new EventStage();

  private static AnalyzedArticle events(String text) {
    return STAGE.apply(Analysis.upToTimes(TestArticles.oneParagraph(text, DAY)));
  }

  private static Event only(AnalyzedArticle a, String type) {
    List<Event> es = a.events().stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), () -> type + " events: " + a.events().stream()
        .map(e -> EventFormat.line(e, a.text())).toList());
    return es.get(0);
  }

  @Test
  void negation_plan_and_condition_are_read_from_the_words() {
    assertEquals(Modality.NEGATED, only(events("Russia did not withdraw its troops from Syria."), "RETREAT")
        .modality());
    assertEquals(Modality.PLANNED, only(events("Russia will withdraw its troops from Syria."), "RETREAT")
        .modality());
    assertEquals(Modality.PLANNED, only(events("Russia plans to withdraw its troops from Syria."), "RETREAT")
        .modality());
    assertTrue(events("If Russia withdrew its troops, Syria would collapse.").events().isEmpty(),
        "a what-if is not an event");
    assertEquals(Modality.HYPOTHETICAL, only(events("Russia could withdraw its troops from Syria."), "RETREAT")
        .modality());
    assertEquals(Modality.ASSERTED, only(events("Russia withdrew its troops from Syria on Friday."), "RETREAT")
        .modality());
  }

  @Test
  void a_reported_event_is_claimed_when_no_claims_stage_ran() {
    Event e = only(events("Iran said Israel attacked its embassy in Damascus."), "ASSAULT");
    assertEquals(Modality.CLAIMED, e.modality());
    assertNull(e.claimId(), "no claim objects without the claims stage");
    assertEquals("country:ISR", e.actors().get(0).entityId());
  }

  @Test
  void an_event_inside_a_claim_points_to_it_and_a_denial_makes_it_denied() {
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.oneParagraph(
        "Moscow denied that its forces attacked Ukrainian villages on Sunday.", DAY));
    int from = a.text().indexOf("its forces");
    Claim denial = new Claim("c1", new Span(0, 6), "country:RUS", new Span(7, 13),
        List.of(new Span(from, a.text().length() - 1)), Claim.Kind.INDIRECT, null, DAY, false, Claim.Stance.DENIED,
        0);
    Event e = only(STAGE.apply(a.withClaims(List.of(denial), "claims.test")), "ASSAULT");
    assertEquals("c1", e.claimId());
    assertEquals(Modality.DENIED, e.modality());
    Claim said = new Claim("c1", new Span(0, 6), "country:RUS", new Span(7, 13),
        List.of(new Span(from, a.text().length() - 1)), Claim.Kind.INDIRECT, null, DAY, false,
        Claim.Stance.ASSERTED, 0);
    assertEquals(Modality.CLAIMED, only(STAGE.apply(a.withClaims(List.of(said), "claims.test")), "ASSAULT")
        .modality());
  }

  @Test
  void an_event_in_a_claim_dated_by_the_text_happened_by_that_date() {
    // the event sits under "believed", away from any date of its sentence: the claim carries the day it was made
    // (here given to the claim directly, as the attribution stage gives it from "said Friday")
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.oneParagraph(
        "Ukraine's military said it believed Russian troops had withdrawn from Kursk.", DAY));
    int from = a.text().indexOf("it believed");
    Claim friday = new Claim("c1", new Span(0, 18), "country:UKR", new Span(19, 23),
        List.of(new Span(from, a.text().length() - 1)), Claim.Kind.INDIRECT, null, DAY.minusDays(3), true,
        Claim.Stance.BELIEVED, 0);
    Event e = only(STAGE.apply(a.withClaims(List.of(friday), "claims.test")), "RETREAT");
    assertFalse(e.timeFromArticleDate());
    assertNull(e.begin());
    assertEquals(DAY.minusDays(2), e.end(), "by the end of the day the claim was made");
    Claim undated = new Claim("c1", new Span(0, 18), "country:UKR", new Span(19, 23),
        List.of(new Span(from, a.text().length() - 1)), Claim.Kind.INDIRECT, null, DAY, false,
        Claim.Stance.BELIEVED, 0);
    assertTrue(only(STAGE.apply(a.withClaims(List.of(undated), "claims.test")), "RETREAT").timeFromArticleDate(),
        "a claim dated only by the article adds nothing");
  }

  @Test
  void an_unknown_actor_stays_an_unlinked_span() {
    AnalyzedArticle a = events("Gunmen stormed a village and killed 12 people.");
    assertEquals(2, a.events().size(), "stormed, killed");
    Event e = a.events().get(1);
    assertEquals("12 people", e.recipients().get(0).span().of(a.text()));
    assertFalse(e.actors().isEmpty(), "the conjunct shares the subject");
    assertNull(e.actors().get(0).entityId(), "nobody is invented for the gunmen");
    assertEquals("Gunmen", e.actors().get(0).span().of("Gunmen stormed a village and killed 12 people."));
  }

  @Test
  void an_event_without_a_time_falls_back_to_the_article_date_and_says_so() {
    Event e = only(events("Egypt expelled two Turkish diplomats."), "SANCTION");
    assertTrue(e.timeFromArticleDate());
    assertEquals(DAY, e.begin());
    assertNull(e.time());
    assertEquals("country:TUR", e.recipients().get(0).entityId());
  }

  @Test
  void bad_input_gives_no_crash_and_no_invented_events() {
    StringBuilder longSentence = new StringBuilder("Troops");
    for (int i = 0; i < 60; i++) {
      longSentence.append(" and Russia attacked Ukraine");
    }
    longSentence.append('.');
    String text = "Markets, weather, sport. | Name | Date | Score |\n| a | 2020 | 3 |\n\n" + longSentence
        + "\n\nNo verbs here at all\n\nThe.";
    AnalyzedArticle a = events(text);
    assertTrue(a.events().stream().allMatch(e -> e.type().equals("ASSAULT")), "only the attacks are events");
    assertFalse(a.events().isEmpty());
  }

  @Test
  void a_definite_event_noun_without_participants_is_the_event_reported_before_not_a_second_one() {
    // session 10: the later mention used to be coded again with Turkey as its actor; the labelled set's guidelines
    // leave such bare anaphora out, and on dev every such event was judged no event
    AnalyzedArticle a = events("Turkey deployed 2,000 soldiers to Libya on Monday. Critics in the region condemned "
        + "the troop deployment.");
    List<Event> mobilize = a.events().stream().filter(e -> e.type().equals("MOBILIZE")).toList();
    assertEquals(1, mobilize.size(), () -> a.events().stream().map(e -> EventFormat.line(e, a.text())).toList()
        .toString());
    assertEquals("deployed", mobilize.get(0).trigger().of(a.text()));
    assertEquals("country:TUR", mobilize.get(0).actors().get(0).entityId());
  }

  @Test
  void an_indefinite_event_noun_is_a_new_event_and_takes_no_participants() {
    AnalyzedArticle a = events("Turkey deployed 2,000 soldiers to Libya on Monday. Critics warned of a deployment "
        + "elsewhere.");
    assertEquals(1, a.events().stream().filter(e -> e.type().equals("MOBILIZE")).count(),
        () -> a.events().stream().map(e -> EventFormat.line(e, a.text())).toList().toString());
  }
}
