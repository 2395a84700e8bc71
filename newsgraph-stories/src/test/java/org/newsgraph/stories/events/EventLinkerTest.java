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

class EventLinkerTest {
  private static EventMention arrest(String article, List<String> actors, String place, LocalDate day,
      String... words) {
    Map<String, Float> context = new HashMap<>();
    for (String w : words) {
      context.merge(w, 1f, Float::sum);
    }
    return new EventMention(article, "e1", "COERCE", "arrested", List.of("arrest"), actors, List.of(), place, day,
        day == null ? null : day.plusDays(1), SparseVector.of(context), "asserted");
  }

  private static DocumentFrequencies frequencies() {
    DocumentFrequencies df = new DocumentFrequencies();
    for (int i = 0; i < 20; i++) {
      df.add(List.of("police", "arrest", "suspect", "i" + i));
    }
    return df;
  }

  @Test
  void two_reports_of_one_arrest_whose_participants_are_unknown_are_one_event() {
    EventLinker linker = new EventLinker(0.5, frequencies());
    EventLink first = linker.link("s1", 1, List.of(arrest("a1", List.of(), null, null, "police", "arrest", "suspect",
        "leeds"))).get(0);
    EventLink second = linker.link("s1", 2, List.of(arrest("a2", List.of(), null, null, "police", "arrest",
        "suspect", "yorkshire"))).get(0);
    assertTrue(first.started());
    assertFalse(second.started(), second.reason());
    assertEquals(first.instance().id(), second.instance().id());
  }

  @Test
  void the_same_act_by_other_actors_in_other_words_is_another_event() {
    EventLinker linker = new EventLinker(0.5, frequencies());
    linker.link("s1", 1, List.of(arrest("a1", List.of("org:west-yorkshire-police"), null, null, "police", "arrest",
        "suspect", "leeds")));
    EventLink other = linker.link("s1", 2, List.of(arrest("a2", List.of("org:interpol"), null, null, "arrest",
        "madrid", "fugitive", "warrant"))).get(0);
    assertTrue(other.started(), other.reason());
  }

  @Test
  void reports_of_an_arrest_on_the_same_day_join_and_on_days_that_disagree_stay_apart() {
    LocalDate[] second = {LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 12)};
    boolean[] started = new boolean[2];
    for (int i = 0; i < 2; i++) {
      EventLinker linker = new EventLinker(0.5, frequencies());
      linker.link("s1", 1, List.of(arrest("a1", List.of(), null, LocalDate.of(2024, 3, 1), "police", "arrest",
          "suspect", "leeds")));
      started[i] = linker.link("s1", 2, List.of(arrest("a2", List.of(), null, second[i], "police", "arrest",
          "suspect", "bradford"))).get(0).started();
    }
    assertFalse(started[0], "the same day: one arrest");
    assertTrue(started[1], "March and September: two arrests");
  }
}
