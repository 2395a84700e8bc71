package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.coref.Antecedent.Kind;
import org.newsgraph.extract.coref.Antecedent.Role;

/**
 * The antecedents of an article, sentence by sentence, and the order in which a pronoun tries them: the nearest
 * sentence first (the pronoun's own, left of it, then backwards), and inside a sentence the main clause before
 * the clauses under it, subjects before objects before the rest, left to right. Words inside quotation marks are
 * tried only when nothing outside them fits: what a speaker talks about is seldom what the narrator refers to.
 */
final class Salience {
  /** Relations that open a clause below the main one. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj");
  /** Prepositions that make a country a place rather than an actor ("sales in Japan"). */
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "to", "into", "across", "throughout",
      "within", "inside", "near", "around", "via");

  private final ArticleIndex index;
  private final List<List<Antecedent>> bySentence = new ArrayList<>();
  private final Map<String, Gender> genders = new HashMap<>();

  Salience(ArticleIndex index) {
    this.index = index;
    for (Sentence s : index.sentences()) {
      bySentence.add(new ArrayList<>());
    }
    for (Mention m : index.mentions()) {
      Entity e = index.entity(m.entityId());
      Sentence s = index.sentenceAt(m.span().begin());
      if (e != null && s != null && e.type() == EntityType.PERSON) {
        Gender g = titleGender(s, m.span());
        if (g != Gender.UNKNOWN && honorific(s, m.span())) {
          genders.put(e.id(), g);
        } else if (g != Gender.UNKNOWN) {
          genders.putIfAbsent(e.id(), g);
        }
      }
    }
    for (Mention m : index.mentions()) {
      add(m);
    }
    for (Sentence s : index.sentences()) {
      for (Token t : s.tokens()) {
        nounAntecedent(s, t);
        pair(s, t);
      }
    }
    for (List<Antecedent> list : bySentence) {
      list.sort(Comparator.comparingInt((Antecedent a) -> a.depth()).thenComparingInt(a -> a.role().rank())
          .thenComparingInt(a -> a.span().begin()));
    }
  }

  /** The antecedents of sentence {@code i}, in the order a pronoun tries them. */
  List<Antecedent> in(int i) {
    return i < 0 || i >= bySentence.size() ? List.of() : bySentence.get(i);
  }

  /** A person's gender: from how the text titles them ("Mrs May"), else their first name, else unknown. */
  Gender gender(String entityId) {
    Gender g = genders.get(entityId);
    if (g != null) {
      return g;
    }
    Entity e = index.entity(entityId);
    if (e == null || e.type() != EntityType.PERSON || e.name() == null || e.name().isBlank()) {
      return Gender.UNKNOWN;
    }
    String first = e.name().strip().split("\\s+")[0];
    return e.name().strip().contains(" ") ? Gender.ofFirstName(first) : Gender.UNKNOWN;
  }

  /** Whether an honorific ("Ms", "Mr", "Sir") stands right before the name. */
  private boolean honorific(Sentence s, Span name) {
    Token prev = null;
    for (Token t : s.tokens()) {
      if (t.span().end() <= name.begin()) {
        prev = t;
      }
    }
    return prev != null && Lexicon.HONORIFICS.contains(ArticleIndex.lower(prev).replace(".", ""));
  }

  /** The title right before a person's name ("Mr", "Mrs.", "Sir") or a gendered noun over it ("actress X"). */
  private Gender titleGender(Sentence s, Span name) {
    Token prev = null;
    for (Token t : s.tokens()) {
      if (t.span().end() <= name.begin()) {
        prev = t;
      }
    }
    Gender g = prev == null ? Gender.UNKNOWN : Gender.ofTitle(prev.word());
    if (g != Gender.UNKNOWN) {
      return g;
    }
    Token head = index.headOf(s, name);
    if (head == null) {
      return Gender.UNKNOWN;
    }
    for (Token c : index.children(s, head)) {
      if (ArticleIndex.is(c, "appos") || ArticleIndex.is(c, "compound")) {
        g = Gender.ofTitle(c.word());
        if (g != Gender.UNKNOWN) {
          return g;
        }
      }
    }
    return Gender.UNKNOWN;
  }

  private void add(Mention m) {
    Entity e = index.entity(m.entityId());
    Sentence s = index.sentenceAt(m.span().begin());
    if (e == null || s == null) {
      return;
    }
    Token head = index.headOf(s, m.span());
    if (head == null) {
      return;
    }
    Kind kind = switch (e.type()) {
      case PERSON -> Kind.PERSON;
      case ORGANIZATION -> Kind.ORGANISATION;
      case COUNTRY -> Kind.COUNTRY;
      case GROUP -> Kind.GROUP;
      default -> null;
    };
    if (kind == null || m.role() == Mention.Role.DEMONYM && !head.pos().startsWith("NNPS")
        && !head.pos().equals("NNS")) {
      return; // places and misc refer to nothing a source pronoun means; "North Korean troops" names the troops
    }
    Role role = role(s, head);
    if (kind == Kind.COUNTRY && role == Role.OTHER && PLACE_CASES.contains(caseOf(s, head))) {
      role = Role.PLACE; // "sales in Japan": a place, not an actor
    }
    if (role == Role.OTHER && modifier(head)) {
      return; // "Reuters reporter", "Boeing shares": part of another noun's name
    }
    bySentence.get(s.index()).add(new Antecedent(kind, e.id(), List.of(), m.span(), s, head, role, depth(s, head),
        index.quoted(m.span()), kind == Kind.PERSON ? gender(e.id()) : Gender.UNKNOWN));
  }

  /**
   * Plural nouns (for "they"), nouns of organisations and documents (for "it"), nouns of people by office (for
   * "he" and "she"), where no mention is; and subject pronouns, which stand for what they resolve to.
   */
  private void nounAntecedent(Sentence s, Token t) {
    if (!t.pos().startsWith("NN") && !t.pos().equals("PRP")) {
      return;
    }
    Role role = role(s, t);
    if (role != Role.SUBJECT && role != Role.OBJECT) {
      return;
    }
    String lemma = ArticleIndex.lemma(t);
    String word = ArticleIndex.lower(t);
    if (t.pos().equals("PRP") && role == Role.SUBJECT && (Lexicon.MALE_PRONOUNS.contains(word)
        || Lexicon.FEMALE_PRONOUNS.contains(word) || Lexicon.THING_PRONOUNS.contains(word)
        || Lexicon.PLURAL_PRONOUNS.contains(word))) {
      Gender g = Lexicon.MALE_PRONOUNS.contains(word) ? Gender.MALE
          : Lexicon.FEMALE_PRONOUNS.contains(word) ? Gender.FEMALE : Gender.UNKNOWN;
      bySentence.get(s.index()).add(new Antecedent(Kind.PRONOUN, null, List.of(), t.span(), s, t, role,
          depth(s, t), index.quoted(t.span()), g));
      return;
    }
    if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP") || index.mentionOver(t.span()) != null) {
      return;
    }
    Kind kind;
    if (t.pos().equals("NN") && role == Role.SUBJECT && (Lexicon.OFFICES.contains(lemma)
        || Lexicon.EPITHETS.contains(lemma))) {
      if (namesPerson(s, t)) {
        return; // "Shadow spokesman Hugh Robertson": the name is the antecedent
      }
      kind = Kind.PERSON_NOUN;
    } else if (t.pos().equals("NNS")) {
      kind = Kind.PLURAL_NOUN;
    } else if (Lexicon.ORGANISATION_NOUNS.contains(lemma) || Lexicon.DOCUMENT_NOUNS.contains(lemma)
        || Lexicon.GOVERNMENT_NOUNS.contains(lemma)) {
      kind = Kind.NOUN;
    } else {
      return;
    }
    Span span = new Span(phraseBegin(s, t), t.span().end());
    bySentence.get(s.index()).add(new Antecedent(kind, null, List.of(), span, s, t, role, depth(s, t),
        index.quoted(t.span()), kind == Kind.PERSON_NOUN ? Gender.ofTitle(lemma) : Gender.UNKNOWN));
  }

  private boolean namesPerson(Sentence s, Token noun) {
    for (Token c : index.children(s, noun)) {
      Mention m = c.pos().startsWith("NNP") ? index.mentionOver(c.span()) : null;
      Entity e = m == null ? null : index.entity(m.entityId());
      if (e != null && e.type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** "Pyongyang and Moscow", "Russia, Ukraine and Belarus": entities joined by a conjunction, as one group. */
  private void pair(Sentence s, Token t) {
    if (index.child(s, t, "conj") == null) {
      return;
    }
    Mention first = index.mentionOver(t.span());
    if (first == null || ArticleIndex.is(t, "conj")) {
      return;
    }
    List<String> members = new ArrayList<>();
    members.add(first.entityId());
    int end = t.span().end();
    for (Token c : index.children(s, t)) {
      Mention m = ArticleIndex.is(c, "conj") ? index.mentionOver(c.span()) : null;
      if (m != null && !members.contains(m.entityId()) && actor(m.entityId())) {
        members.add(m.entityId());
        end = Math.max(end, m.span().end());
      }
    }
    if (members.size() < 2 || !actor(first.entityId())) {
      return;
    }
    Span span = new Span(first.span().begin(), end);
    bySentence.get(s.index()).add(new Antecedent(Kind.PAIR, null, members, span, s, t, role(s, t), depth(s, t),
        index.quoted(span), Gender.UNKNOWN));
  }

  private boolean actor(String id) {
    Entity e = index.entity(id);
    return e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION
        || e.type() == EntityType.PERSON || e.type() == EntityType.GROUP);
  }

  private int phraseBegin(Sentence s, Token head) {
    int begin = head.span().begin();
    for (Token c : index.children(s, head)) {
      boolean modifier = ArticleIndex.is(c, "det") || ArticleIndex.is(c, "amod") || ArticleIndex.is(c, "compound")
          || ArticleIndex.is(c, "nmod:poss") || ArticleIndex.is(c, "nummod");
      if (modifier && c.index() < head.index()) {
        begin = Math.min(begin, c.span().begin());
      }
    }
    return begin;
  }

  /** The role of a noun: the role of the first conjunct for later conjuncts ("Russia and Ukraine said"). */
  Role role(Sentence s, Token t) {
    Token x = t;
    if (ArticleIndex.is(x, "conj") || ArticleIndex.is(x, "appos")) {
      Token h = index.head(s, x);
      x = h == null ? x : h;
    }
    String rel = x.deprel();
    if (rel.startsWith("nsubj") || rel.equals("obl:agent")) {
      return Role.SUBJECT;
    }
    if (rel.equals("obj") || rel.equals("iobj")) {
      return Role.OBJECT;
    }
    return rel.equals("nmod:poss") ? Role.POSSESSOR : Role.OTHER;
  }

  private static boolean modifier(Token t) {
    return t.deprel().equals("compound") || t.deprel().equals("amod") || t.deprel().equals("flat");
  }

  private String caseOf(Sentence s, Token t) {
    Token c = index.child(s, t, "case");
    return c == null ? "" : ArticleIndex.lower(c);
  }

  /** How many clause boundaries lie between {@code t} and the sentence's root. */
  int depth(Sentence s, Token t) {
    int depth = 0;
    Token x = t;
    for (int guard = 0; guard < s.tokens().size() && x != null; guard++) {
      String rel = x.deprel();
      int colon = rel.indexOf(':');
      if (CLAUSES.contains(colon < 0 ? rel : rel.substring(0, colon))) {
        depth++;
      }
      x = index.head(s, x);
    }
    return depth;
  }
}
