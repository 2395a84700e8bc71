package org.newsgraph.extract.stance;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.claims.CueLexicon;

/**
 * Whose voice a sentence of the body speaks in: its own (no reporting or believing verb, no "according", no quote
 * mark, no hedge, no question) or another's. A body that agrees tends to state the claim itself, unhedged; one that
 * discusses it tends to restate it only inside an attribution or a hedge. The word lists are the attribution stage's
 * and the stance lexicon's, no word of any one story.
 */
final class VoiceFeatures {
  private static final Set<String> MODALS = Set.of("may", "might", "could", "would", "if", "whether");

  private VoiceFeatures() {}

  /** How one sentence speaks. */
  record Voice(boolean attributed, boolean hedged) {
    boolean own() {
      return !attributed && !hedged;
    }
  }

  /** The voice of a sentence from its tokens (lower-cased) and its text as written. */
  static Voice voice(List<String> tokens, String text) {
    boolean attributed = text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('\u201d') >= 0;
    boolean hedged = text.indexOf('?') >= 0;
    for (String t : tokens) {
      if (t.equals("according") || ReportingFeatures.is(t, CueLexicon.reporting())
          || ReportingFeatures.is(t, CueLexicon.believing())) {
        attributed = true;
      }
      if (MODALS.contains(t) || ReportingFeatures.is(t, CueLexicon.hedges())
          || StanceLexicon.HEDGE.contains(StanceText.stem(t))) {
        hedged = true;
      }
    }
    return new Voice(attributed, hedged);
  }
}
