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

  /**
   * A hand-set model: the same stem and a similar context join; other actors, another type or days that disagree
   * count against.
   */
  static EventLinkModel model() {
    double[] w = new double[LinkFeatures.NAMES.size()];
    w[LinkFeatures.NAMES.indexOf("stem_same")] = 2;
    w[LinkFeatures.NAMES.indexOf("context")] = 2;
    w[LinkFeatures.NAMES.indexOf("actor_shared")] = 1;
    w[LinkFeatures.NAMES.indexOf("actor_other")] = -1.5;
    w[LinkFeatures.NAMES.indexOf("type_other")] = -1;
    w[LinkFeatures.NAMES.indexOf("time_overlap")] = 0.5;
    w[LinkFeatures.NAMES.indexOf("time_apart")] = -3;
    return new EventLinkModel(-1, w);
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
    EventLinker linker = new EventLinker(model(), 0.5, frequencies());
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
    EventLinker linker = new EventLinker(model(), 0.5, frequencies());
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
      EventLinker linker = new EventLinker(model(), 0.5, frequencies());
      linker.link("s1", 1, List.of(arrest("a1", List.of(), null, LocalDate.of(2024, 3, 1), "police", "arrest",
          "suspect", "leeds")));
      started[i] = linker.link("s1", 2, List.of(arrest("a2", List.of(), null, second[i], "police", "arrest",
          "suspect", "bradford"))).get(0).started();
    }
    assertFalse(started[0], "the same day: one arrest");
    assertTrue(started[1], "March and September: two arrests");
  }
}

class EventLinkerTeachingTest {
  private static EventMention said(String article, String id, String... words) {
    Map<String, Float> context = new HashMap<>();
    for (String w : words) {
      context.merge(w, 1f, Float::sum);
    }
    return new EventMention(article, id, null, "said", List.of("say"), List.of(), List.of(), null, null, null,
        SparseVector.of(context), null);
  }

  @Test
  void teaching_labels_each_candidate_by_the_gold_cluster_and_follows_the_gold_history() {
    EventLinker linker = new EventLinker(EventLinkerTest.model(), 0.5, new DocumentFrequencies());
    List<Boolean> labels = new java.util.ArrayList<>();
    EventLinker.Examples sink = (f, same) -> labels.add(same);
    linker.teach("s1", 1, linker.weigh(List.of(said("a1", "m1", "minister"), said("a1", "m2", "police"))),
        List.of("A", "B"), sink);
    assertEquals(List.of(false), labels, "m2 is compared with A only, which is not its event");
    labels.clear();
    linker.teach("s1", 2, linker.weigh(List.of(said("a2", "m1", "police"))), List.of("B"), sink);
    assertEquals(2, labels.size(), "A and B are both candidates");
    assertEquals(1, labels.stream().filter(x -> x).count(), "only B is its event");
    assertEquals(2, linker.instanceCount(), "the gold history: A and B, the third mention joined B");
  }
}
