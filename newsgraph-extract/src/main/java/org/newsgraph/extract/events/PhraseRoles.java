package org.newsgraph.extract.events;

import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/** Prepositional phrases whose role the parse's attachment hides or misstates (for {@link Roles}). */
final class PhraseRoles {
  /**
   * The cases of a phrase the parser may hang on the verb's object rather than the verb while it names whom the act
   * is directed at ("shared information with the PA", "sold weapons to Taiwan"); not "on" or "at", which on a noun
   * most often say what about or where ("information on the attack").
   */
  private static final Set<String> OBJECT_RECIPIENT_CASES = Set.of("to", "with", "against", "toward", "towards");
  /** Cases that give a meeting's subject, not a party to it: "talks on Palestinian reform". */
  private static final Set<String> TOPIC_CASES = Set.of("on", "upon", "about", "over");

  /**
   * "Israel shared information with the PA": the parser hangs the phrase naming whom the act is directed at on the
   * object, a thing, rather than on the verb; when the verb has no recipient of its own, that phrase's people are.
   */
  static void objectRecipients(Sentence s, Draft d, Token object, Participants people) {
    if (!d.recipients.isEmpty()) {
      return;
    }
    for (Token x : s.dependentsOf(object)) {
      if (x.deprel().startsWith("nmod") && OBJECT_RECIPIENT_CASES.contains(Deps.caseOf(s, x))
          && !Roles.isPlace(s, x, people) && !verbBetween(s, object, x)) {
        for (Token c : Deps.withConjuncts(s, x)) {
          if (Roles.nominal(c) && PeopleWords.namesPeople(s, c, people)) {
            d.recipients.addAll(people.arguments(s, c));
          }
        }
      }
    }
  }

  /**
   * A verb between the object and the phrase ("protest the decision of sending troops to Iraq"): the phrase is that
   * verb's, misattached, and says nothing of whom the act is directed at.
   */
  private static boolean verbBetween(Sentence s, Token object, Token phrase) {
    for (int i = object.index() + 1; i < phrase.index(); i++) {
      if (s.tokens().get(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /** A meeting's "on" phrase says what it is about ("a meeting on Palestinian reform"), not who takes part. */
  static boolean topic(Draft d, Sentence s, Token x) {
    return d.type().equals("CONSULT") && TOPIC_CASES.contains(Deps.caseOf(s, x));
  }

  private PhraseRoles() {}
}
