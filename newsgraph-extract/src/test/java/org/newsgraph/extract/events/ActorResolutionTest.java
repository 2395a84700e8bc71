package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.events.OneParagraphEvents.byTrigger;
import static org.newsgraph.extract.events.OneParagraphEvents.events;
import static org.newsgraph.extract.events.OneParagraphEvents.eventsWithClaims;
import static org.newsgraph.extract.events.OneParagraphEvents.lines;
import static org.newsgraph.extract.events.OneParagraphEvents.linked;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;

/**
 * Actors the stage left open (issue 16, session 10), as classes, from made-up sentences: a plural pronoun, a "he" or
 * "the two" that the shared resolver links to a group or an unnamed person and no single entity. And a bare later
 * mention of an event coded before is no second event.
 */
@Tag("models")
class ActorResolutionTest {
  private static boolean named(AnalyzedArticle a, List<Event.Argument> args, String words) {
    return args.stream().anyMatch(x -> x.span().of(a.text()).contains(words));
  }

  @Test
  void they_after_an_unnamed_group_is_that_group() {
    AnalyzedArticle a = events("Prosecutors in the capital accused the ruling party of fraud on Monday. They plan to "
        + "arrest its leader next week.");
    Event arrest = byTrigger(a, "arrest");
    assertTrue(named(a, arrest.actors(), "Prosecutors"), () -> lines(a).toString());
  }

  @Test
  void the_two_after_a_pair_is_both() {
    AnalyzedArticle a = events("Russia and Ukraine held talks in Istanbul on Monday. The two agreed to exchange "
        + "prisoners.");
    Event agreed = byTrigger(a, "agreed");
    assertTrue(linked(agreed.actors(), "country:RUS") && linked(agreed.actors(), "country:UKR"),
        () -> lines(a).toString());
  }

  @Test
  void he_after_an_unnamed_official_is_that_official() {
    AnalyzedArticle a = events("India's finance minister lashed out at the trade policies of rich nations on Thursday. "
        + "He also called for reform of the United Nations.");
    Event called = byTrigger(a, "called");
    assertTrue(named(a, called.actors(), "finance minister"), () -> lines(a).toString());
  }

  @Test
  void a_later_mention_of_a_coded_meeting_is_no_second_event() {
    AnalyzedArticle a = eventsWithClaims("The US Secretary of State held a meeting with President Vladimir Putin in Moscow on "
        + "Tuesday. The US said the meeting was much more efficient than before.");
    assertTrue(a.events().stream().anyMatch(e -> e.trigger().of(a.text()).equals("meeting")
        && e.trigger().begin() < 60), () -> lines(a).toString());
    assertFalse(a.events().stream().anyMatch(e -> e.trigger().of(a.text()).equals("meeting")
        && e.trigger().begin() > 60),
        () -> lines(a).toString());
  }

  @Test
  void a_later_mention_that_is_all_a_source_says_stays_an_event_of_that_claim() {
    AnalyzedArticle a = eventsWithClaims("Japanese intelligence said China deployed 5,000 soldiers to Myanmar on Monday. "
        + "Neither Beijing nor Naypyidaw has confirmed the deployment.");
    assertTrue(a.events().stream().anyMatch(e -> e.trigger().of(a.text()).equals("deployment")
        && e.claimId() != null), () -> lines(a).toString());
  }
}
