package org.newsgraph.store.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Whether the thing a source rejects is a proposal (an offer, a call, a suggestion, a request, a plan) rather than a
 * statement of fact: "rejected a compromise offer" refuses, "rejected the claims" denies.
 */
final class Refusals {
  /** Nouns of proposing and asking, singular and plural. */
  private static final Set<String> PROPOSALS = Set.of("proposal", "proposals", "offer", "offers", "bid", "bids",
      "call", "calls", "suggestion", "suggestions", "request", "requests", "plan", "plans", "demand", "demands",
      "appeal", "appeals", "invitation", "invitations", "question", "questions", "recommendation",
      "recommendations", "approach", "approaches");
  /** How many words from the start of the rejected words the proposal noun may be ("a Conservative compromise offer"). */
  private static final int HEAD_WITHIN = 4;

  private Refusals() {}

  /** Whether one of the first few words of {@code rejected} is a noun of proposing or asking. */
  static boolean proposal(String rejected) {
    if (rejected == null) {
      return false;
    }
    String[] w = rejected.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}]+");
    for (int i = 0; i < w.length && i < HEAD_WITHIN; i++) {
      if (PROPOSALS.contains(w[i])) {
        return true;
      }
    }
    return false;
  }
}
