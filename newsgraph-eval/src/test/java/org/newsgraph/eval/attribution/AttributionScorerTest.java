package org.newsgraph.eval.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;
import org.newsgraph.eval.attribution.AttributionScorer.Prf;
import org.newsgraph.eval.attribution.AttributionScorer.Result;
import org.newsgraph.extract.claims.BratAttribution.Role;
import org.newsgraph.extract.claims.BratAttribution;

/** The scorer on hand-made gold and predictions whose figures are worked out by hand. */
class AttributionScorerTest {
  private static final String TEXT = "Alice said the sky is blue. Bob told reporters rain is coming.";

  private static List<Span> s(String part) {
    if (part == null) {
      return List.of();
    }
    int i = TEXT.indexOf(part);
    return List.of(new Span(i, i + part.length()));
  }

  private static BratAttribution a(String source, String cue, String content) {
    return new BratAttribution(s(source), s(cue), s(content));
  }

  private static void near(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9, what);
  }

  @Test
  void exact_overlap_and_linked_figures_match_the_hand_count() {
    List<BratAttribution> gold = List.of(a("Alice", "said", "the sky is blue"), a("Bob", "told", "rain is coming"));
    List<BratAttribution> pred = List.of(a("Alice", "said", "the sky is blue"), a("Bob", "told", "reporters rain"),
        a(null, "coming", "Bob"));
    AttributionScorer scorer = new AttributionScorer();
    scorer.add(TEXT, gold, pred);
    Result r = scorer.result();
    near(1.0, r.roles().get(Role.SOURCE).exact().f1(), "source exact F1: 2 of 2 predicted, 2 of 2 gold");
    near(2.0 / 3, r.roles().get(Role.CUE).exact().precision(), "cue exact P");
    near(1.0, r.roles().get(Role.CUE).exact().recall(), "cue exact R");
    near(0.8, r.roles().get(Role.CUE).exact().f1(), "cue exact F1");
    Prf content = r.roles().get(Role.CONTENT).exact();
    near(1.0 / 3, content.precision(), "content exact P");
    near(0.5, content.recall(), "content exact R");
    near(0.4, content.f1(), "content exact F1");
    Prf overlap = r.roles().get(Role.CONTENT).overlap();
    near((1 + 0.5) / 3, overlap.precision(), "content overlap P: 4/4 and 1/2 over 3 predicted");
    near((1 + 1.0 / 3) / 2, overlap.recall(), "content overlap R: 4/4 and 1/3 over 2 gold");
    near(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), overlap.f1(), "content overlap F1");
    near(2.0 / 3, r.linked().precision(), "linked P: the third has a cue no gold cue shares");
    near(1.0, r.linked().recall(), "linked R");
  }

  @Test
  void nothing_predicted_scores_zero_without_dividing_by_zero() {
    AttributionScorer scorer = new AttributionScorer();
    scorer.add(TEXT, List.of(a("Alice", "said", "the sky is blue")), List.of());
    Result r = scorer.result();
    near(0, r.roles().get(Role.CUE).exact().f1(), "cue");
    near(0, r.linked().f1(), "linked");
  }
}
