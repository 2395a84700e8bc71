package org.newsgraph.extract.events;

import java.util.Collection;
import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * "The Lib Dems have pledged to oppose the bill": a promise whose content is itself an event the stage codes (as
 * planned, from the promise) reports one event, not two, so the promise is left uncoded and the event it promises
 * stays. A promise of something the stage does not code stays an AGREE when it is made to another side ("promised
 * Indonesia aid"); made to nobody ("pledged to assess the cost"), it is a stated intention ({@link #intentionOnly}).
 */
final class Commitments {
  /** Verbs of committing oneself to a future act. */
  private static final Set<String> PROMISES = Set.of("promise", "pledge", "vow", "commit", "undertake", "swear");

  /** Verbs of giving: a promise to pay or provide is made to whoever receives (PLOVER AGREE or AID). */
  private static final Set<String> GIVING = Set.of("pay", "give", "provide", "fund", "finance", "send", "donate",
      "supply", "lend", "grant", "contribute", "deliver");

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

  /**
   * "The only major party promising to increase taxes", "they pledged to assess the cost of ID cards": a promise made
   * to nobody whose content is an act the lexicon does not know is a party's or a person's stated intention, the
   * stuff of campaigning, not an agreement between two sides (PLOVER AGREE). A promise to someone ("pledged to
   * cooperate with the ATPC", "promised the archbishop to strengthen safeguards"), to give ("pledged to pay 10% of the
   * developing world's debt bill"), of an act that concerns another state ("pledged to increase its
   * purchase of U.S. car parts": a promise to that state) or of something not a verb ("promised aid") stays.
   */
  static boolean intentionOnly(Sentence s, Draft d, EventLexicon lexicon, Participants people) {
    if (!d.type().equals("AGREE") || d.noun() || !PROMISES.contains(Deps.lemma(d.trigger))
        || !d.recipients.isEmpty()) {
      return false;
    }
    boolean content = false;
    for (Token x : s.dependentsOf(d.trigger)) {
      if ((x.deprel().equals("obj") || x.deprel().equals("iobj")) && PeopleWords.namesPeople(s, x, people)
          && !Deps.word(x).matches("(?i).*(self|selves)")) { // "committing itself to spend more": no one else
        return false; // "had promised the Catholic archbishop to strengthen safeguards": made to someone
      }
      if (!x.deprel().equals("xcomp") && !x.deprel().equals("ccomp")) {
        continue;
      }
      if (!x.isVerb() || lexicon.match(s, x).isPresent() || GIVING.contains(Deps.lemma(x))) {
        return false;
      }
      for (Token y : s.dependentsOf(x)) {
        if (y.deprel().startsWith("obl") && Deps.caseOf(s, y).equals("with")) {
          return false; // "pledged to work with the ATPC": a second side
        }
      }
      if (otherState(s, d, x, people)) {
        return false;
      }
      content = true;
    }
    return content;
  }

  /** Whether the words of {@code x}'s phrase name a country that is not one of the promise's actors. */
  private static boolean otherState(Sentence s, Draft d, Token x, Participants people) {
    boolean[] phrase = Deps.subtree(s, x);
    for (Token t : s.tokens()) {
      Mention m = phrase[t.index()] ? people.mentionOver(t.span()) : null;
      Entity e = m == null ? null : people.entity(m.entityId());
      if (e != null && e.type() == EntityType.COUNTRY
          && d.actors.stream().noneMatch(a -> e.id().equals(a.entityId()))) {
        return true;
      }
    }
    return false;
  }
}
