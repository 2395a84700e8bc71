package org.newsgraph.eval.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Modality;

/** The event matching rules, one by one. */
class EventJudgeTest {
  static final String TEXT = "Canada's foreign minister will meet Secretary of State George Shultz on Monday. "
      + "Police arrested two men after rebels attacked the town.";
  final Golds g = new Golds(TEXT);

  private Set<EventError> errors(GoldEvent gold, Event predicted) {
    int second = TEXT.indexOf("Police");
    return EventJudge.judge(TEXT, List.of(gold), List.of(predicted), s -> s.begin() < second ? 0 : 1).verdicts()
        .get(0).errors();
  }

  @Test
  void a_planned_meeting_coded_in_plover_convention_as_agree_has_the_right_type() {
    GoldEvent gold = g.event("CONSULT", "meet", List.of(g.arg("country:CAN", "Canada")),
        List.of(g.arg("person:george-shultz", "George Shultz")), Modality.PLANNED);
    assertEquals(Set.of(), errors(gold, g.predictedEvent("AGREE", "meet", List.of(g.argument("Canada", "country:CAN")),
        List.of(g.argument("George Shultz", "person:george-shultz")), Modality.PLANNED, 0)));
  }

  @Test
  void the_parties_to_a_meeting_may_come_in_either_role() {
    GoldEvent gold = g.event("CONSULT", "meet", List.of(g.arg("country:CAN", "Canada")),
        List.of(g.arg("person:george-shultz", "George Shultz")), Modality.PLANNED);
    assertEquals(Set.of(), errors(gold, g.predictedEvent("CONSULT", "meet",
        List.of(g.argument("George Shultz", "person:george-shultz")), List.of(g.argument("Canada", "country:CAN")),
        Modality.PLANNED, 0)));
  }

  @Test
  void an_actor_the_text_leaves_implicit_may_be_left_out_but_not_replaced_by_a_wrong_one() {
    GoldEvent gold = g.event("COERCE", "arrested", List.of(g.arg("unnamed|none", "Police")),
        List.of(g.arg("unnamed", "two men")), Modality.ASSERTED);
    assertEquals(Set.of(), errors(gold, g.predictedEvent("COERCE", "arrested", List.of(),
        List.of(g.argument("two men", null)), Modality.ASSERTED, 1)));
    assertEquals(Set.of(EventError.ACTOR_WRONG), errors(gold, g.predictedEvent("COERCE", "arrested",
        List.of(g.argument("rebels", null)), List.of(g.argument("two men", null)), Modality.ASSERTED, 1)));
  }

  @Test
  void a_victim_coded_as_actor_makes_both_roles_wrong() {
    GoldEvent gold = g.event("ASSAULT", "attacked", List.of(g.arg("unnamed", "rebels")),
        List.of(g.arg("unnamed", "the town")), Modality.ASSERTED);
    assertEquals(Set.of(EventError.ACTOR_WRONG, EventError.RECIPIENT_WRONG), errors(gold,
        g.predictedEvent("ASSAULT", "attacked", List.of(g.argument("the town", null)),
            List.of(g.argument("rebels", null)), Modality.ASSERTED, 1)));
  }

  @Test
  void a_wrong_type_and_modality_are_each_counted() {
    GoldEvent gold = g.event("ASSAULT", "attacked", List.of(g.arg("unnamed", "rebels")), List.of(),
        Modality.ASSERTED);
    assertEquals(Set.of(EventError.TYPE_WRONG, EventError.MODALITY_WRONG), errors(gold,
        g.predictedEvent("PROTEST", "attacked", List.of(g.argument("rebels", null)), List.of(), Modality.CLAIMED,
            1)));
  }

  @Test
  void another_trigger_of_the_same_type_in_the_same_sentence_pairs_but_another_sentence_does_not() {
    GoldEvent gold = g.event("COERCE", "arrested", List.of(), List.of(g.arg("unnamed", "two men")),
        Modality.ASSERTED);
    assertEquals(Set.of(), errors(gold, g.predictedEvent("COERCE", "Police", List.of(),
        List.of(g.argument("two men", null)), Modality.ASSERTED, 1)));
    assertEquals(Set.of(EventError.NOT_AN_EVENT), errors(gold, g.predictedEvent("COERCE", "meet", List.of(),
        List.of(g.argument("two men", null)), Modality.ASSERTED, 0)));
  }
}
