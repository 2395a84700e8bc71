package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Span;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/** General attribution patterns on sentences written for these tests, through real CoreNLP. */
@Tag("models")
class AttributionRulesTest {
  private static AnalyzedArticle analyse(String text) {
    return new AttributionStage().apply(Analysis.upToTimes(TestArticles.byLines("test", text,
        LocalDate.of(2024, 3, 8))));
  }

  private static Claim only(AnalyzedArticle a, String cue) {
    List<Claim> c = a.claims().stream().filter(x -> x.cue().of(a.text()).equals(cue)).toList();
    assertEquals(1, c.size(), "claims with cue '" + cue + "': " + a.claims().stream()
        .map(x -> x.cue().of(a.text())).toList());
    return c.get(0);
  }

  private static String of(AnalyzedArticle a, Span s) {
    return s == null ? null : s.of(a.text());
  }

  @Test
  void according_to_names_the_source_after_the_cue() {
    AnalyzedArticle a = analyse("Exports fell by 4 percent in January, according to the national statistics office.");
    Claim c = only(a, "according to");
    assertEquals("the national statistics office", of(a, c.source()));
    assertEquals("Exports fell by 4 percent in January", of(a, c.content().get(0)));
    assertEquals(Claim.Kind.INDIRECT, c.kind());
  }

  @Test
  void a_quote_split_around_the_cue_gives_two_content_spans() {
    AnalyzedArticle a = analyse("“We will rebuild the bridge,” the mayor said, “and we will finish it this year.”");
    Claim c = only(a, "said");
    assertEquals("the mayor", of(a, c.source()));
    assertEquals(2, c.content().size(), c.content().toString());
    assertEquals("“We will rebuild the bridge,”", of(a, c.content().get(0)));
    assertTrue(of(a, c.content().get(1)).startsWith("“and we will finish"), of(a, c.content().get(1)));
    assertEquals(Claim.Kind.DIRECT, c.kind());
  }

  @Test
  void a_quote_over_two_paragraphs_is_one_content() {
    String text = "The harbour master spoke to reporters on Monday.\n"
        + "“The port has been closed for three days. Ships are waiting outside the breakwater.\n"
        + "“We expect to reopen on Thursday if the wind drops,” Jan Visser said.";
    AnalyzedArticle a = analyse(text);
    Claim c = only(a, "said");
    String content = of(a, c.content().get(0));
    assertTrue(content.startsWith("“The port has been closed"), content);
    assertTrue(content.endsWith("wind drops,”"), content);
    assertEquals("Jan Visser", of(a, c.source()));
  }

  @Test
  void a_speaker_name_and_a_colon_attribute_what_follows() {
    AnalyzedArticle a = analyse("Senator Maria Lopez: “We will not back down on the budget.”");
    Claim c = only(a, ":");
    assertEquals("Senator Maria Lopez", of(a, c.source()));
    assertEquals("“We will not back down on the budget.”", of(a, c.content().get(0)));
    assertEquals(Claim.Kind.DIRECT, c.kind());
  }

  @Test
  void a_dateline_colon_is_not_a_speaker() {
    AnalyzedArticle a = analyse("LONDON: Heavy rain flooded the underground on Tuesday.");
    assertTrue(a.claims().isEmpty(), a.claims().toString());
  }

  @Test
  void denial_confirmation_refusal_and_hedge_are_told_apart() {
    AnalyzedArticle a = analyse("The ministry denied that troops had crossed the border. "
        + "The army later confirmed the withdrawal. "
        + "The embassy declined to confirm the report. "
        + "The spokesman said the talks might resume next week.");
    assertEquals(Claim.Stance.DENIED, only(a, "denied").stance());
    assertEquals(Claim.Stance.CONFIRMED, only(a, "later confirmed").stance());
    assertEquals(Claim.Stance.UNCONFIRMED, only(a, "declined to confirm").stance());
    assertEquals(Claim.Stance.HEDGED, only(a, "said").stance());
  }

  @Test
  void a_quotation_of_several_sentences_takes_its_stance_from_the_first() {
    AnalyzedArticle a = analyse("“The new bridge is likely to cut travel times across the valley. "
        + "Traders in the market towns will welcome it,” the minister told reporters.\n"
        + "“The ferry will stop running in June. Its crew could find work on the bridge,” the mayor said.");
    assertEquals(Claim.Stance.HEDGED, only(a, "told").stance(), "'is likely to' leads the quotation");
    assertEquals(Claim.Stance.ASSERTED, only(a, "said").stance(), "the first sentence states, the hedge comes later");
  }

