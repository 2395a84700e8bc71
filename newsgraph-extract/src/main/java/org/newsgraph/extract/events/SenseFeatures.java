package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * What the event-sense model sees of a trigger: the word and its type, the words and {@link WordClasses} of its
 * subject and object, what kind of thing its actor and recipient are (a country, a person, an intergovernmental
 * body, a company, a description, an unresolved pronoun…), the classes of the other words of its sentence, and the
 * shape of the sentence (a question, an instruction, a condition, a quotation, a generic "you"). Nothing here
 * names a sentence: the model learns from labelled triggers what each of these means.
 */
final class SenseFeatures {
  private static final Set<String> GENERIC_SUBJECTS = Set.of("you", "one", "anyone", "someone", "everyone",
      "people", "we");
  private static final Set<String> QUOTES = Set.of("\"", "``", "''", "“", "”");

  private SenseFeatures() {}

  static Map<String, Double> of(AnalyzedArticle a, Sentence s, Draft d, Participants people,
      Event.Modality modality) {
    Map<String, Double> f = new TreeMap<>();
    Token t = d.trigger;
    String lemma = Deps.lemma(t);
    String type = d.type();
    put(f, "lem=" + lemma);
    put(f, "type=" + type);
    put(f, "lt=" + lemma + "|" + type);
    put(f, d.noun() ? "pos=N" : "pos=V");
    if (d.mode != null) {
      put(f, "mode=" + d.mode);
    }
    Token subject = subject(s, d);
    Token object = object(s, d);
    word(f, "subj", subject, type, lemma, people);
    word(f, "obj", object, type, lemma, people);
    if (object != null && (object.pos().equals("CD") || s.dependentsOf(object).stream()
        .anyMatch(x -> x.pos().equals("CD") || x.pos().equals("$")))) {
      put(f, "objnum");
    }
    String actor = kind(a, d.actors, people);
    String recipient = kind(a, d.recipients, people);
    put(f, "actor=" + actor);
    put(f, "recip=" + recipient);
    put(f, "type|actor=" + type + "|" + actor);
    put(f, "type|recip=" + type + "|" + recipient);
    List<String> words = new ArrayList<>();
    for (Token x : s.tokens()) {
      if (x != t) {
        words.add(Deps.word(x));
      }
    }
    for (Map.Entry<String, Integer> c : WordClasses.count(words).entrySet()) {
      double v = Math.min(3, c.getValue()) / 3.0;
      f.put("ctx=" + c.getKey(), v);
      f.put("type|ctx=" + type + "|" + c.getKey(), v);
    }
    if (question(s, t)) {
      put(f, "question");
    }
    if (imperative(s)) {
      put(f, "imperative");
    }
    if (subject != null && GENERIC_SUBJECTS.contains(Deps.word(subject))) {
      put(f, "generic-subject");
    }
    if (quoted(s, t)) {
      put(f, "quoted");
    }
    if (d.location != null) {
      put(f, "located");
    }
    if (d.clause != t) {
      put(f, "carrier=" + Deps.lemma(d.clause));
    }
    return f;
  }

  private static void put(Map<String, Double> f, String name) {
    f.put(name, 1.0);
  }

  private static void word(Map<String, Double> f, String role, Token x, String type, String lemma,
      Participants people) {
    if (x == null) {
      put(f, role + "=none");
      put(f, lemma + "|" + role + "c=none");
      return;
    }
    String w = Deps.lemma(x);
    put(f, role + "=" + w);
    String c = wordClass(x, people);
    put(f, role + "c=" + c);
    put(f, type + "|" + role + "c=" + c);
    put(f, lemma + "|" + role + "c=" + c); // "release" of people, of a product
  }

  /**
   * What kind of thing a participant word is: the kind of entity it names (country, person, an organisation by
   * kind), else its {@link WordClasses} class, else "people" for a word for people, "number" for a count, its NER
   * class, or "other".
   */
  static String wordClass(Token x, Participants people) {
    org.newsgraph.core.Mention m = people.mentionOver(x.span());
    Entity e = m == null ? null : people.entity(m.entityId());
    if (e != null) {
      if (e.type() == EntityType.ORGANIZATION) {
        String k = ActorCodes.orgKind(e);
        return "org-" + (k == null ? "other" : k);
      }
      return e.type().name().toLowerCase(Locale.ROOT);
    }
    String c = WordClasses.of(Deps.word(x));
    if (c == null) {
      c = WordClasses.of(Deps.lemma(x));
    }
    if (c != null) {
      return c;
    }
    if (PeopleWords.NOUNS.contains(Deps.lemma(x)) || PeopleWords.NOUNS.contains(Deps.word(x))
        || x.pos().startsWith("PRP")) {
      return "people";
    }
    if (x.pos().equals("CD")) {
      return "number";
    }
    if (x.ner() != null && !x.ner().equals("O")) {
      return "ner-" + x.ner().toLowerCase(Locale.ROOT);
    }
    return "other";
  }

