package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/**
 * A promise whose content is an event the stage codes is that one event: the rule asked of the promise, with every
 * other trigger of its sentence taken as coded (whatever the sense model would make of them).
 */
@Tag("models")
class CommitmentsTest {
  private static final LocalDate DAY = LocalDate.of(2019, 5, 14);
  private static final EventLexicon LEXICON = EventLexicon.bundled();

  /** Whether the AGREE draft {@code promise} of the text's first sentence promises one of the sentence's events. */
  private static boolean promisesAnEvent(String text, String promise) {
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.oneParagraph(text, DAY));
    Participants people = new Participants(a);
    Sentence s = a.sentences().get(0);
    List<Draft> drafts = new Triggers(LEXICON).find(s, a);
    for (Draft d : drafts) {
      new Roles(LEXICON).fill(s, d, people);
    }
    for (Draft d : drafts) {
      if (d.trigger.word().equals(promise) && d.type().equals("AGREE")) {
        return Commitments.promisesCodedEvent(s, d, drafts);
      }
    }
    throw new AssertionError("no AGREE trigger '" + promise + "' in: " + text + " " + drafts.stream()
        .map(d -> d.trigger.word() + "/" + d.type()).toList());
  }

  /** Whether the AGREE draft {@code promise} of the text's first sentence states an intention only. */
  private static boolean intentionOnly(String text, String promise) {
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.oneParagraph(text, DAY));
    Participants people = new Participants(a);
    Sentence s = a.sentences().get(0);
    for (Draft d : new Triggers(LEXICON).find(s, a)) {
      new Roles(LEXICON).fill(s, d, people);
      if (d.trigger.word().equals(promise) && d.type().equals("AGREE")) {
        return Commitments.intentionOnly(s, d, LEXICON, people);
      }
    }
    throw new AssertionError("no AGREE trigger '" + promise + "' in: " + text);
  }

  @Test
  void a_promise_made_to_nobody_of_a_policy_is_an_intention() {
    assertTrue(intentionOnly("The Conservatives pledged to assess the cost effectiveness of identity cards.",
        "pledged"));
    assertTrue(intentionOnly("The prime minister has promised to cut income tax by two pence next year.",
        "promised"));
  }

  @Test
  void a_promise_to_another_side_stays_an_agreement() {
    assertFalse(intentionOnly("Japan promised Indonesia 50 million dollars in emergency aid.", "promised"));
    assertFalse(intentionOnly("Brazil pledged to work with the tin producers' association on export quotas.",
        "pledged"));
    assertFalse(intentionOnly("Japan has pledged to increase its imports of American rice this year.", "pledged"));
    assertFalse(intentionOnly("The minister had promised union leaders to strengthen the safeguards in the bill.",
        "promised"));
    assertFalse(intentionOnly("Germany has pledged to pay a fifth of the cost of the new dam.", "pledged"));
  }

  @Test
  void a_pledge_to_oppose_a_bill_is_the_opposing_alone() {
    assertTrue(promisesAnEvent("The Liberal Democrats have pledged to oppose the bill when it is debated next "
        + "Monday.", "pledged"));
    assertTrue(promisesAnEvent("The rebels vowed to attack government positions around the capital.", "vowed"));
    assertTrue(promisesAnEvent("Russia promised that it would withdraw its troops from the border by March.",
        "promised"));
  }

  @Test
  void a_promise_of_something_that_is_no_event_stays_a_promise() {
    assertFalse(promisesAnEvent("The Conservatives pledged to assess the cost effectiveness of identity cards.",
        "pledged"));
    assertFalse(promisesAnEvent("Japan promised Indonesia 50 million dollars in emergency aid.", "promised"));
  }
}
