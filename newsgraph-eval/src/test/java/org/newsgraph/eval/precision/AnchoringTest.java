package org.newsgraph.eval.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gold's offsets are checked against the reader's text, and found again by their words when it changed. */
class AnchoringTest {
  static final String TEXT = "The minister said the talks had failed. Officials said nothing.";

  static GoldArticle gold(String text) {
    Golds g = new Golds(TEXT);
    return new GoldArticle("a.txt", "dev", CorpusDocuments.sha256(text), text.length(),
        List.of(g.claim("The minister", "unnamed", "said", "the talks had failed")), List.of());
  }

  @Test
  void the_text_the_gold_was_written_on_passes_unchanged() {
    Anchoring.Result r = Anchoring.anchor(gold(TEXT), TEXT);
    assertFalse(r.reread());
    assertEquals(0, r.moved());
  }

  @Test
  void offsets_that_do_not_cover_their_words_are_reported() {
    GoldArticle g = gold(TEXT);
    GoldClaim c = g.claims().get(0);
    GoldArticle broken = new GoldArticle(g.doc(), g.split(), g.textSha256(), g.textLength(), List.of(new GoldClaim(
        c.id(), c.source(), c.sourceEntity(), c.sourceAlso(), null, new GoldSpan(0, 4, "said"), c.content(), null)),
        List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Anchoring.anchor(broken, TEXT));
    assertTrue(e.getMessage().contains("[0,4) \"said\""), e.getMessage());
  }

  @Test
  void a_text_that_moved_is_anchored_again_by_the_words() {
    String moved = "LONDON - The  minister said\nthe talks had failed. Officials said nothing.";
    Anchoring.Result r = Anchoring.anchor(gold(TEXT), moved);
    assertTrue(r.reread());
    GoldClaim c = r.article().claims().get(0);
    assertEquals("said", moved.substring(c.cue().begin(), c.cue().end()));
    assertEquals(moved.indexOf("said"), c.cue().begin());
    assertEquals("the talks had failed", moved.substring(c.content().get(0).begin(), c.content().get(0).end()));
    assertEquals("The  minister", c.source().words());
  }

  @Test
  void words_no_longer_in_the_text_make_the_article_unusable_with_a_message_naming_them() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Anchoring.anchor(gold(TEXT), "The minister said the negotiations broke down."));
    assertTrue(e.getMessage().contains("\"the talks had failed\""), e.getMessage());
  }
}
