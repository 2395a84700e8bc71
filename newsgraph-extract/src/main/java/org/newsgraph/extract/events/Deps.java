package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/** Small questions about a dependency parse that the event rules ask again and again. */
final class Deps {
  private Deps() {}

  static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  static String word(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /** Dependents of {@code t} whose relation is {@code rel} or a subtype of it ("obl" matches "obl:tmod"). */
  static List<Token> children(Sentence s, Token t, String rel) {
    List<Token> out = new ArrayList<>();
    for (Token d : s.tokens()) {
      if (d.head() == t.index() && (d.deprel().equals(rel) || d.deprel().startsWith(rel + ":"))) {
        out.add(d);
      }
    }
    return out;
  }

  /** Dependents with exactly this relation. */
  static List<Token> childrenExactly(Sentence s, Token t, String rel) {
    List<Token> out = new ArrayList<>();
    for (Token d : s.tokens()) {
      if (d.head() == t.index() && d.deprel().equals(rel)) {
        out.add(d);
      }
    }
    return out;
  }

  /** The lower-case case marker (preposition) of a nominal ("in", "to"), or "" when none. */
  static String caseOf(Sentence s, Token t) {
    for (Token d : s.tokens()) {
      if (d.head() == t.index() && d.deprel().equals("case") && !d.pos().equals("POS")) {
        return word(d);
      }
    }
    return "";
  }

  static boolean hasChildWord(Sentence s, Token t, Set<String> rels, Set<String> words) {
    for (Token d : s.tokens()) {
      if (d.head() == t.index() && rels.contains(d.deprel()) && words.contains(word(d))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code t} is a passive verb: an auxiliary of the passive, a passive subject, or a bare participle. */
  static boolean passive(Sentence s, Token t) {
    boolean aux = false;
    boolean subject = false;
    boolean object = false;
    for (Token d : s.tokens()) {
      if (d.head() != t.index()) {
        continue;
      }
      if (d.deprel().equals("aux:pass") || d.deprel().equals("nsubj:pass")) {
        return true;
      }
      aux |= d.deprel().equals("aux") || d.deprel().equals("cop");
      subject |= d.deprel().equals("nsubj");
      object |= d.deprel().equals("obj");
    }
    // "troops deployed to Kursk": a past participle with no auxiliary at all reads as passive; not with both a
    // subject and an object ("President Bashir on Thursday shortened by one hour the curfew": a past tense)
    return t.pos().equals("VBN") && !aux && !(subject && object);
  }

  /**
   * True when {@code t} is a participle the parser read as a clause of its own although it is a reduced relative:
   * "The talks scheduled for next week were called off" parsed as "talks scheduled" (subject and verb) made the
   * subject of "called off", or "reporters arrested by police were released" with "were released" hanging on
   * "arrested". Such a participle has a subject but no auxiliary, copula, marker or object, and it is either the
   * clausal subject of another verb or carries a verb with an auxiliary and no subject of its own.
   */
  static boolean reducedRelative(Sentence s, Token t) {
    if (!t.pos().equals("VBN") && !t.pos().equals("VBD")) {
      return false;
    }
    boolean subject = false;
    boolean carriesVerb = false;
    for (Token d : s.dependentsOf(t)) {
      String r = d.deprel();
      if (r.startsWith("aux") || r.equals("cop") || r.equals("mark") || r.equals("obj") || r.equals("ccomp")) {
        return false;
      }
      subject |= r.equals("nsubj");
      carriesVerb |= r.equals("dep") && d.isVerb() && d.index() > t.index()
          && s.dependentsOf(d).stream().anyMatch(x -> x.deprel().startsWith("aux"))
          && s.dependentsOf(d).stream().noneMatch(x -> x.deprel().startsWith("nsubj"));
    }
    boolean clausalSubject = t.deprel().equals("csubj") || t.deprel().equals("csubj:pass");
    return subject && (clausalSubject || carriesVerb);
  }

  /** The transitive dependents of {@code t}, {@code t} included, as token indices. */
  static boolean[] subtree(Sentence s, Token t) {
    boolean[] in = new boolean[s.tokens().size()];
    in[t.index()] = true;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Token d : s.tokens()) {
        if (!in[d.index()] && d.head() >= 0 && in[d.head()]) {
          in[d.index()] = true;
          changed = true;
        }
      }
    }
    return in;
  }

  /** Number of arcs from {@code t} up to the root (guarded against broken parses). */
  static int depth(Sentence s, Token t) {
    int d = 0;
    Token cur = t;
    while (cur.head() >= 0 && d < s.tokens().size()) {
      cur = s.tokens().get(cur.head());
      d++;
    }
    return d;
  }

  /** {@code t} and the tokens joined to it by "conj", transitively. */
  static List<Token> withConjuncts(Sentence s, Token t) {
    List<Token> out = new ArrayList<>();
    out.add(t);
    for (int i = 0; i < out.size() && i < 20; i++) {
      for (Token c : childrenExactly(s, out.get(i), "conj")) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
