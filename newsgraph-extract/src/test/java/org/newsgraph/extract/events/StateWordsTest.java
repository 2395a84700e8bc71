package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.events.OneParagraphEvents.byTrigger;
import static org.newsgraph.extract.events.OneParagraphEvents.events;
import static org.newsgraph.extract.events.OneParagraphEvents.lines;
import static org.newsgraph.extract.events.OneParagraphEvents.linked;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;

/**
 * A government noun or a bare plural of office holders that the shared resolver leaves open acts for the state the
 * article is about, else for the country named last before it in its sentence (issue 16, session 11), from made-up
 * sentences; words that say whose officials they are keep their own reading.
 */
@Tag("models")
class StateWordsTest {
  @Test
  void the_governments_refusal_is_the_country_named_before_it() {
    AnalyzedArticle a = events("Relatives of a Syrian refugee beaten by US soldiers lost their case against the "
        + "government's refusal to open an inquiry.");
    Event refusal = byTrigger(a, "refusal");
    assertTrue(linked(refusal.actors(), "country:USA"), () -> lines(a).toString());
  }

  @Test
  void a_nationality_adjective_before_them_is_not_the_state() {
    AnalyzedArticle a = events("Police in Chad beat dozens of Sudanese migrants, whom authorities accuse of "
        + "smuggling, rights groups said on Monday.");
    Event accuse = byTrigger(a, "accuse");
    assertFalse(linked(accuse.actors(), "country:SDN"), () -> lines(a).toString());
  }

  @Test
  void bare_officials_are_the_state_the_article_is_about() {
    AnalyzedArticle a = events("Argentina has frozen the accounts of a Spanish bank. Argentina's president defended "
        + "the move in Buenos Aires. Officials accused the bank of fraud on Friday.");
    Event accused = byTrigger(a, "accused");
    assertTrue(linked(accused.actors(), "country:ARG"), () -> lines(a).toString());
  }

  @Test
  void officials_of_a_named_body_are_not_the_state() {
    AnalyzedArticle a = events("Argentina has frozen the accounts of a Spanish bank. Argentina's president defended "
        + "the move in Buenos Aires. Officials of the bank accused Argentina of theft on Friday.");
    Event accused = byTrigger(a, "accused");
    assertFalse(linked(accused.actors(), "country:ARG"), () -> lines(a).toString());
  }
}
