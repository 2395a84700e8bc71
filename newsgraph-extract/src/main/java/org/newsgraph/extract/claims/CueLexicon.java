package org.newsgraph.extract.claims;

import java.util.Set;

/**
 * The attribution stage's word lists ({@link Cues}, lemmas) for readers outside this package, such as the stance
 * model's features: one list, so that what counts as a denial or a hedge is the same everywhere.
 */
public final class CueLexicon {
  private CueLexicon() {}

  /** Verbs that report speech, writing or a held view ("say", "claim", "report", "tell"...). */
  public static Set<String> reporting() {
    return Cues.REPORTING;
  }

  /** Verbs that deny ("deny", "reject", "dismiss", "refute", "dispute", "rebut"). */
  public static Set<String> denying() {
    return Cues.DENYING;
  }

  /** Verbs that confirm ("confirm", "acknowledge", "admit", "concede", "verify"). */
  public static Set<String> confirming() {
    return Cues.CONFIRMING;
  }

  /** Verbs of belief or assessment ("believe", "suspect", "estimate"...). */
  public static Set<String> believing() {
    return Cues.BELIEVING;
  }

  /** Modal hedges ("may", "might", "could", "possibly", "likely"...). */
  public static Set<String> hedges() {
    return Cues.HEDGES;
  }

  /** Negators ("not", "never", "neither", "nor", "no"). */
  public static Set<String> negators() {
    return Cues.NEGATORS;
  }

  /** Verbs of refusal before a confirming verb ("declined to confirm"). */
  public static Set<String> refusing() {
    return Cues.REFUSING;
  }
}
