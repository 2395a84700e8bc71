package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/** The cue model's file format and decisions, on a hand-built parse (no CoreNLP). */
class CueModelTest {
  /** "Officials said it rained": said is the root, officials its subject, rained its clausal complement. */
  private static DependencyTree tree() {
    List<Token> t = List.of(
        new Token(0, new Span(0, 9), "Officials", "NNS", "official", "O", 1, "nsubj"),
        new Token(1, new Span(10, 14), "said", "VBD", "say", "O", -1, "root"),
        new Token(2, new Span(15, 17), "it", "PRP", "it", "O", 3, "nsubj"),
        new Token(3, new Span(18, 24), "rained", "VBD", "rain", "O", 1, "ccomp"));
    return new DependencyTree(new Sentence(0, new Span(0, 24), t));
  }

  @Test
  void weights_survive_a_write_and_read_and_decide_by_sign() throws Exception {
    CueModel m = new CueModel(Map.of("l=say", 2.5, "c=ccomp", 1.0, "b", -1.0, "l=rain", -3.0));
    StringWriter w = new StringWriter();
    new AttributionModel(m, ContentBoundaries.empty()).write(w);
    CueModel back = AttributionModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)))
        .cue();
    assertEquals(4, back.size());
    DependencyTree tree = tree();
    assertEquals(2.5, back.score(tree, tree.token(1)), 1e-9, "bias + lemma + its ccomp");
    assertTrue(back.isCue(tree, tree.token(1)));
    assertFalse(back.isCue(tree, tree.token(3)));
    assertFalse(back.isCue(tree, tree.token(0)), "not a verb: never a candidate");
  }

  @Test
  void the_shipped_model_is_present_and_takes_a_plain_reporting_verb() {
    CueModel shipped = CueModel.shipped();
    assertFalse(shipped.isEmpty(), AttributionModel.RESOURCE + " is missing");
    DependencyTree tree = tree();
    assertTrue(shipped.isCue(tree, tree.token(1)), "'Officials said it rained'");
    assertFalse(shipped.isCue(tree, tree.token(3)), "'rained' reports nothing");
  }

  @Test
  void every_verb_drafts_any_verb_for_the_tagger_to_judge() {
    DependencyTree tree = tree();
    assertTrue(CueModel.EVERY_VERB.isCue(tree, tree.token(3)), "'rained' is drafted for the tagger to judge");
    assertFalse(CueModel.EVERY_VERB.isCue(tree, tree.token(0)), "not a verb: never a candidate");
  }
}
