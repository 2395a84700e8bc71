package org.newsgraph.extract.claims;

import java.util.Locale;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * The cue's own words as PolNeAR marks them (auxiliaries, adverbs, a refusal, a particle, a time word, a colon)
 * and the channel it was said through ("told AFP", "in a statement").
 */
final class CueExtent {
  private final SpanTrimmer trimmer;

  CueExtent(SpanTrimmer trimmer) {
    this.trimmer = trimmer;
  }

  /**
   * The cue as PolNeAR marks it: the verb with the auxiliaries, adverbs and negation right before it ("has
   * sharply criticized", "did not immediately respond"), a refusal it depends on ("declined to confirm"), its
   * particle ("pointed out"), a time word right after it ("announced Tuesday", "said then") and a colon that opens
   * the content ("said:").
   */
  static Span cueSpan(DependencyTree tree, Token v) {
    int begin = v.span().begin();
    for (int i = v.index() - 1; i >= 0; i--) {
      Token a = tree.token(i);
      Token h = tree.head(a);
      boolean direct = a.head() == v.index()
          && (DependencyTree.is(a, "aux") || DependencyTree.is(a, "advmod"));
      boolean nested = DependencyTree.is(a, "advmod") && h != null && h.index() > i
          && h.index() < v.index() && DependencyTree.is(h, "advmod") && h.head() == v.index(); // "once again"
      if (direct || nested) {
        begin = a.span().begin();
      } else {
        break;
      }
    }
    Token refusal = tree.head(v);
    if (refusal != null && DependencyTree.is(v, "xcomp") && refusal.index() < v.index()
        && Cues.REFUSING.contains(CueRules.lemma(refusal))) {
      begin = cueSpan(tree, refusal).begin(); // "declined to confirm", "has steadfastly refused to disclose"
    }
    int end = v.span().end();
    int n = tree.tokens().size();
    int next = v.index() + 1;
    if (next < n && tree.token(next).head() == v.index() && DependencyTree.is(tree.token(next), "compound:prt")) {
      end = tree.token(next).span().end(); // "pointed out", "laid out"
      next++;
    }
    if (next < n) {
      Token t = tree.token(next);
      boolean time = t.head() == v.index() && (DependencyTree.is(t, "obl:tmod") || DependencyTree.is(t, "nmod:tmod")
          || DependencyTree.is(t, "obl") && "DATE".equals(t.ner()) && tree.child(t, "case") == null
          || DependencyTree.is(t, "advmod") && t.word().equalsIgnoreCase("then"));
      if (time && tree.subtree(t).cardinality() == 1) {
        end = t.span().end();
        next++;
      }
    }
    if (next < n && tree.token(next).word().equals(":")) {
      end = tree.token(next).span().end();
    }
    return new Span(begin, end);
  }

  /** "told AFP", "told reporters"; "in a statement", "on social media". */
  Span channel(DependencyTree tree, Token v) {
    if (Cues.ADDRESSEE.contains(CueRules.lemma(v))) {
      Token to = tree.child(v, "obj");
      if (to == null) {
        to = tree.child(v, "iobj");
      }
      if (to != null && to.index() > v.index() && !DependencyTree.is(to, "ccomp")) {
        return new Span(v.span().begin(), trimmer.trim(tree, tree.extent(to)).end());
      }
    }
    for (Token c : tree.children(v)) {
      if (!DependencyTree.is(c, "obl") || !Cues.CHANNEL_NOUNS.contains(CueRules.lemma(c))) {
        continue;
      }
      Token cas = tree.child(c, "case");
      if (cas != null && Cues.CHANNEL_PREPOSITIONS.contains(cas.word().toLowerCase(Locale.ROOT))) {
        return trimmer.trim(tree, tree.extent(c));
      }
    }
    return null;
  }
}
