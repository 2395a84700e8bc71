package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/**
 * Arguments in their roles (issue 16), from sentences of each class: whom an answer to a call is directed at, and
 * participants named by a description or a pronoun, resolved through the article's coreference.
 */
@Tag("models")
class EventRolesTest {
  private static final LocalDate DAY = LocalDate.of(2019, 5, 14);
  private static final EventStage STAGE = new EventStage();

  private static AnalyzedArticle events(String text) {
    return STAGE.apply(Analysis.upToTimes(TestArticles.oneParagraph(text, DAY)));
  }

  private static List<String> lines(AnalyzedArticle a) {
    return STAGE.candidates(a).stream().map(c -> (c.coded() ? "" : "uncoded ")
        + EventFormat.line(c.event(), a.text())).toList();
  }

  private static Event considered(AnalyzedArticle a, String type) {
    return STAGE.candidates(a).stream().map(EventCandidate::event).filter(e -> e.type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " considered: " + lines(a)));
  }

  private static boolean has(List<Event.Argument> args, String entityId) {
    return args.stream().anyMatch(x -> entityId.equals(x.entityId()));
  }

  @Test
  void rejecting_a_call_is_directed_at_whoever_made_it() {
    AnalyzedArticle a = events("Germany rejected calls by Poland's government for war reparations.");
    Event e = considered(a, "REJECT");
    assertTrue(has(e.actors(), "country:DEU"), () -> "Germany rejects: " + lines(a));
    assertTrue(has(e.recipients(), "country:POL"), () -> "Poland called: " + lines(a));
  }

  @Test
  void refusing_to_answer_a_demand_is_directed_at_whoever_demanded() {
    AnalyzedArticle a = events("Iran refused to respond to a demand from France to free the two researchers.");
    Event e = considered(a, "REJECT");
    assertTrue(has(e.actors(), "country:IRN"), () -> "Iran refuses: " + lines(a));
    assertTrue(has(e.recipients(), "country:FRA"), () -> "France demanded: " + lines(a));
  }

  @Test
  void who_dies_at_the_hands_of_someone_is_the_victim_and_they_the_actor() {
    AnalyzedArticle a = events("Three protesters were killed at the hands of Syrian security forces in Homs.");
    Event e = considered(a, "ASSAULT");
    assertTrue(has(e.actors(), "country:SYR"), () -> "the Syrian forces kill: " + lines(a));
    assertTrue(e.recipients().stream().anyMatch(x -> x.span().of(a.text()).contains("protesters")),
        () -> "the protesters are killed: " + lines(a));
    assertTrue(e.actors().stream().noneMatch(x -> x.span().of(a.text()).contains("protesters")),
        () -> "the victims never act: " + lines(a));
  }

  @Test
  void a_person_described_as_an_officer_of_the_un_acts_for_an_igo() {
    AnalyzedArticle a = events("Kofi Annan, the UN secretary-general, urged Israel to withdraw its troops from "
        + "the West Bank.");
    Event e = considered(a, "REQUEST");
    assertTrue(e.actors().stream().anyMatch(x -> ActorCodes.countries(a, x).contains("IGO")),
        () -> "Annan speaks for the UN: " + lines(a));
  }

  @Test
  void the_company_that_acts_is_the_company_named_before() {
    AnalyzedArticle a = events("Gazprom cut gas supplies to Ukraine on Saturday in a row over unpaid bills. "
        + "The company accused the Ukrainian government of stealing gas destined for Europe.");
    Event e = considered(a, "ACCUSE");
    assertTrue(e.actors().stream().allMatch(x -> x.entityId() != null && x.entityId().contains("gazprom")),
        () -> "the company is Gazprom: " + lines(a));
  }

  @Test
  void a_description_with_no_organisation_before_it_stays_unresolved() {
    AnalyzedArticle a = events("The company accused the Ukrainian government of stealing gas destined for Europe.");
    Event e = considered(a, "ACCUSE");
    assertTrue(e.actors().stream().allMatch(x -> x.entityId() == null), () -> "nobody named: " + lines(a));
  }
}
