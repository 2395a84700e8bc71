package org.newsgraph.extract.claims;

import java.util.Locale;
import org.newsgraph.core.Claim.Stance;
import org.newsgraph.core.Token;

/**
 * How the source holds what it says, from the cue and the content's main clause: denying and confirming verbs
 * (negated or refused confirmation is unconfirmed), believing verbs and "appear"/"seem" in the content, then
 * modal hedges in the content's main clause. Order matters: a denial is a denial even when it hedges.
 */
final class StanceRules {
  private StanceRules() {}

  static Stance of(Draft d) {
    DependencyTree tree = d.tree();
    Token cue = d.cueToken();
    String cueLemma = CueRules.lemma(cue);
    if (Cues.DENYING.contains(cueLemma)) {
      return Stance.DENIED;
    }
    if (Cues.CONFIRMING.contains(cueLemma)) {
      return negated(d) ? Stance.UNCONFIRMED : Stance.CONFIRMED;
    }
    if (Cues.BELIEVING.contains(cueLemma)) {
      return Stance.BELIEVED;
    }
    Token main = d.contentHead();
    if (main != null && main.index() != cue.index()) {
      if (Cues.SEEMING.contains(CueRules.lemma(main))) {
        return Stance.BELIEVED;
      }
      if (Cues.HEDGES.contains(CueRules.lemma(main))) {
        return Stance.HEDGED;
      }
      for (Token c : tree.children(main)) {
        boolean modifier = DependencyTree.is(c, "aux") || DependencyTree.is(c, "advmod")
            || DependencyTree.is(c, "cop");
        if (modifier && Cues.HEDGES.contains(c.word().toLowerCase(Locale.ROOT))) {
          return Stance.HEDGED;
        }
      }
    }
    return Stance.ASSERTED;
  }

  /** "have not confirmed", "neither … nor … confirmed", "declined to confirm". */
  private static boolean negated(Draft d) {
    DependencyTree tree = d.tree();
    Token cue = d.cueToken();
    for (Token c : tree.children(cue)) {
      if ((DependencyTree.is(c, "advmod") || DependencyTree.is(c, "neg") || DependencyTree.is(c, "aux"))
          && Cues.NEGATORS.contains(c.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    if (d.sourceHead() != null) {
      for (int i : tree.subtree(d.sourceHead()).stream().toArray()) {
        String w = tree.token(i).word().toLowerCase(Locale.ROOT);
        if (w.equals("neither") || w.equals("no")) {
          return true;
        }
      }
    }
    Token head = tree.head(cue);
    return head != null && DependencyTree.is(cue, "xcomp") && Cues.REFUSING.contains(CueRules.lemma(head));
  }
}
