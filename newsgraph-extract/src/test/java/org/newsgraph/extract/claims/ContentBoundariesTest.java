package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/** How far the trained boundaries may move a content fragment, on parses written by hand (no models). */
class ContentBoundariesTest {
  /** Tokens of {@code words} separated by one blank, with the given heads and relations. */
  private static DependencyTree tree(String[] words, String[] pos, int[] heads, String[] rels) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      Span s = new Span(at, at + words[i].length());
      tokens.add(new Token(i, s, words[i], pos[i], words[i].toLowerCase(), "O", heads[i], rels[i]));
      at = s.end() + 1;
    }
    return new DependencyTree(new Sentence(0, new Span(0, at - 1), tokens));
  }

  private static Span span(DependencyTree t, int first, int last) {
    return new Span(t.token(first).span().begin(), t.token(last).span().end());
  }

  @Test
  void a_passive_cue_in_a_relative_clause_keeps_its_subject_from_reaching_back_before_the_clause() {
    // "The ruling was a victory for Italy , where the dish is believed to have been invented"
    DependencyTree t = tree(
        new String[] {"The", "ruling", "was", "a", "victory", "for", "Italy", ",", "where", "the", "dish", "is",
            "believed", "to", "have", "been", "invented"},
        new String[] {"DT", "NN", "VBD", "DT", "NN", "IN", "NNP", ",", "WRB", "DT", "NN", "VBZ", "VBN", "TO", "VB",
            "VBN", "VBN"},
        new int[] {1, 4, 4, 4, -1, 6, 4, 6, 12, 10, 12, 12, 6, 16, 16, 16, 12},
        new String[] {"det", "nsubj", "cop", "det", "root", "case", "nmod", "punct", "advmod", "det", "nsubj:pass",
            "aux:pass", "acl:relcl", "mark", "aux", "aux:pass", "xcomp"});
    Span front = span(t, 9, 10);
    Span back = span(t, 13, 16);
    Draft d = new Draft(t, span(t, 11, 12), t.token(12), null, null, List.of(front, back), t.token(16), null);
    assertEquals(8, ContentBoundaries.frame(d, front).low()); // "where", not "The"
  }

  @Test
  void a_passive_main_clause_leaves_the_subject_free_to_move() {
    // "So far the number is thought to be small"
    DependencyTree t = tree(
        new String[] {"So", "far", "the", "number", "is", "thought", "to", "be", "small"},
        new String[] {"RB", "RB", "DT", "NN", "VBZ", "VBN", "TO", "VB", "JJ"},
        new int[] {1, 5, 3, 5, 5, -1, 8, 8, 5},
        new String[] {"advmod", "advmod", "det", "nsubj:pass", "aux:pass", "root", "mark", "cop", "xcomp"});
    Span front = span(t, 2, 3);
    Draft d = new Draft(t, span(t, 4, 5), t.token(5), null, null, List.of(front, span(t, 6, 8)), t.token(8), null);
    assertEquals(0, ContentBoundaries.frame(d, front).low());
  }
}
