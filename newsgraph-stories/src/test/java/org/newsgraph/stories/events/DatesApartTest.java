package org.newsgraph.stories.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.stories.profile.DocumentFrequencies;
import org.newsgraph.stories.profile.SparseVector;

class DatesApartTest {
  private static final LocalDate MAR_1 = LocalDate.of(1987, 3, 1);

  private static boolean far(LocalDate b1, LocalDate e1, LocalDate b2, LocalDate e2) {
    return DatesApart.far(b1, e1, b2, e2) && DatesApart.far(b2, e2, b1, e1); // the order must not matter
  }

  @Test
  void two_days_more_than_a_week_apart_are_far_and_a_week_or_less_is_not() {
    assertTrue(far(MAR_1, MAR_1.plusDays(1), MAR_1.plusDays(16), MAR_1.plusDays(17)));
    assertTrue(far(MAR_1, MAR_1.plusDays(1), MAR_1.plusDays(8), MAR_1.plusDays(9)));
    // a weekday read against the wrong week lands seven days off: not enough to tell two happenings apart
    assertFalse(DatesApart.far(MAR_1, MAR_1.plusDays(1), MAR_1.plusDays(7), MAR_1.plusDays(8)));
    assertFalse(DatesApart.far(MAR_1, MAR_1.plusDays(1), MAR_1.plusDays(2), MAR_1.plusDays(3)));
    assertFalse(DatesApart.far(MAR_1, MAR_1.plusDays(1), MAR_1, MAR_1.plusDays(1)));
  }

  @Test
  void a_month_against_a_day_weeks_later_is_far_and_a_year_or_an_unknown_time_never_is() {
    LocalDate dec = LocalDate.of(1986, 12, 1);
    assertTrue(far(dec, dec.plusMonths(1), LocalDate.of(1987, 2, 22), LocalDate.of(1987, 2, 23)));
    assertFalse(DatesApart.far(dec, dec.plusMonths(1), LocalDate.of(1986, 12, 20), LocalDate.of(1986, 12, 21)));
    LocalDate y = LocalDate.of(1986, 1, 1);
    assertFalse(DatesApart.far(y, y.plusYears(1), MAR_1, MAR_1.plusDays(1)));
    assertFalse(DatesApart.far(null, null, MAR_1, MAR_1.plusDays(1)));
  }

  private static EventMention agreement(String article, LocalDate day) {
    Map<String, Float> context = new HashMap<>(Map.of("opec", 1f, "agreement", 1f, "output", 1f));
    return new EventMention(article, "e1", "AGREE", "agreement", List.of("agreement"), List.of(), List.of(), null,
        day, day.plusDays(1), SparseVector.of(context), "asserted");
  }

  @Test
  void the_linker_keeps_reports_of_one_kind_of_act_weeks_apart_as_two_events_though_its_model_puts_no_weight_on_time() {
    double[] w = new double[LinkFeatures.NAMES.size()];
    w[LinkFeatures.NAMES.indexOf("stem_same")] = 2;
    w[LinkFeatures.NAMES.indexOf("context")] = 2;
    EventLinkModel model = new EventLinkModel(-1, w); // time_overlap and time_apart weigh nothing
    DocumentFrequencies df = new DocumentFrequencies();
    for (int i = 0; i < 20; i++) {
      df.add(List.of("opec", "agreement", "output", "w" + i));
    }
    boolean[] started = new boolean[2];
    String[] why = new String[2];
    int[] days = {3, 20};
    for (int k = 0; k < 2; k++) {
      EventLinker linker = new EventLinker(model, 0.5, df);
      linker.link("s1", 1, List.of(agreement("a1", MAR_1)));
      EventLink second = linker.link("s1", 2, List.of(agreement("a2", MAR_1.plusDays(days[k])))).get(0);
      started[k] = second.started();
      why[k] = second.reason();
    }
    assertFalse(started[0], why[0]);
    assertTrue(started[1], why[1]);
    assertEquals("a new event: va1-e1 has a time more than a week apart", why[1]);
  }

  @Test
  void a_mention_without_an_event_of_ours_has_only_its_sentences_first_time_which_refuses_nothing() {
    EventMention typed = agreement("a1", MAR_1);
    EventMention untyped = new EventMention("a2", "m7", null, "agreement", List.of("agreement"), List.of(), List.of(),
        null, MAR_1.plusDays(20), MAR_1.plusDays(21), SparseVector.EMPTY, null);
    EventInstanceState instance = new EventInstanceState("va1-e1", "s1", "AGREE", "agreement",
        Map.of("agreement", 1), Map.of(), Map.of(), null, MAR_1, MAR_1.plusDays(1), SparseVector.EMPTY, 1, 1, "a1", 1);
    assertFalse(DatesApart.far(untyped, instance));
    assertTrue(DatesApart.far(agreement("a3", MAR_1.plusDays(20)), instance));
    assertFalse(DatesApart.far(typed, instance));
  }
}
