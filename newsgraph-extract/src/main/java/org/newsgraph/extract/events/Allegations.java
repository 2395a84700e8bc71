package org.newsgraph.extract.events;

import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * An event noun named as what an allegation is of: "allegations of torture", "claims of abuse by the police", or
 * what allegations include ("Other allegations … included the shooting of an Iraqi police commissioner"). Someone's
 * claim, not a fact the author states (CLAIMED), though no reporting verb carries it.
 */
final class Allegations {
  /** Nouns of a claim whose content may be an event named by a noun. */
  private static final Set<String> NOUNS = Set.of("allegation", "accusation", "claim", "report", "rumour",
      "rumor", "suspicion");
  /** Verbs by which allegations list the events they are of. */
  private static final Set<String> LISTING = Set.of("include", "involve", "concern", "cover");

  private Allegations() {}

  /** True when the noun {@code trigger} (or the first of the conjuncts it belongs to) is what an allegation is of. */
  static boolean named(Sentence s, Token trigger) {
    if (!trigger.pos().startsWith("NN")) {
      return false;
    }
    Token t = trigger;
    for (int guard = 0; guard < 5 && t.deprel().equals("conj") && t.head() >= 0; guard++) {
      t = s.tokens().get(t.head()); // "the shooting of X and the shooting of Y"
    }
    if (t.head() < 0) {
      return false;
    }
    Token h = s.tokens().get(t.head());
    if (t.deprel().startsWith("nmod") && Deps.caseOf(s, t).equals("of")) {
      return NOUNS.contains(Deps.lemma(h));
    }
    if (t.deprel().equals("obj") && LISTING.contains(Deps.lemma(h))) {
      return Deps.children(s, h, "nsubj").stream().anyMatch(x -> NOUNS.contains(Deps.lemma(x)));
    }
    return false;
  }
}
