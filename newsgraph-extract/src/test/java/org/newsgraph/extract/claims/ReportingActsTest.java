package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/** A cue is a reporting act or nothing: naming, aiming, describing and second-person copy are not. */
@Tag("models")
class ReportingActsTest {
  private static AnalyzedArticle analyse(String text) {
    return new AttributionStage().apply(Analysis.upToTimes(TestArticles.byLines("test", text,
        LocalDate.of(2024, 3, 8))));
  }

  private static List<String> cues(AnalyzedArticle a) {
    return a.claims().stream().map(c -> c.cue().of(a.text())).toList();
  }

  private static void noClaims(String text) {
    AnalyzedArticle a = analyse(text);
    assertTrue(a.claims().isEmpty(), text + " -> " + cues(a));
  }

  @Test
  void a_naming_verb_with_an_object_and_a_name_or_kinship_names_and_reports_nothing() {
    noClaims("She calls him her brother, although they are not related.");
    noClaims("The shipyard named the new ferry Aurora.");
    noClaims("The new player, dubbed the Pocket Media Assistant PMA430, went on sale in Europe.");
  }

  @Test
  void hoping_seeking_and_intending_are_not_reports() {
    noClaims("The government is hoping to triple cocoa production over the next three years.");
    noClaims("The ministry intends to have 25,000 officers on the streets by 2008.");
    noClaims("Canada is seeking evidence that the treaty will be honoured.");
  }

  @Test
  void a_report_inside_what_someone_seeks_is_not_made() {
    noClaims("The department is seeking to have the law changed to permit it to report both figures together.");
  }

  @Test
  void second_person_copy_outside_quotation_marks_is_not_a_claim() {
    noClaims("If you want to take part, tell us what you think.");
  }

  @Test
  void a_passive_description_with_its_agent_is_not_a_report() {
    noClaims("The region is characterised by long dry summers and mild winters.");
  }

  @Test
  void calling_for_something_and_saying_what_someone_hopes_stay_claims() {
    AnalyzedArticle a = analyse("The senator called for an inquiry into the contracts. "
        + "The coach said the club hopes to buy a new striker.");
    List<String> cues = cues(a);
    assertTrue(cues.stream().anyMatch(c -> c.startsWith("called")), cues.toString());
    Claim said = a.claims().stream().filter(c -> c.cue().of(a.text()).equals("said")).findFirst().orElseThrow();
    assertEquals("the club hopes to buy a new striker", said.content().get(0).of(a.text()));
  }

  /** Drafts of every verb (the cue model set aside), then the acts that report. */
  private static List<String> reportedCues(String text) {
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.byLines("test", text, LocalDate.of(2024, 3, 8)));
    CueRules rules = new CueRules(text, a.article().paragraphs(), CueModel.EVERY_VERB);
    List<Draft> drafts = rules.find(new DependencyTree(a.sentences().get(0)));
    return ReportingActs.reports(drafts, new QuoteMarks(text, a.article().paragraphs())).stream()
        .map(d -> d.cue().of(text)).toList();
  }

  @Test
  void a_verb_seldom_a_cue_is_not_one_but_a_report_in_its_content_stands() {
    // "hold" heads a PolNeAR cue in 20 of its 232 uses (8.6%); "use" (15.5% over all of PolNeAR train) is too close
    // to the 15% line for a test
    List<String> cues = reportedCues("The minister held a news conference to explain that the plan was dead.");
    assertTrue(cues.stream().noneMatch(c -> c.contains("held")), cues.toString());
    assertTrue(cues.stream().anyMatch(c -> c.contains("explain")), cues.toString());
    List<String> said = reportedCues("The club gave its manager a new contract, the chairman said.");
    assertTrue(said.stream().noneMatch(c -> c.contains("gave")), said.toString());
    assertTrue(said.stream().anyMatch(c -> c.contains("said")), said.toString());
  }

  @Test
  void a_deed_done_to_a_thing_is_not_a_report_but_a_clause_or_a_frequent_cue_keeps_the_verb() {
    // "vote" heads a PolNeAR cue in 56 of its 144 uses (39%), "accept" in 12 of 28 (43%): under the 50% gate when
    // the content is only a noun phrase; "welcome" (9 of 17, 53%) is over it
    List<String> voted = reportedCues("MPs voted 272-219 in favour of the bill.");
    assertTrue(voted.stream().noneMatch(c -> c.contains("voted")), voted.toString());
    List<String> accepted = reportedCues("The minister accepted the frustration of the voters.");
    assertTrue(accepted.stream().noneMatch(c -> c.contains("accepted")), accepted.toString());
    List<String> clause = reportedCues("The minister accepted that the plan had failed.");
    assertTrue(clause.stream().anyMatch(c -> c.contains("accepted")), clause.toString());
    List<String> welcomed = reportedCues("The union welcomed the relaxation of the rules.");
    assertTrue(welcomed.stream().anyMatch(c -> c.contains("welcomed")), welcomed.toString());
  }

  @Test
  void what_someone_will_or_would_say_is_not_said() {
    List<String> will = reportedCues("The minister will announce that fuel taxes are rising.");
    assertTrue(will.stream().noneMatch(c -> c.contains("announce")), will.toString());
    List<String> might = reportedCues("Some critics might argue that the ruling went too far.");
    assertTrue(might.stream().noneMatch(c -> c.contains("argue")), might.toString());
    List<String> would = reportedCues("The union would tell its members that the offer was poor.");
    assertTrue(would.stream().noneMatch(c -> c.contains("tell")), would.toString());
    List<String> inner = reportedCues("The plan will disappoint some members, who say the party needs a new leader.");
    assertTrue(inner.stream().noneMatch(c -> c.contains("disappoint")), inner.toString());
    assertTrue(inner.stream().anyMatch(c -> c.contains("say")), inner.toString());
  }

  @Test
  void a_modal_inside_the_content_or_of_ability_keeps_the_cue() {
    List<String> said = reportedCues("The minister said fuel taxes would rise next year.");
    assertTrue(said.stream().anyMatch(c -> c.contains("said")), said.toString());
    List<String> can = reportedCues("Police can confirm that a man was arrested on Friday.");
    assertTrue(can.stream().anyMatch(c -> c.contains("confirm")), can.toString());
  }

  @Test
  void a_quoted_speaker_may_address_you() {
    AnalyzedArticle a = analyse("“You will see lower bills by the summer,” the minister told voters.");
    assertTrue(cues(a).contains("told"), cues(a).toString());
  }
}
