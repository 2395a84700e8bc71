package org.newsgraph.extract.claims;

import java.util.BitSet;
import java.util.List;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * A passive reporting verb as a cue ("is expected to", "was first reported by"): the content is the passive
 * subject and the complement, split around the cue; the source is the "by" agent, if any.
 */
final class PassiveCues {
  private final SpanTrimmer trimmer;
  private final CueExtent extent;

  PassiveCues(SpanTrimmer trimmer, CueExtent extent) {
    this.trimmer = trimmer;
    this.extent = extent;
  }

  /** Whether {@code v} is a passive verb this class reads ("quote" is read as active: "quoted X as saying"). */
  static boolean isPassive(DependencyTree tree, Token v) {
    return tree.child(v, "aux:pass") != null && subject(tree, v) != null && !CueRules.lemma(v).equals("quote");
  }

  /**
   * The passive subject of {@code v}: its own; or, for a passive conjunct with no subject of its own, the one it
   * shares with the verb or predicate before it ("Israel will not attend, but is said to be watching", "The meetings
   * are part of a consultation but are also expected to lay groundwork"): the parse hangs that subject on the first
   * conjunct only, and read as active the conjunct's subject would be taken for its source.
   */
  static Token subject(DependencyTree tree, Token v) {
    Token own = tree.child(v, "nsubj:pass");
    if (own != null || tree.child(v, "nsubj") != null || tree.child(v, "csubj") != null
        || !DependencyTree.is(v, "conj")) {
      return own;
    }
    Token head = tree.head(v);
    Token shared = head == null || head.index() > v.index() ? null : tree.child(head, "nsubj");
    // a pronoun, or a conjunct with no clause after it ("but are not considered top-tier contenders"), is left to
    // the active reading, as before: the passive reading would give no draft at all
    return shared != null && shared.index() < head.index() && !shared.pos().startsWith("PRP")
        && complement(tree, v) != null ? shared : null;
  }

  /**
   * "The sale is expected to expand…", "Pigs are considered unclean": PolNeAR's content is the passive subject and
   * the complement, split around the cue; the source is the agent ("by analysts") when there is one, else none.
   * Without a complement, the subject is the content when an agent says it ("The meeting was first reported by
   * Politico"); without either ("it was reported") there is nothing to attribute. An expletive "it" before a clause
   * ("It is predicted that …") leaves the clause alone as the content.
   */
  Draft find(DependencyTree tree, Token v) {
    Token subject = subject(tree, v);
    Token complement = complement(tree, v);
    boolean expletive = expletive(subject, complement);
    if (subject.index() > v.index() || subject.pos().equals("PRP") && !expletive) {
      return null;
    }
    Span cue = CueExtent.cueSpan(tree, v);
    Span front = expletive ? null : trimmer.trim(tree, tree.extent(subject));
    Span back = complement == null ? null : trimmer.trim(tree, tree.extent(complement));
    if (expletive && back == null || !expletive && (front == null || front.overlaps(cue) || front.length() == 0)
        || back != null && (back.overlaps(cue) || back.length() == 0)) {
      return null;
    }
    Span source = null;
    Token sourceHead = null;
    for (Token c : tree.children(v)) {
      Token cas = tree.child(c, "case");
      if (DependencyTree.is(c, "obl") && cas != null && cas.word().equalsIgnoreCase("by") && cas.index() > v.index()
          && (back == null || !back.contains(c.span()))) {
        BitSet keep = tree.subtree(c);
        keep.clear(cas.index());
        List<Span> r = trimmer.runs(tree, keep);
        source = r.isEmpty() ? null : r.get(0);
        sourceHead = c;
        if (back == null && cas.index() == v.index() + 1) {
          cue = new Span(cue.begin(), cas.span().end()); // "was first reported by": the "by" joins the cue
        }
      }
    }
    if (back == null) { // "The meeting was first reported by Politico": the subject is what the agent said
      return source == null || source.overlaps(front) ? null
          : new Draft(tree, cue, v, source, sourceHead, List.of(front), subject, extent.channel(tree, v));
    }
    List<Span> content = expletive ? List.of(back) : List.of(front, back);
    return new Draft(tree, cue, v, source, sourceHead, content, complement, extent.channel(tree, v));
  }

  /** The first clause after {@code v} that is its complement ("to open next spring", "that …"), or null. */
  private static Token complement(DependencyTree tree, Token v) {
    for (Token c : tree.children(v)) {
      if ((DependencyTree.is(c, "xcomp") || DependencyTree.is(c, "ccomp")) && c.index() > v.index()) {
        return c;
      }
    }
    return null;
  }

  /**
   * "It is predicted that the song will sell…", "since it was first revealed … that profits …": an "it" subject
   * with a clause after the verb holds no content of its own; the clause is all that is said.
   */
  static boolean expletive(Token subject, Token complement) {
    return subject.word().equalsIgnoreCase("it") && complement != null && DependencyTree.is(complement, "ccomp");
  }
}
