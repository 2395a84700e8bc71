package org.newsgraph.extract.claims;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Cues that are not verbs: a reporting noun with its clause ("Trump's claim that…") and "according to X".
 */
final class PhraseCues {
  private final SpanTrimmer trimmer;

  PhraseCues(SpanTrimmer trimmer) {
    this.trimmer = trimmer;
  }

  /**
   * "Trump's claim that there have been thousands of shootings", "his pledge to work together": a reporting noun
   * with a "that" or "to" clause; the clause is the content, the possessor (with its "'s") the source, if any.
   */
  Draft noun(DependencyTree tree, Token n) {
    Token clause = null;
    for (Token c : tree.children(n)) {
      if (clause == null && c.index() > n.index() && (DependencyTree.is(c, "ccomp") || c.deprel().equals("acl"))) {
        String first = tree.token(tree.subtree(c).nextSetBit(0)).word().toLowerCase(Locale.ROOT);
        clause = first.equals("that") || first.equals("to") ? c : null;
      }
    }
    if (clause == null) {
      return null;
    }
    Span content = trimmer.trim(tree, tree.extent(clause));
    Token owner = tree.child(n, "nmod:poss");
    Span source = owner == null || owner.index() > n.index() ? null : trimmer.trim(tree, tree.extent(owner));
    return new Draft(tree, n.span(), n, source, source == null ? null : owner, List.of(content), clause, null);
  }

  static boolean isAccordingTo(DependencyTree tree, Token t) {
    return t.word().equalsIgnoreCase("according") && t.index() + 1 < tree.tokens().size()
        && tree.token(t.index() + 1).word().equalsIgnoreCase("to");
  }

  /** "according to X": X is the source, and the clause X hangs from, without X, is the content. */
  Draft accordingTo(DependencyTree tree, Token according) {
    Token to = tree.token(according.index() + 1);
    Token x = tree.head(according);
    if (x == null || x.index() <= to.index()) {
      x = to.index() + 1 < tree.tokens().size() ? tree.token(to.index() + 1) : null;
      if (x == null) {
        return null;
      }
    }
    BitSet src = tree.subtree(x);
    src.clear(according.index());
    src.clear(to.index());
    int first = Math.max(src.nextSetBit(0), to.index() + 1);
    Span source = trimmer.trim(tree,
        new Span(tree.token(first).span().begin(), tree.token(src.length() - 1).span().end()));
    Token clause = tree.head(x);
    Token root = clause == null ? x : clause;
    while (tree.head(root) != null && !DependencyTree.is(root, "ccomp")) {
      root = tree.head(root);
    }
    BitSet keep = tree.subtree(root);
    keep.andNot(tree.subtree(x));
    keep.clear(according.index());
    keep.clear(to.index());
    List<Span> content = trimmer.runs(tree, keep);
    content.removeIf(c -> c.overlaps(source));
    Span cue = new Span(according.span().begin(), to.span().end());
    return new Draft(tree, cue, according, source, x, content, root, null);
  }
}
