package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/**
 * The classes of trigger use that are no political event, each from sentences of its kind, asked of the rule itself
 * (whatever the sense model would make of the sentence), and the political uses of the same words that it leaves.
 */
@Tag("models")
class NonPoliticalUsesTest {
  private static final LocalDate DAY = LocalDate.of(2019, 5, 14);
  private static final EventLexicon LEXICON = EventLexicon.bundled();

  /** The rule's reason for the first draft of {@code type} whose trigger is {@code trigger}, in a news article. */
  private static String reason(String text, String trigger, String type) {
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.oneParagraph(text, DAY));
    Participants people = new Participants(a);
    for (Sentence s : a.sentences()) {
      for (Draft d : new Triggers(LEXICON).find(s, a)) {
        if (d.trigger.word().equals(trigger) && d.type().equals(type)) {
          new Roles(LEXICON).fill(s, d, people);
          return NonPoliticalUses.reason(s, d, NonPoliticalUses.fictionWords(a), 0.2);
        }
      }
      people.observe(s);
    }
    throw new AssertionError("no " + type + " trigger '" + trigger + "' in: " + text);
  }

  @Test
  void a_figure_that_declined_fell() {
    assertEquals("a figure that fell", reason("Copper output at the state mines declined to 96,300 tonnes in April "
        + "from 104,800 tonnes in March, the mining ministry said.", "declined", "REJECT"));
    assertEquals("a figure that fell", reason("Brazil's monthly trade surplus declined to 150 mln dlrs in March, "
        + "the central bank said.", "declined", "REJECT"));
  }

  @Test
  void declining_to_act_or_declining_an_offer_is_left_to_the_model() {
    assertNull(reason("The Iranian foreign minister declined to meet the United Nations envoy in Tehran.",
        "declined", "REJECT"));
    assertNull(reason("The rebels declined the government's offer of an amnesty.", "declined", "REJECT"));
  }

  @Test
  void an_offer_of_bonds_cash_or_shares_is_commercial() {
    assertEquals("a commercial offer", reason("The Swedish government will offer a 500 million crown bond issue to "
        + "investors on Thursday.", "offer", "AGREE"));
    assertEquals("a commercial offer", reason("The company is offering 42 dollars cash for each share of the Ohio "
        + "retailer.", "offering", "AGREE"));
    assertEquals("a commercial offer", reason("The credit carries interest at a quarter point over the London "
        + "Interbank Offered Rate, bankers said.", "Offered", "AGREE"));
  }

  @Test
  void what_a_product_or_service_offers_is_commercial() {
    assertEquals("a commercial offer", reason("The new handset offers more storage and a sharper screen than its "
        + "predecessor.", "offers", "AGREE"));
    assertEquals("a commercial offer", reason("Shoppers say the cards offer a flexibility that cash cannot match.",
        "offer", "AGREE"));
  }

  @Test
  void an_offer_to_mediate_or_of_aid_is_left_to_the_model() {
    assertNull(reason("Norway offered to mediate between the government and the rebels.", "offered", "AGREE"));
    assertNull(reason("Japan offered Indonesia emergency food aid after the floods.", "offered", "AGREE"));
  }

  @Test
  void a_fight_for_something_or_a_takeover_battle_is_a_struggle() {
    assertEquals("a struggle, not a fight", reason("A Texas flight attendant is fighting for her job after the "
        + "airline suspended her.", "fighting", "ASSAULT"));
    assertEquals("a struggle, not a fight", reason("The software maker won its bitter takeover battle for the "
        + "smaller rival in December.", "battle", "ASSAULT"));
    assertEquals("a struggle, not a fight", reason("The reform is the latest step in the provincial government's "
        + "battle to control mining licences.", "battle", "ASSAULT"));
  }

  @Test
  void armed_men_fighting_or_a_fight_with_an_enemy_is_left_to_the_model() {
    assertNull(reason("Rebels fought for control of the eastern town of Goma on Sunday.", "fought", "ASSAULT"));
    assertNull(reason("Government troops fought the rebels near Goma on Sunday.", "fought", "ASSAULT"));
    assertNull(reason("The battle for Mosul killed hundreds of civilians.", "battle", "ASSAULT"));
  }

  @Test
  void violence_in_a_game_or_story_is_fiction() {
    assertEquals("in a game or fiction", reason("The sequel puts players in charge of a squad of marines. Players "
        + "must fight soldiers, zombies and giant spiders across twelve levels, and the console version adds a "
        + "multiplayer mode.", "fight", "ASSAULT"));
    assertEquals("in a game or fiction", reason("In the soap's latest episode, the character Den Watts is shot "
        + "dead by his wife's lover. Viewers of the soap saw the scene on Monday.", "shot", "ASSAULT"));
  }

  @Test
  void violence_in_news_with_a_word_of_games_is_left_to_the_model() {
    assertNull(reason("Gunmen attacked a police station in Kabul on Sunday, killing four officers, a day after "
        + "the football game.", "attacked", "ASSAULT"));
  }

  @Test
  void the_demand_of_a_market_is_no_request() {
    assertEquals("demand of a market", reason("Strong domestic demand lifted the Korean economy in the third "
        + "quarter, the central bank said.", "demand", "REQUEST"));
    assertEquals("demand of a market", reason("US demand for heating oil rose sharply in January.", "demand",
        "REQUEST"));
  }

  @Test
  void a_demand_someone_makes_is_left_to_the_model() {
    assertNull(reason("The protesters repeated their demand for the release of political prisoners.", "demand",
        "REQUEST"));
    assertNull(reason("Iran rejected the American demand for snap inspections of its nuclear sites.", "demand",
        "REQUEST"));
    assertNull(reason("Manila is sticking to its demand of a lower spread for rescheduling 3.6 billion dlrs of "
        + "debt.", "demand", "REQUEST"));
  }

  @Test
  void a_price_charged_is_no_accusation() {
    assertEquals("a price charged", reason("Regulators want to cut the high rates the mobile operators charge for calls "
        + "made abroad.", "charge", "ACCUSE"));
    assertEquals("a price charged", reason("The airline charged passengers a fee of 20 euros for each bag.",
        "charged", "ACCUSE"));
  }

  @Test
  void a_charge_of_a_crime_is_left_to_the_model() {
    assertNull(reason("Prosecutors charged the former minister with corruption on Tuesday.", "charged", "ACCUSE"));
  }

  @Test
  void a_power_to_act_is_no_act() {
    assertEquals("a power to act, not an act", reason("The bill gives border officers new powers to detain "
        + "asylum seekers for up to 28 days.", "detain", "COERCE"));
    assertEquals("a power to act, not an act", reason("Citizens will have the right to protest peacefully under the "
        + "new constitution.", "protest", "PROTEST"));
  }

  @Test
  void a_plan_or_an_act_of_detaining_is_left_to_the_model() {
    assertNull(reason("Border officers detained 40 asylum seekers in Calais on Tuesday.", "detained", "COERCE"));
  }

  @Test
  void condemning_someone_to_a_fate_accuses_no_one() {
    assertEquals("condemned to a fate, not for a deed", reason("The scandal threatened to condemn the president "
        + "to lame duck status for the rest of his term.", "condemn", "ACCUSE"));
    assertNull(reason("France condemned the attack on the embassy in Kabul.", "condemned", "ACCUSE"));
  }

  @Test
  void what_someone_can_do_is_no_deed() {
    assertEquals("what someone can do, not a deed", reason("Community support officers can now use reasonable force "
        + "to detain suspects for up to 30 minutes.", "detain", "COERCE"));
    assertEquals("what someone can do, not a deed", reason("Under the new law the coastguard can arrest the crews of "
        + "foreign trawlers.", "arrest", "COERCE"));
    assertEquals("what someone can do, not a deed", reason("The police say they cannot arrest the protesters "
        + "without a warrant from a judge.", "arrest", "COERCE"));
  }

  @Test
  void what_was_done_or_will_be_done_is_left_to_the_model() {
    assertNull(reason("Community support officers used reasonable force to detain two suspects on Friday.",
        "detain", "COERCE"));
    assertNull(reason("The coastguard will arrest the crews of foreign trawlers, the minister said.", "arrest",
        "COERCE"));
  }

  @Test
  void shooting_back_in_words_is_a_retort() {
    assertEquals("a retort, not a shot", reason("Asked whether the nominee would be confirmed, the senator shot "
        + "back: \"I wouldn't bet any money on it.\"", "shot", "ASSAULT"));
    assertEquals("a retort, not a shot", reason("The minister shot back that the report was full of errors.",
        "shot", "ASSAULT"));
  }

  @Test
  void soldiers_shooting_back_or_shooting_someone_is_left_to_the_model() {
    assertNull(reason("The soldiers shot back at the gunmen from the roof of the police station.", "shot",
        "ASSAULT"));
    assertNull(reason("Police shot a man who attacked officers with a knife in the city centre.", "shot",
        "ASSAULT"));
  }

  @Test
  void an_act_judged_in_general_is_no_deed() {
    assertEquals("an act judged in general, not a deed", reason("The charity said it is not enough for the army to "
        + "investigate its own soldiers.", "investigate", "ACCUSE"));
    assertEquals("an act judged in general, not a deed", reason("It would be wrong to arrest peaceful protesters, "
        + "the bishop told the congregation.", "arrest", "COERCE"));
  }

  @Test
  void an_act_with_its_doer_as_subject_is_left_to_the_model() {
    assertNull(reason("The army was quick to investigate the deaths of two civilians in Basra.", "investigate",
        "ACCUSE"));
    assertNull(reason("Syria says it is willing to withdraw its troops from neighbouring Lebanon.", "withdraw",
        "RETREAT"));
  }

  @Test
  void meeting_a_deadline_an_aim_or_a_demand_is_no_meeting() {
    assertEquals("a need or aim met, not a meeting", reason("Athens is struggling to meet the European Union's "
        + "deadline for cutting its budget deficit.", "meet", "CONSULT"));
    assertEquals("a need or aim met, not a meeting", reason("Seoul has promised to meet American complaints about "
        + "its car market, the trade ministry said.", "meet", "CONSULT"));
    assertEquals("a need or aim met, not a meeting", reason("The treasury borrowed heavily to meet the cost of the "
        + "new hospitals.", "meet", "CONSULT"));
  }

  @Test
  void meeting_a_minister_or_meeting_with_rebels_is_left_to_the_model() {
    assertNull(reason("The French president will meet the Chinese premier in Beijing next week.", "meet",
        "CONSULT"));
    assertNull(reason("Government negotiators met with rebel leaders in Nairobi on Tuesday.", "met", "CONSULT"));
  }
}
