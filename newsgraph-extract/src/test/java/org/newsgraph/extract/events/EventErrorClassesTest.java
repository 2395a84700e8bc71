package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Modality;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/**
 * The error classes of the blind check on real news (issue 16), each from sentences of its kind: words used in a
 * sense that is no political event, arguments in the wrong roles, and modality the clause gives.
 */
@Tag("models")
class EventErrorClassesTest {
  private static final LocalDate DAY = LocalDate.of(2019, 5, 14);
  private static final EventStage STAGE = new EventStage();

  private static AnalyzedArticle events(String text) {
    return STAGE.apply(Analysis.upToTimes(TestArticles.oneParagraph(text, DAY)));
  }

  /** The coded events, then every candidate left uncoded with why: what a failure message needs. */
  private static List<String> lines(AnalyzedArticle a) {
    List<String> out = new java.util.ArrayList<>(a.events().stream().map(e -> EventFormat.line(e, a.text())).toList());
    for (EventCandidate c : STAGE.candidates(a)) {
      if (!c.coded()) {
        out.add("uncoded " + c.event().type() + " '" + c.event().trigger().of(a.text()) + "': " + c.dropped()
            + String.format(java.util.Locale.ROOT, " (sense %.2f, politics %.2f, confidence %.2f)", c.sense(),
            c.politics(), c.event().confidence()));
      }
    }
    return out;
  }

  private static void noneOfType(String text, String type) {
    AnalyzedArticle a = events(text);
    assertTrue(a.events().stream().noneMatch(e -> e.type().equals(type)), () -> "no " + type + ": " + lines(a));
  }

