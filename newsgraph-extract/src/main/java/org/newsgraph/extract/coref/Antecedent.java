package org.newsgraph.extract.coref;

import java.util.List;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Something earlier in the article a pronoun or description may point back to: an entity mention, a plural noun
 * phrase ("analysts", "Ukrainian officials"), a coordination of entities ("Pyongyang and Moscow"), or a noun that
 * stands for an organisation or a document ("the company", "the report").
 *
 * @param kind      what it is
 * @param entityId  the entity it names, or null (plural nouns, pairs, nouns)
 * @param members   the entities of a pair, else empty
 * @param span      its words
 * @param sentence  its sentence
 * @param head      its head token
 * @param role      its grammatical role
 * @param depth     how many clauses down from the sentence's main clause it stands (0: the main clause)
 * @param quoted    whether it stands inside quotation marks
 * @param gender    a person's gender as far as known, else UNKNOWN
 */
record Antecedent(Kind kind, String entityId, List<String> members, Span span, Sentence sentence, Token head,
    Role role, int depth, boolean quoted, Gender gender) {

  Antecedent {
    members = List.copyOf(members);
  }

  enum Kind {
    PERSON, ORGANISATION, COUNTRY, GROUP, PLURAL_NOUN, PAIR, NOUN,
    /** A singular noun for a person by office or epithet ("a spokeswoman", "the chief executive"). */
    PERSON_NOUN,
    /** A subject pronoun ("he said … he added"): it stands for what it resolves to. */
    PRONOUN
  }

  enum Role {
    SUBJECT, OBJECT, POSSESSOR, OTHER,
    /** A country named as a place ("sales in Japan"): a government for "the government", not an "it". */
    PLACE;

    int rank() {
      return ordinal();
    }
  }
}
