package org.newsgraph.stories.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLinkModelTest {
  @Test
  void a_model_written_as_lines_reads_back_the_same() {
    EventLinkModel m = EventLinkerTest.model();
    assertEquals(m, EventLinkModel.parse(m.lines(List.of("a comment"))));
  }

  @Test
  void a_file_without_a_weight_for_every_feature_is_refused() {
    List<String> lines = new ArrayList<>(EventLinkerTest.model().lines(List.of()));
    lines.remove(lines.size() - 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventLinkModel.parse(lines));
    assertTrue(e.getMessage().contains(LinkFeatures.NAMES.get(LinkFeatures.NAMES.size() - 1)), e.getMessage());
  }

  @Test
  void probability_is_the_logistic_of_the_weighted_sum() {
    double[] f = new double[LinkFeatures.NAMES.size()];
    f[LinkFeatures.NAMES.indexOf("stem_same")] = 1;
    f[LinkFeatures.NAMES.indexOf("context")] = 0.5;
    // -1 + 2 * 1 + 2 * 0.5 = 2
    assertEquals(1 / (1 + Math.exp(-2)), EventLinkerTest.model().probability(f), 1e-12);
  }

  @Test
  void the_shipped_model_prefers_a_shared_trigger_to_none() {
    double[] same = new double[LinkFeatures.NAMES.size()];
    same[LinkFeatures.NAMES.indexOf("stem_same")] = 1;
    same[LinkFeatures.NAMES.indexOf("stem_trigrams")] = 1;
    double[] other = new double[LinkFeatures.NAMES.size()];
    EventLinkModel m = EventLinkModel.shipped();
    assertTrue(m.probability(same) > m.probability(other));
  }
}
