package org.newsgraph.extract.claims;

import java.util.Set;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * "…, a decline of 1.49 pct, the Institut Monetaire Luxembourgeois (IML) said.": a cue verb that closes its sentence
 * after a comma and a noun phrase, and that the parse gave no subject (it hung the phrase on the clause before as an
 * apposition), is spoken by that phrase. Only a phrase of noun-phrase words counts, so a clause before the verb
 * ("…, as analysts expected.") is left alone.
 */
final class TrailingSource {
  /** Parts of speech a plain noun phrase is made of. */
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "NNP", "NNPS", "NN", "NNS", "JJ", "CD", "POS",
      "PRP$", "-LRB-", "-RRB-", "HYPH");
  /** Longest phrase taken, in tokens. */
  private static final int MAX_TOKENS = 10;

  private TrailingSource() {}

  /** The source phrase and its head, or null when {@code v} has a subject or does not close such a sentence. */
  record Found(Span source, Token head, int comma) {}

  static Found find(DependencyTree tree, Token v) {
    for (Token c : tree.children(v)) {
      if (c.deprel().startsWith("nsubj") || c.deprel().startsWith("csubj") || DependencyTree.is(c, "expl")) {
        return null;
      }
    }
    for (int i = v.index() + 1; i < tree.tokens().size(); i++) {
      if (tree.token(i).word().codePoints().anyMatch(Character::isLetterOrDigit)) {
        return null; // the verb does not close the sentence
      }
    }
    Token head = null;
    int depth = 0;
    for (int i = v.index() - 1; i >= 0 && v.index() - i <= MAX_TOKENS + 1; i--) {
      Token t = tree.token(i);
      if (t.word().equals(",")) {
        return head == null || i + 1 >= v.index() ? null
            : new Found(new Span(tree.token(i + 1).span().begin(), tree.token(v.index() - 1).span().end()), head, i);
      }
      if (!PHRASE_TAGS.contains(t.pos())) {
        return null;
      }
      depth += t.pos().equals("-RRB-") ? 1 : t.pos().equals("-LRB-") ? -1 : 0;
      if (head == null && depth == 0 && t.pos().startsWith("NN")) {
        head = t; // the last noun outside brackets: "the Institut … Luxembourgeois (IML)"
      }
    }
    return null;
  }
}
