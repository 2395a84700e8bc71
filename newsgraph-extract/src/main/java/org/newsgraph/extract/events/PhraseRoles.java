package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event.Argument;
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

  /**
   * A meeting's "on" phrase says what it is about ("a meeting on Palestinian reform"), not who takes part. The case
   * word next to the noun decides: in "the formula he agreed upon with Gorbachev" "upon" is the verb's particle and
   * "with" makes Gorbachev a party.
   */
  static boolean topic(Draft d, Sentence s, Token x) {
    return d.type().equals("CONSULT") && TOPIC_CASES.contains(nearestCase(s, x));
  }

  /** The case word of a phrase nearest its head noun ("upon with Gorbachev": "with"); "" when it has none. */
  static String nearestCase(Sentence s, Token x) {
    String c = "";
    for (Token d : s.dependentsOf(x)) {
      if (d.deprel().equals("case") && d.index() < x.index() && !d.pos().equals("POS")) {
        c = Deps.word(d); // dependents come in sentence order: the last one before the noun is the nearest
      }
    }
    return c;
  }

  /**
   * The "from" phrase of a release names where the released were held ("freed from US custody", "released from
   * Camp Delta", "freed from prison"): whose custody ends, not the one the release is directed at (the released).
   * Only when someone is released (a passive or an object): "troops returned from Iraq" withdraw from it.
   */
  static boolean releasedFrom(Sentence s, Draft d, Token verb, Token x, boolean passive) {
    return "release".equals(d.mode) && x.deprel().startsWith("obl") && Deps.caseOf(s, x).equals("from")
        && (passive || !Deps.children(s, verb, "obj").isEmpty());
  }

  /**
   * The states such a phrase names ("US custody", "the US camp"): they hold the released and free them. A place, a
   * camp or a prison is no party.
   */
  static List<Argument> states(Sentence s, Token x, Participants people) {
    List<Argument> out = new ArrayList<>();
    for (Argument a : people.arguments(s, x)) {
      Entity e = people.entity(a.entityId());
      if (e != null && e.type() == EntityType.COUNTRY) {
        out.add(a);
      }
    }
    return out;
  }

  private PhraseRoles() {}
}
