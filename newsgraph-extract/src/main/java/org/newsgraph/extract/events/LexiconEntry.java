package org.newsgraph.extract.events;

import java.util.Set;

/**
 * One line of the trigger lexicon: a lemma of a part of speech that expresses a PLOVER event type (and mode).
 *
 * @param lemma  lower-case lemma
 * @param noun   true for a nominal trigger ("deployment"), false for a verb ("deployed")
 * @param type   PLOVER event type
 * @param mode   PLOVER mode, or null
 * @param ofRole for nouns, what an "of" phrase names: 'A' actor, 'R' recipient, '-' neither
 * @param needs  lemmas of which one must depend on the trigger for the word to be an event; empty for none
 */
record LexiconEntry(String lemma, boolean noun, String type, String mode, char ofRole, Set<String> needs) {
  LexiconEntry {
    needs = Set.copyOf(needs);
  }
}
