package org.newsgraph.extract.stance;

import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists the stance features count, as stems (see {@link StanceText#stem}): words that refute or deny,
 * words that hedge, words that confirm, and plain negation.
 */
final class StanceLexicon {
  private StanceLexicon() {}

  static final Set<String> REFUTE = stems("fake", "fraud", "hoax", "false", "deny", "denies", "denied", "denial",
      "not", "despite", "nope", "doubt", "doubts", "bogus", "debunk", "debunked", "debunks", "pranks", "prank",
      "retract", "retracted", "refute", "refuted", "refutes", "dismiss", "dismissed", "dismisses", "fabricated",
      "fabrication", "untrue", "rumour", "rumor", "satire", "satirical", "misleading", "baseless", "unfounded",
      "myth", "lie", "lies", "lied", "rejected", "rejects", "reject", "wrong", "erroneous", "contrary");

  /** The refuting words without plain negation: a body that says "hoax" or "denied" takes a side. */
  static final Set<String> STRONG_REFUTE = stems("fake", "fraud", "hoax", "false", "deny", "denies", "denied",
      "denial", "bogus", "debunk", "debunked", "prank", "retract", "retracted", "refute", "refuted", "dismiss",
      "dismissed", "fabricated", "fabrication", "untrue", "satire", "satirical", "baseless", "unfounded", "myth",
      "lie", "lied", "rejected", "erroneous", "nonsense", "scam", "parody", "photoshopped", "doctored");

  static final Set<String> HEDGE = stems("allegedly", "alleged", "reportedly", "reported", "reports", "claim",
      "claims", "claimed", "apparently", "possibly", "purportedly", "purported", "rumored", "rumoured", "suggest",
      "suggests", "suggested", "might", "may", "could", "perhaps", "unconfirmed", "unclear", "unverified",
      "according", "believed", "appears", "seems", "likely", "unlikely", "speculation", "report", "supposedly");

  static final Set<String> CONFIRM = stems("confirm", "confirms", "confirmed", "confirmation", "verified",
      "verify", "officially", "announced", "announces", "admitted", "admits", "acknowledged", "proved", "proof",
      "indeed", "true", "revealed", "reveals", "showed", "shows");

  static final Set<String> NEGATION = stems("not", "no", "never", "none", "nothing", "neither", "nor", "without",
      "nobody", "cannot");

  private static Set<String> stems(String... words) {
    Set<String> out = new TreeSet<>();
    for (String w : words) {
      out.add(StanceText.stem(w));
    }
    return Set.copyOf(out);
  }
}