  @Test
  void likely_as_the_predicate_of_the_content_hedges_it() {
    AnalyzedArticle a = analyse("The union said the strike was likely to end before the weekend.");
    assertEquals(Claim.Stance.HEDGED, only(a, "said").stance());
  }

  @Test
  void a_closing_quotation_mark_before_the_name_does_not_make_the_name_content() {
    AnalyzedArticle a = analyse("“We cannot keep the library open without more volunteers,” said Margaret, who runs "
        + "the reading club.");
    Claim c = only(a, "said");
    assertTrue(of(a, c.source()).startsWith("Margaret"), of(a, c.source()));
    assertEquals(1, c.content().size(), c.content().toString());
    assertEquals("“We cannot keep the library open without more volunteers,”", of(a, c.content().get(0)));
  }

  @Test
  void a_verb_agreeing_with_the_cue_not_with_the_content_is_the_speakers_second_act() {
    AnalyzedArticle a = analyse("The mayor said she would close the old market in May and urged traders to move to "
        + "the new hall.");
    CueRules rules = new CueRules(a.text(), a.article().paragraphs());
    List<Draft> drafts = new ArrayList<>();
    a.sentences().forEach(s -> drafts.addAll(rules.find(new DependencyTree(s))));
    Draft said = drafts.stream().filter(d -> d.cue().of(a.text()).equals("said")).findFirst().orElseThrow();
    assertEquals(List.of("she would close the old market in May"),
        said.content().stream().map(x -> x.of(a.text())).toList(), "'would … urged' cannot share the modal");
    Draft urged = drafts.stream().filter(d -> d.cue().of(a.text()).equals("urged")).findFirst().orElseThrow();
    assertEquals("The mayor", of(a, urged.source()), "the mayor urged, not 'she'");
  }

  @Test
  void a_participle_parsed_as_the_subordinator_of_what_is_added_is_its_own_cue() {
    AnalyzedArticle a = analyse("“The day the plant closed was the day this became personal,” she said, adding she "
        + "would never vote for the council again.");
    Claim said = only(a, "said");
    assertEquals(List.of("“The day the plant closed was the day this became personal,”"),
        said.content().stream().map(x -> x.of(a.text())).toList());
    Claim adding = only(a, "adding");
    assertEquals("she", of(a, adding.source()));
    assertEquals("she would never vote for the council again", of(a, adding.content().get(0)));
  }

  @Test
  void unbalanced_and_never_closing_quotes_stay_inside_their_paragraph() {
    String text = "The minister said “the talks failed and nothing was agreed.\n"
        + "Farmers blocked the road to the capital on Friday, police said.\n"
        + "“It was a good day,” the coach said ”and a \"hard one.";
    AnalyzedArticle a = analyse(text);
    assertFalse(a.claims().isEmpty());
    for (Claim c : a.claims()) {
      for (Span s : c.content()) {
        assertFalse(of(a, s).contains("\n"), "content crosses a paragraph: " + of(a, s));
      }
    }
    assertEquals("police", of(a, only(a, "said", "police").source()));
  }

  private static Claim only(AnalyzedArticle a, String cue, String source) {
    return a.claims().stream().filter(x -> x.cue().of(a.text()).equals(cue) && x.source() != null
        && x.source().of(a.text()).equals(source)).findFirst().orElseThrow();
  }

  @Test
  void a_five_thousand_word_quote_that_never_closes_gives_bounded_spans() {
    StringBuilder sb = new StringBuilder("“");
    for (int i = 0; i < 1000; i++) {
      sb.append("The river rose again today. ");
    }
    sb.append("Officials said the dam would hold.\nRescue teams arrived on Saturday, the army said.");
    AnalyzedArticle a = analyse(sb.toString());
    assertFalse(a.claims().isEmpty());
    for (Claim c : a.claims()) {
      for (Span s : c.content()) {
        assertTrue(s.length() <= QuoteMarks.MAX_CHARS, "runaway content of " + s.length() + " characters");
      }
    }
    Claim army = only(a, "said", "the army");
    assertEquals("Rescue teams arrived on Saturday", of(a, army.content().get(0)));
    assertNull(army.sourceEntityId());
  }

