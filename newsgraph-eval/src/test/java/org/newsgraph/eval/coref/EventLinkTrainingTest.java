package org.newsgraph.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.stories.events.EventLinker;
import org.newsgraph.stories.events.EventMention;
import org.newsgraph.stories.profile.SparseVector;

class EventLinkTrainingTest {
  private static EventLinker.Weighed mention(String doc, String id, String stem) {
    SparseVector context = SparseVector.of(Map.of(stem, 1f)).unit();
    return new EventLinker.Weighed(new EventMention(doc, id, null, stem, List.of(stem), List.of(), List.of(), null,
        null, null, context, null), context);
  }

  /**
   * Five topics of two documents; each document has an "attack" (one event per topic) and a "say" (a statement of
   * its own). In topic 0 the two documents fall in two predicted stories, which cuts its attack in two.
   */
  private static List<EventLinkTraining.Doc> docs() {
    List<EventLinkTraining.Doc> out = new ArrayList<>();
    long seq = 0;
    for (int t = 0; t < 5; t++) {
      for (int d = 0; d < 2; d++) {
        String doc = t + "_" + d;
        String story = t == 0 ? "s" + t + "-" + d : "s" + t;
        out.add(new EventLinkTraining.Doc(t, story, ++seq, List.of(mention(doc, "m1", "attack"),
            mention(doc, "m2", "say")), List.of("attack" + t, "say" + doc), List.of(doc + "|1", doc + "|2")));
      }
    }
    return out;
  }

  @Test
  void the_ceiling_is_perfect_only_where_the_stories_do_not_cut_a_gold_event() {
    EventLinkTraining.Result all = EventLinkTraining.train(docs(), x -> { });
    assertTrue(all.storyCeiling().conll() < 1, "topic 0's attack is split by its two stories");
    List<EventLinkTraining.Doc> uncut = docs().stream().filter(d -> d.topic() != 0).toList();
    assertEquals(1, EventLinkTraining.train(uncut, x -> { }).storyCeiling().conll(), 1e-9);
  }

  @Test
  void the_stem_per_topic_baseline_ignores_the_stories() {
    EventLinkTraining.Result r = EventLinkTraining.train(docs(), x -> { });
    // per gold topic the stems give every gold event except the "say"s, which the stem joins in twos
    assertTrue(r.topicStems().muc().precision() < 1);
    assertEquals(1, r.topicStems().muc().recall(), 1e-9, "every attack of a topic is one cluster");
    assertTrue(r.stemBaseline().muc().recall() < 1, "per predicted story topic 0's attack is cut");
  }
}