  /** The doer's head word: a verb's subject (a passive's "by" phrase), a noun's possessor or carrier's subject. */
  static Token subject(Sentence s, Draft d) {
    Token t = d.noun() ? d.clause : d.trigger;
    boolean passive = !d.noun() && Deps.passive(s, t);
    for (Token x : s.dependentsOf(t)) {
      if (!passive && x.deprel().equals("nsubj") || x.deprel().equals("obl:agent")) {
        return x;
      }
    }
    if (d.noun()) {
      for (Token x : s.dependentsOf(d.trigger)) {
        if (x.deprel().equals("nmod:poss")) {
          return x;
        }
      }
    }
    return null;
  }

  /** What the trigger acts on: a verb's object (a passive's subject), a noun's "of" phrase or compound. */
  static Token object(Sentence s, Draft d) {
    Token t = d.trigger;
    for (Token x : s.dependentsOf(t)) {
      String r = x.deprel();
      if (!d.noun() && (r.equals("obj") || r.equals("nsubj:pass"))) {
        return x;
      }
      if (d.noun() && (r.startsWith("nmod") && Deps.caseOf(s, x).equals("of") || r.equals("compound"))) {
        return x;
      }
    }
    if (!d.noun()) {
      for (Token x : s.dependentsOf(t)) {
        if (x.deprel().startsWith("obl") && !Deps.caseOf(s, x).isEmpty()) {
          return x;
        }
      }
    }
    return null;
  }

  /**
   * What kind of thing the participants are: "country", "person", an organisation by kind ("org-international",
   * "org-company"…), "group", "place", "people" (an unlinked phrase naming people or forces), "pronoun" (one
   * nobody resolved), "phrase" (other unlinked words) or "none".
   */
  static String kind(AnalyzedArticle a, List<Argument> args, Participants people) {
    if (args.isEmpty()) {
      return "none";
    }
    Argument x = args.get(0);
    Entity e = people.entity(x.entityId());
    if (e != null) {
      if (e.type() == EntityType.ORGANIZATION) {
        String k = ActorCodes.orgKind(e);
        return "org-" + (k == null ? "other" : k);
      }
      return e.type().name().toLowerCase(Locale.ROOT);
    }
    if (x.entityId() != null) {
      return x.entityId().substring(0, x.entityId().indexOf(':'));
    }
    String words = x.span().of(a.text()).toLowerCase(Locale.ROOT);
    if (words.matches("(he|she|it|they|we|i|you|him|her|them|us|who|which|that|this|these|those)")) {
      return "pronoun";
    }
    String sector = ActorCodes.sector(a, x);
    return sector != null ? "people-" + sector : "phrase";
  }

  /** True when the trigger's sentence asks a question: it ends with a question mark. */
  static boolean question(Sentence s, Token t) {
    List<Token> ts = s.tokens();
    for (int i = ts.size() - 1; i >= 0 && i >= ts.size() - 3; i--) {
      String w = ts.get(i).word();
      if (w.equals("?")) {
        return true;
      }
      if (!QUOTES.contains(w) && !w.equals(")")) {
        break;
      }
    }
    return false;
  }

  /** True for an instruction: the sentence's root is a bare verb with no subject ("Visit the gallery…"). */
  static boolean imperative(Sentence s) {
    for (Token x : s.tokens()) {
      if (x.head() < 0) {
        return x.pos().equals("VB") && s.dependentsOf(x).stream().noneMatch(d -> d.deprel().startsWith("nsubj")
            || d.deprel().startsWith("aux") || d.deprel().equals("mark"));
      }
    }
    return false;
  }

  /** True when the trigger sits between an opening and a closing quotation mark of its sentence. */
  static boolean quoted(Sentence s, Token t) {
    int before = 0;
    for (Token x : s.tokens()) {
      if (x.index() >= t.index()) {
        break;
      }
      if (QUOTES.contains(x.word())) {
        before++;
      }
    }
    return before % 2 == 1;
  }
}