  @Test
  void a_quotation_resumed_after_its_cue_is_the_second_fragment() {
    AnalyzedArticle a = analyse("“The port is closed,” the harbour master said on Monday. “Ships must wait outside "
        + "the breakwater until the storm passes.” The ferry company cancelled its sailings.");
    Claim c = only(a, "said");
    assertEquals("the harbour master", of(a, c.source()));
    assertEquals(2, c.content().size(), c.content().toString());
    assertEquals("“The port is closed,”", of(a, c.content().get(0)));
    assertEquals("“Ships must wait outside the breakwater until the storm passes.”", of(a, c.content().get(1)));
  }

  @Test
  void the_cue_takes_its_auxiliaries_adverbs_and_the_day_it_was_said() {
    AnalyzedArticle a = analyse("The governor has sharply criticized the new tax. "
        + "The company said Tuesday that it would close the plant in June.");
    assertEquals("the new tax", of(a, only(a, "has sharply criticized").content().get(0)));
    Claim c = only(a, "said Tuesday");
    assertEquals("that it would close the plant in June", of(a, c.content().get(0)));
    assertEquals(LocalDate.of(2024, 3, 5), c.said());
  }

  @Test
  void a_verb_inside_a_quotation_is_part_of_the_content_not_a_cue() {
    AnalyzedArticle a = analyse("“I know he said we would win the final,” the coach said after the game.");
    assertEquals(1, a.claims().size(), a.claims().stream().map(x -> x.cue().of(a.text())).toList().toString());
    Claim c = only(a, "said");
    assertEquals("the coach", of(a, c.source()));
    assertTrue(of(a, c.content().get(0)).contains("he said we would win"), of(a, c.content().get(0)));
  }

  @Test
  void nested_and_mixed_quotation_marks_keep_the_outer_quote_whole() {
    AnalyzedArticle a = analyse("“They called the plan \"a disaster,\" and I agree with them,” the senator said. "
        + "“It was ‘dead on arrival’ from the start,” her aide said.");
    Claim senator = only(a, "said", "the senator");
    assertEquals("“They called the plan \"a disaster,\" and I agree with them,”", of(a, senator.content().get(0)));
    Claim aide = only(a, "said", "her aide");
    assertEquals("“It was ‘dead on arrival’ from the start,”", of(a, aide.content().get(0)));
  }

  @Test
  void a_quoted_transcript_line_and_quotes_signed_one_per_line_have_their_speakers() {
    String text = "“The schools are too crowded.” ― Ana Ruiz\n“The buses are always late.” ― Tom Baker\n\n"
        + "\"HARRIS: The bridge will be rebuilt before the winter.\n\nThe council meets again in May.";
    AnalyzedArticle a = analyse(text);
    Claim harris = only(a, ":");
    assertEquals("HARRIS", of(a, harris.source()));
    assertTrue(of(a, harris.content().get(0)).startsWith("The bridge will be rebuilt"), harris.content().toString());
    List<String> signed = a.claims().stream().filter(c -> of(a, c.cue()).equals("―"))
        .map(c -> of(a, c.source()) + " | " + of(a, c.content().get(0))).toList();
    assertEquals(List.of("Ana Ruiz | “The schools are too crowded.”", "Tom Baker | “The buses are always late.”"),
        signed);
  }

  @Test
  void a_passive_cue_has_no_source_and_its_content_splits_around_it() {
    AnalyzedArticle a = analyse("The new terminal is expected to open next spring.");
    Claim c = only(a, "is expected");
    assertNull(c.source());
    assertEquals(List.of("The new terminal", "to open next spring"),
        c.content().stream().map(s -> of(a, s)).toList());
  }

  @Test
  void a_passive_conjunct_shares_its_subject_as_content_not_as_source() {
    AnalyzedArticle a = analyse("The minister will not attend the summit, but is said to be following it closely.");
    Claim c = only(a, "is said");
    assertNull(c.source());
    assertEquals(List.of("The minister", "to be following it closely"),
        c.content().stream().map(s -> of(a, s)).toList());
  }

  @Test
  void an_expletive_it_before_a_passive_cue_leaves_the_clause_as_the_whole_content() {
    AnalyzedArticle a = analyse("It is predicted that the charity single will sell 300,000 copies by Sunday.");
    Claim c = only(a, "is predicted");
    assertNull(c.source());
    assertEquals(List.of("the charity single will sell 300,000 copies by Sunday"),
        c.content().stream().map(s -> of(a, s).replaceFirst("^that ", "")).toList());
  }

