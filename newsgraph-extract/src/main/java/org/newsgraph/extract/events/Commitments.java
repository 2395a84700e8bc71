package org.newsgraph.extract.events;

import java.util.Collection;
import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * "The Lib Dems have pledged to oppose the bill": a promise whose content is itself an event the stage codes (as
 * planned, from the promise) reports one event, not two, so the promise is left uncoded and the event it promises
 * stays. A promise of something the stage does not code ("pledged to assess the cost", "promised aid") stays an
 * AGREE.
 */
final class Commitments {
  /** Verbs of committing oneself to a future act. */
  private static final Set<String> PROMISES = Set.of("promise", "pledge", "vow", "commit", "undertake", "swear");

  private Commitments() {}

  /**
   * True when {@code d} is a verb of promising whose complement ("to oppose", "that it would attack") is the trigger
   * of one of the {@code coded} drafts of the same sentence.
   */
  static boolean promisesCodedEvent(Sentence s, Draft d, Collection<Draft> coded) {
    if (!d.type().equals("AGREE") || d.noun() || !PROMISES.contains(Deps.lemma(d.trigger))) {
      return false;
    }
    for (Draft o : coded) {
      if (o == d || o.noun()) {
        continue;
      }
      Token x = o.trigger;
      for (int guard = 0; guard < 3 && x.deprel().equals("conj") && x.head() >= 0; guard++) {
        x = s.tokens().get(x.head()); // "pledged to oppose and defeat the bill"
      }
      if ((x.deprel().equals("xcomp") || x.deprel().equals("ccomp")) && x.head() == d.trigger.index()) {
        return true;
      }
    }
    return false;
  }
}
