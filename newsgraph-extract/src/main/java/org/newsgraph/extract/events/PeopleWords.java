package org.newsgraph.extract.events;

import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/** Words and mentions that name people, for the roles of an event (who can act on or receive it). */
final class PeopleWords {
  /** Objects that may be recipients without naming an entity: people, not things. */
  static final Set<String> NOUNS = Set.of("people", "person", "civilian", "soldier", "troops",
      "troop", "protester", "demonstrator", "police", "policeman", "officer", "official", "villager", "resident",
      "student", "worker", "journalist", "refugee", "migrant", "prisoner", "detainee", "militant", "rebel",
      "fighter", "insurgent", "man", "woman", "child", "men", "women", "children", "farmer", "member", "leader",
      "supporter", "activist", "opponent", "force", "army", "group", "government", "minister", "president",
      "diplomat", "citizen", "national", "hostage", "guard", "peacekeeper", "patient", "worshipper", "pilgrim",
      "tourist", "family", "boy", "girl", "teacher", "doctor", "staff", "employee", "crew", "passenger",
      "inhabitant", "youth", "settler", "tribesman", "tribesmen", "dissident", "loyalist", "separatist",
      "nationalist", "islamist", "extremist", "radical", "militiaman", "militiamen", "gunman", "gunmen",
      "commando", "paratrooper", "guerrilla", "delegate", "delegation", "negotiator", "representative",
      "spokesman", "spokeswoman", "envoy", "mediator", "inspector", "observer", "monitor", "personnel",
      "authority", "authorities", "chief", "commander", "deputy", "lawmaker", "senator", "mp",
      "mourner", "suspect", "victim", "other", "others", "agent", "spy", "attacker", "assailant", "bomber",
      "kidnapper", "captor", "terrorist", "opposition", "party", "union", "council", "administration",
      "regime", "ministry", "court", "judge", "prosecutor", "parliament", "assembly", "congress", "senate");

  /** A person or people, not a country or body: "his", "the journalist's", "Khashoggi's". */
  static boolean personLike(Sentence s, Token x, Participants people) {
    Mention m = people.mentionOver(x.span());
    Entity e = m == null ? null : people.entity(m.entityId());
    if (e != null) {
      return e.type() == EntityType.PERSON;
    }
    return x.pos().startsWith("PRP") || NOUNS.contains(Deps.lemma(x)) && !Deps.lemma(x).equals("government")
        && !Deps.lemma(x).equals("army") && !Deps.lemma(x).equals("force");
  }


  /** A word that names people without a linked entity: a pronoun, a proper noun, a word for people. */
  static boolean personWord(Sentence s, Token x) {
    return x.pos().startsWith("PRP") || x.pos().startsWith("NNP") || NOUNS.contains(Deps.lemma(x))
        || NOUNS.contains(Deps.word(x));
  }


  /** True when an object can be a recipient: it names an entity, is a pronoun, or is a word for people. */
  static boolean namesPeople(Sentence s, Token th, Participants people) {
    if (th.pos().startsWith("PRP") || NOUNS.contains(Deps.lemma(th)) || NOUNS.contains(Deps.word(th))) {
      return true;
    }
    Mention m = people.mentionOver(th.span());
    if (m != null) {
      return true;
    }
    for (Token d : s.dependentsOf(th)) {
      if ((d.deprel().equals("amod") || d.deprel().equals("nmod:poss") || d.deprel().equals("compound"))
          && people.mentionOver(d.span()) != null) {
        return true;
      }
    }
    return false;
  }

  private PeopleWords() {}
}
