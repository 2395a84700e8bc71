package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.events.OneParagraphEvents.byTrigger;
import static org.newsgraph.extract.events.OneParagraphEvents.events;
import static org.newsgraph.extract.events.OneParagraphEvents.lines;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Modality;

/**
 * Roles and modality the parse hides (issue 16, seventh round): a reduced relative the parser reads as a clause of
 * its own ("The talks scheduled for next week were called off" as "talks scheduled"), a negated verb above a
 * complement ("never urged Germany to impose sanctions"), and a sentence-initial "they" continuing the previous
 * sentence's plural subject, which the shared resolver does not link.
 */
@Tag("models")
class ReducedRelativesTest {
  @Test
  void talks_scheduled_and_then_called_off_did_not_happen() {
    AnalyzedArticle a = events("The talks between Serbia and Kosovo scheduled for next week were called off.");
    assertEquals(Modality.NEGATED, byTrigger(a, "talks").modality(), () -> lines(a).toString());
  }

  @Test
  void the_victim_of_a_reduced_relative_is_the_noun_it_follows() {
    AnalyzedArticle a = events("The family of a Kenyan farmer allegedly shot by police officers has sued the "
        + "government.");
    Event shot = byTrigger(a, "shot");
    assertTrue(shot.recipients().stream().anyMatch(r -> r.span().of(a.text()).contains("farmer")),
        () -> "the farmer was shot: " + lines(a));
    assertTrue(shot.recipients().stream().noneMatch(r -> r.span().of(a.text()).contains("family")),
        () -> "not the family: " + lines(a));
  }

  @Test
  void what_a_negated_request_asks_for_did_not_happen() {
    AnalyzedArticle a = events("France never urged Germany to impose sanctions on Turkey.");
    assertEquals(Modality.NEGATED, byTrigger(a, "sanctions").modality(), () -> lines(a).toString());
  }

  @Test
  void a_negated_refusal_still_leaves_the_talks_as_they_are() {
    AnalyzedArticle a = events("Iran did not refuse to negotiate with the United States.");
    assertEquals(Modality.ASSERTED, byTrigger(a, "negotiate").modality(), () -> lines(a).toString());
  }

  @Test
  void they_continues_the_plural_subject_of_the_sentence_before() {
    AnalyzedArticle a = events("The French and German leaders met in Berlin on Wednesday. They agreed to impose "
        + "sanctions on Russia.");
    Event sanctions = byTrigger(a, "sanctions");
    assertEquals(List.of("country:FRA", "country:DEU"),
        sanctions.actors().stream().map(Event.Argument::entityId).toList(), () -> lines(a).toString());
  }

  @Test
  void they_is_left_alone_after_a_singular_subject() {
    AnalyzedArticle a = events("The French president met Chinese officials in Paris on Wednesday. They agreed to "
        + "impose sanctions on Russia.");
    assertTrue(a.events().stream().flatMap(e -> e.actors().stream())
        .noneMatch(x -> x.span().of(a.text()).equals("They") && "country:FRA".equals(x.entityId())),
        () -> "a singular subject is no antecedent for they: " + lines(a));
  }
}