  private static Event only(AnalyzedArticle a, String type) {
    List<Event> es = a.events().stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), () -> type + " events: " + lines(a));
    return es.get(0);
  }

  @Test
  void a_product_release_is_no_retreat() {
    noneOfType("Apple released a new version of its iPhone software on Tuesday, fixing a bug in the camera app.",
        "RETREAT");
  }

  @Test
  void a_sports_result_is_no_assault() {
    noneOfType("Manchester United beat Arsenal 2-1 at Old Trafford on Saturday.", "ASSAULT");
  }

  @Test
  void a_sales_offer_is_no_agreement() {
    noneOfType("The new model promises more power and agrees with every driver.", "AGREE");
  }

  @Test
  void a_bond_yield_is_no_concession() {
    noneOfType("The Treasury priced the notes at 99.875 to yield 8.386 pct.", "CONCEDE");
  }

  @Test
  void declining_to_name_someone_is_no_rejection() {
    noneOfType("The spokesman for the ministry declined to name the delegations.", "REJECT");
  }

  @Test
  void a_fee_charged_is_no_accusation() {
    noneOfType("The bank charges customers a fee of five pounds a month for the account.", "ACCUSE");
  }

  @Test
  void a_question_asked_is_no_request() {
    noneOfType("Reporters asked whether the minister would attend the summit.", "REQUEST");
  }

  @Test
  void a_request_for_an_action_is_still_a_request() {
    Event e = only(events("Britain asked Iran to release the tanker and its crew."), "REQUEST");
    assertEquals("country:GBR", e.actors().get(0).entityId());
  }

  @Test
  void a_what_if_is_no_event() {
    assertTrue(events("If China invaded Taiwan, the United States would respond.").events().stream()
        .noneMatch(e -> e.type().equals("ASSAULT")), "a hypothetical invasion is left uncoded");
  }

  @Test
  void a_refusal_to_negotiate_is_negated_not_claimed() {
    assertEquals(Modality.NEGATED, only(events("Iran refused to negotiate with the United States on Monday."),
        "CONSULT").modality());
  }

  @Test
  void a_cancelled_meeting_did_not_happen() {
    AnalyzedArticle a = events("President Trump cancelled his meeting with Kim Jong Un in Singapore.");
    assertTrue(a.events().stream().filter(e -> e.type().equals("CONSULT"))
        .allMatch(e -> e.modality() == Modality.NEGATED), () -> "cancelled: " + lines(a));
  }

  @Test
  void never_urged_is_negated() {
    assertTrue(events("Germany never urged Greece to leave the euro.").events().stream()
        .filter(e -> e.type().equals("REQUEST")).allMatch(e -> e.modality() == Modality.NEGATED));
  }

  @Test
  void a_postponed_visit_is_still_planned() {
    assertEquals(Modality.PLANNED, only(events("Japan postponed the visit of its foreign minister to Seoul."),
        "CONSULT").modality());
  }

  @Test
  void the_victim_of_an_arrest_is_its_recipient_not_its_actor() {
    AnalyzedArticle a = events("Egypt condemned the arrest of Mohamed Soltan by the police.");
    Event arrest = a.events().stream().filter(e -> e.trigger().of(a.text()).equals("arrest")).findFirst()
        .orElseThrow(() -> new AssertionError("no arrest: " + lines(a)));
    assertTrue(arrest.actors().stream().noneMatch(x -> x.span().of(a.text()).contains("Soltan")),
        () -> "Soltan is arrested, not arresting: " + lines(a));
  }

  @Test
  void what_people_protest_is_not_the_protest_actor() {
    AnalyzedArticle a = events("Thousands of students protested the government's decision in Algiers.");
    // the roles, whether or not the short text is political enough to code the protest
    Event p = STAGE.candidates(a).stream().map(EventCandidate::event).filter(e -> e.type().equals("PROTEST"))
        .findFirst().orElseThrow(() -> new AssertionError("no protest considered: " + lines(a)));
    assertTrue(p.actors().stream().anyMatch(x -> x.span().of(a.text()).contains("students")),
        () -> "the students protest: " + lines(a));
    assertTrue(p.actors().stream().noneMatch(x -> x.span().of(a.text()).contains("decision")),
        () -> "the decision is protested, it does not protest: " + lines(a));
  }

  @Test
  void a_relative_pronoun_actor_is_the_noun_it_stands_for() {
    AnalyzedArticle a = events("Turkey, which sent troops to Libya last year, said they would stay.");
    Event e = only(a, "MOBILIZE");
    assertEquals("country:TUR", e.actors().get(0).entityId(), () -> lines(a).toString());
    AnalyzedArticle b = events("Police arrested the protesters who attacked the police station in Kabul.");
    Event attack = only(b, "ASSAULT");
    assertTrue(attack.actors().stream().anyMatch(x -> x.span().of(b.text()).contains("protesters")),
        () -> "who attacked: the protesters " + lines(b));
  }

  private static Event considered(AnalyzedArticle a, String type) {
    return STAGE.candidates(a).stream().map(EventCandidate::event).filter(e -> e.type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " considered: " + lines(a)));
  }

  @Test
  void a_past_tense_verb_with_subject_and_object_is_active_and_its_subject_acts() {
    AnalyzedArticle a = events("President Salva Kiir on Thursday shortened by one hour the nightly curfew imposed "
        + "in Juba.");
    Event e = considered(a, "CONCEDE");
    assertTrue(e.actors().stream().anyMatch(x -> x.span().of(a.text()).contains("Kiir")),
        () -> "the president shortened it: " + lines(a));
    assertTrue(e.recipients().stream().noneMatch(x -> x.span().of(a.text()).contains("Kiir")),
        () -> "the president is not done to: " + lines(a));
  }

  @Test
  void who_is_committed_to_something_commits_to_it() {
    AnalyzedArticle a = events("Vietnam is committed to opening up its economy to foreign banks.");
    Event e = considered(a, "AGREE");
    assertEquals("country:VNM", e.actors().isEmpty() ? null : e.actors().get(0).entityId(),
        () -> lines(a).toString());
  }

  @Test
  void declining_to_act_is_still_a_rejection() {
    AnalyzedArticle a = events("The Iranian foreign minister declined to meet the United Nations envoy in Tehran.");
    assertTrue(STAGE.candidates(a).stream().filter(c -> c.event().type().equals("REJECT"))
        .noneMatch(c -> "a figure that fell".equals(c.dropped())), () -> lines(a).toString());
  }

  @Test
  void an_offer_of_bonds_or_shares_is_no_agreement() {
    noneOfType("The Swedish government will offer a 500 million crown bond issue to investors on Thursday, the "
        + "national debt office said.", "AGREE");
    noneOfType("The company is offering 42 dollars cash for each share of the Ohio retailer.", "AGREE");
    noneOfType("The credit carries interest at a quarter point over the London Interbank Offered Rate, bankers "
        + "said.", "AGREE");
  }

  @Test
  void armed_men_fighting_for_a_town_still_fight() {
    AnalyzedArticle a = events("Rebels fought for control of the eastern town of Goma on Sunday.");
    assertTrue(STAGE.candidates(a).stream().noneMatch(c -> "a struggle, not a fight".equals(c.dropped())),
        () -> lines(a).toString());
  }

  @Test
  void violence_in_a_video_game_is_no_assault() {
    noneOfType("The sequel puts players in charge of a squad of marines. Players must fight soldiers, zombies and "
        + "giant spiders across twelve levels, and the console version adds a multiplayer mode where gamers "
        + "attack each other's bases.", "ASSAULT");
  }

  @Test
  void who_is_killed_by_troops_is_the_recipient_not_only_the_troops_the_actor() {
    AnalyzedArticle a = events("Thousands mourned the villagers killed by the army on Sunday.");
    Event e = considered(a, "ASSAULT");
    assertTrue(e.recipients().stream().anyMatch(x -> x.span().of(a.text()).contains("villagers")),
        () -> "the villagers are killed: " + lines(a));
    assertTrue(e.actors().stream().anyMatch(x -> x.span().of(a.text()).contains("army")),
        () -> "the army kills: " + lines(a));

  }

  @Test
  void condemning_or_backing_an_attack_is_aimed_at_the_attacker() {
    AnalyzedArticle a = events("Britain condemned the Israeli raid on the refugee camp.");
    Event e = considered(a, "ACCUSE");
    assertTrue(e.recipients().stream().anyMatch(x -> "country:ISR".equals(x.entityId())),
        () -> "Israel raided, Britain condemns Israel: " + lines(a));
    AnalyzedArticle b = events("Canada backed France's air strikes on the rebel bases in Mali.");
    Event f = considered(b, "SUPPORT");
    assertTrue(f.recipients().stream().anyMatch(x -> "country:FRA".equals(x.entityId())),
        () -> "France struck, Canada backs France: " + lines(b));
  }

  @Test
  void its_forces_are_the_forces_of_what_its_stands_for() {
    AnalyzedArticle a = events("Russia said its forces destroyed a rebel convoy near Aleppo on Monday.");
    Event e = considered(a, "ASSAULT");
    assertTrue(e.actors().stream().anyMatch(x -> "country:RUS".equals(x.entityId())),
        () -> "Russia's forces: " + lines(a));
  }

  @Test
  void a_scheduled_meeting_is_planned() {
    AnalyzedArticle a = events("Putin and Erdogan are scheduled to meet in Sochi next week.");
    assertEquals(Modality.PLANNED, considered(a, "CONSULT").modality(), () -> lines(a).toString());
  }

  @Test
  void failing_to_agree_is_negated() {
    AnalyzedArticle a = events("EU foreign ministers failed to agree on new sanctions against Belarus on Monday.");
    assertEquals(Modality.NEGATED, considered(a, "AGREE").modality(), () -> lines(a).toString());
  }

  @Test
  void talks_called_off_did_not_happen() {
    AnalyzedArticle a = events("Pakistan called off its talks with India after the attack in Kashmir.");
    assertEquals(Modality.NEGATED, considered(a, "CONSULT").modality(), () -> lines(a).toString());
  }

  @Test
  void a_denied_attack_is_denied() {
    AnalyzedArticle a = events("Iran denied attacking the oil tanker in the Gulf of Oman.");
    assertEquals(Modality.DENIED, considered(a, "ASSAULT").modality(), () -> lines(a).toString());
  }

  @Test
  void an_arrest_reported_as_hearsay_is_claimed() {
    AnalyzedArticle a = events("Two journalists were reportedly arrested by police in Minsk on Sunday.");
    assertEquals(Modality.CLAIMED, considered(a, "COERCE").modality(), () -> lines(a).toString());
    AnalyzedArticle b = events("Two journalists were arrested by police in Minsk on Sunday.");
    assertEquals(Modality.ASSERTED, considered(b, "COERCE").modality(), () -> lines(b).toString());
  }

  @Test
  void a_word_of_an_organisations_name_is_no_event() {
    noneOfType("The Organisation for Economic Cooperation and Development said growth in its member countries "
        + "would slow next year.", "COOPERATE");
  }
}
