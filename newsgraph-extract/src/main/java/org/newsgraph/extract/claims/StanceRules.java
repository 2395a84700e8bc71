package org.newsgraph.extract.claims;

import java.util.Locale;
import org.newsgraph.core.Claim.Stance;
import org.newsgraph.core.Token;

/**
 * How the source holds what it says, from the cue and the content's main clause: denying and confirming verbs
 * (negated or refused confirmation is unconfirmed), believing verbs and "appear"/"seem" in the content, then
 * hedges in the content's main clause ("may", "could"; "likely" as the predicate of "is likely to"). Order matters:
 * a denial is a denial even when it hedges. A quotation that opens in an earlier sentence than its cue is led by
 * that first sentence ("“The deal is likely to help. It matters,” he said"), so its main clause is the one read.
 */
final class StanceRules {
  private StanceRules() {}

  /**
   * @param leadTree the sentence the content opens in when that precedes the cue's sentence, or null
   * @param lead     the main token of the content in that sentence, or null
   */
  static Stance of(Draft d, DependencyTree leadTree, Token lead) {
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
    if (leadTree != null && lead != null) {
      Stance led = ofClause(leadTree, lead);
      return led != null ? led : Stance.ASSERTED;
    }
    Token main = d.contentHead();
    Stance own = main == null || main.index() == cue.index() ? null : ofClause(d.tree(), main);
    return own != null ? own : Stance.ASSERTED;
  }

  /** Believed or hedged from a clause's main word and its auxiliaries and adverbs, else null. */
  private static Stance ofClause(DependencyTree tree, Token main) {
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
    return null;
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
