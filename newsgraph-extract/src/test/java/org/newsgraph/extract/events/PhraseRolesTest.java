package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.events.OneParagraphEvents.byTrigger;
import static org.newsgraph.extract.events.OneParagraphEvents.events;
import static org.newsgraph.extract.events.OneParagraphEvents.lines;
import static org.newsgraph.extract.events.OneParagraphEvents.linked;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Modality;

/**
 * Roles the parse's attachment hides or swaps (issue 16, session 11), from made-up sentences: whom an act is directed
 * at, hung on the verb's object ("shared information with the PA"), unless a verb stands between them; what a
 * release frees, taken as the one who moves (the hostages as actor); a meeting's subject taken as a party to it ("a
 * meeting on Palestinian reform"), but not when a verb's particle stands before the party's case ("agreed upon with
 * X"); the state whose custody a release ends ("freed from US custody") as its actor. And a modality the words
 * give without a reporting verb: an event noun that allegations include is claimed.
 */
@Tag("models")
class PhraseRolesTest {
  private static boolean named(AnalyzedArticle a, List<Event.Argument> args, String words) {
    return args.stream().anyMatch(x -> x.span() != null && x.span().of(a.text()).contains(words));
  }

  @Test
  void whom_information_is_shared_with_receives_it() {
    AnalyzedArticle a = events("The minister said Egypt shared intelligence with the Jordanian government in the "
        + "search for the bombers.");
    Event shared = byTrigger(a, "shared");
    assertTrue(named(a, shared.actors(), "Egypt"), () -> lines(a).toString());
    assertTrue(named(a, shared.recipients(), "government"), () -> lines(a).toString());
  }

  @Test
  void a_phrase_after_a_verb_inside_the_object_is_that_verbs() {
    AnalyzedArticle a = events("Police stopped a march by students in Ankara held to protest the decision of "
        + "sending troops to Iraq.");
    assertTrue(a.events().stream().noneMatch(e -> named(a, e.recipients(), "Iraq")), () -> lines(a).toString());
  }

  @Test
  void the_freed_are_no_actor_of_their_release() {
    AnalyzedArticle a = events("Kurdish rebels freed twelve Turkish soldiers near the Iraqi border on Sunday.");
    Event freed = byTrigger(a, "freed");
    assertTrue(named(a, freed.recipients(), "soldiers"), () -> lines(a).toString());
    AnalyzedArticle b = events("The envoy travelled to Damascus to ask for help in freeing British hostages in "
        + "Iraq.");
    assertTrue(b.events().stream().noneMatch(e -> e.type().equals("RETREAT") && named(b, e.actors(), "hostages")),
        () -> lines(b).toString());
  }

  @Test
  void what_a_meeting_is_on_takes_no_part_in_it() {
    AnalyzedArticle a = events("Next week's meeting on Syrian reform will be hosted by the French president in "
        + "Paris.");
    assertTrue(a.events().stream().noneMatch(e -> named(a, e.recipients(), "reform")
        || named(a, e.actors(), "reform")), () -> lines(a).toString());
  }

  @Test
  void the_state_whose_custody_a_release_ends_releases() {
    AnalyzedArticle a = events("The two Australians freed from Russian custody in Moscow last month were "
        + "questioned by police in Sydney on Monday.");
    Event freed = byTrigger(a, "freed");
    assertTrue(linked(freed.actors(), "country:RUS"), () -> lines(a).toString());
    assertTrue(!linked(freed.recipients(), "country:RUS") && linked(freed.recipients(), "country:AUS"),
        () -> lines(a).toString());
  }

  @Test
  void a_verbs_particle_before_a_party_makes_no_topic() {
    AnalyzedArticle a = events("Chancellor Angela Merkel said the accord followed the terms she agreed upon with "
        + "President Vladimir Putin at their summit meeting in Berlin last year.");
    Event meeting = byTrigger(a, "meeting");
    assertTrue(named(a, meeting.recipients(), "Putin") || named(a, meeting.actors(), "Putin"),
        () -> lines(a).toString());
  }

  @Test
  void what_allegations_include_is_claimed() {
    AnalyzedArticle a = events("Further allegations against American troops included the shooting of three "
        + "Afghan farmers near Kandahar in 2004.");
    assertEquals(Modality.CLAIMED, byTrigger(a, "shooting").modality(), () -> lines(a).toString());
  }
}