  @Test
  void a_cue_ending_its_paragraph_with_a_colon_takes_the_next_paragraph() {
    String text = "The harbour master answered questions for an hour.\n\nVisser continued:\n\n"
        + "“The wind has dropped, and the ships can come in tomorrow.”\n\nThe port reopens at six.";
    AnalyzedArticle a = analyse(text);
    Claim c = only(a, "continued:");
    assertEquals("“The wind has dropped, and the ships can come in tomorrow.”", of(a, c.content().get(0)));
  }

  @Test
  void a_reporting_noun_with_a_that_clause_is_a_cue_and_its_possessor_the_source() {
    AnalyzedArticle a = analyse("The governor's claim that the mines were safe drew sharp criticism.");
    Claim c = only(a, "claim");
    assertEquals("The governor's", of(a, c.source()));
    assertEquals("that the mines were safe", of(a, c.content().get(0)));
  }

  @Test
  void a_bare_refusal_is_the_cue_and_what_was_refused_the_content() {
    AnalyzedArticle a = analyse("Through a spokesman, the mayor declined to comment.");
    Claim c = only(a, "declined");
    assertEquals("the mayor", of(a, c.source()));
    assertEquals("to comment", of(a, c.content().get(0)));
  }

  @Test
  void a_participle_after_the_name_is_not_part_of_the_source() {
    AnalyzedArticle a = analyse("The mayor, speaking to farmers in the valley, said the dam would be finished in May.");
    Claim c = only(a, "said");
    assertEquals("The mayor", of(a, c.source()));
    assertEquals("the dam would be finished in May", of(a, c.content().get(0)));
  }

  @Test
  void a_passive_with_an_agent_and_no_complement_attributes_its_subject_to_the_agent() {
    AnalyzedArticle a = analyse("The merger was first reported by the Financial Times.");
    Claim c = only(a, "was first reported by");
    assertEquals("the Financial Times", of(a, c.source()));
    assertEquals("The merger", of(a, c.content().get(0)));
  }

  @Test
  void a_long_dateline_is_nobodys_words() {
    AnalyzedArticle a = analyse("FLINT, Mich., Oct. 4 (UPI) — The water is safe to drink again, the governor said.");
    Claim c = only(a, "said");
    assertEquals("The water is safe to drink again", of(a, c.content().get(0)));
  }

  @Test
  void a_trailing_participle_cue_takes_its_own_object_not_the_clause_before() {
    AnalyzedArticle a = analyse("The court blocked the sale of the plant, citing a threat to public health.");
    Claim c = only(a, "citing");
    assertEquals("The court", of(a, c.source()));
    assertEquals("a threat to public health", of(a, c.content().get(0)));
  }

  @Test
  void called_for_joins_its_preposition_and_the_clause_after_it_is_the_content() {
    AnalyzedArticle a = analyse("Trump called for female contestants to wear shorter dresses.");
    Claim c = only(a, "called for");
    assertEquals("Trump", of(a, c.source()));
    assertEquals("female contestants to wear shorter dresses", of(a, c.content().get(0)));
  }

  @Test
  void a_particle_belongs_to_the_cue() {
    AnalyzedArticle a = analyse("The inspector pointed out that the wall had been built without a permit.");
    Claim c = only(a, "pointed out");
    assertEquals("that the wall had been built without a permit", of(a, c.content().get(0)));
  }

  @Test
  void a_participle_after_an_adjective_predicate_is_spoken_by_the_subject_of_the_copula() {
    AnalyzedArticle a = analyse("The finance minister was more cautious about the strength of the recovery, predicting "
        + "that growth would slow next year.");
    Claim c = only(a, "predicting");
    assertEquals("The finance minister", of(a, c.source()));
  }

  @Test
  void a_participle_after_an_adjective_predicate_with_a_pronoun_subject_takes_the_pronoun() {
    AnalyzedArticle a = analyse("Maria Lopez runs a bakery in Leeds. She is, however, wary of the new rules, "
        + "expecting prices to rise.");
    Claim c = only(a, "expecting");
    assertEquals("She", of(a, c.source()));
  }

  @Test
  void an_empty_it_before_an_adjective_predicate_speaks_for_no_one() {
    AnalyzedArticle a = analyse("It was clear from the start, judging by the crowds, that the bridge would be busy.");
    a.claims().stream().filter(x -> x.source() != null)
        .forEach(x -> assertFalse(of(a, x.source()).equalsIgnoreCase("it"), of(a, x.source())));
  }
}
