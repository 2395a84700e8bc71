package org.newsgraph.extract.events;

import java.util.Set;
import org.newsgraph.core.Event;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * How the text holds an event, read from the words around its trigger and the clauses above it: negation ("not",
 * "never", "no"), condition ("if", "could", "would"), plan or future ("will", "plans to", "is preparing for", "is
 * scheduled to", "expected"), and a report ("X said …") when no claims stage has run.
 */
final class Modality {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "would");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> PLANNING = Set.of("plan", "prepare", "schedule", "expect", "intend", "aim",
      "want", "hope", "try", "look", "propose", "set", "due", "seek", "decide", "vow", "pledge", "promise", "agree",
      "threaten", "offer", "attempt", "consider", "mull", "wish", "need", "push", "strive", "move", "go", "suppose",
      "ready", "poised", "likely", "willing", "determined", "eager");
  private static final Set<String> PLANNED_ADJECTIVES = Set.of("planned", "proposed", "upcoming", "future",
      "forthcoming", "scheduled", "expected", "possible", "potential", "prospective", "additional", "further",
      "next");
  private static final Set<String> REPORTING = Set.of("say", "tell", "claim", "report", "believe", "allege",
      "state", "add", "announce", "assert", "insist", "estimate", "suggest", "indicate", "think", "assess",
      "write", "accuse", "quote", "warn");
  private static final Set<String> DENYING = Set.of("deny", "dismiss", "reject", "refute");
  /** Relations that lead from a clause up to the clause that embeds it as content or complement. */
  private static final Set<String> COMPLEMENT = Set.of("ccomp", "xcomp", "dep", "parataxis", "conj", "obl", "obj",
      "nmod", "nsubj", "nsubj:pass", "advcl");

  private Modality() {}

  /** What the words say: negated, hypothetical, planned, or (with no claim information) reported or denied. */
  static Event.Modality of(Sentence s, Token trigger, Token clause, boolean useReporting) {
    if (negated(s, trigger) || clause != trigger && negated(s, clause)) {
      return Event.Modality.NEGATED;
    }
    boolean underReport = reported(s, clause) != null;
    if (trigger.pos().startsWith("NN")) {
      for (Token d : s.dependentsOf(trigger)) {
        if (d.deprel().equals("amod") && PLANNED_ADJECTIVES.contains(Deps.word(d))) {
          return Deps.word(d).equals("possible") || Deps.word(d).equals("potential")
              ? Event.Modality.HYPOTHETICAL : Event.Modality.PLANNED;
        }
      }
      if (clause != trigger && PLANNING.contains(Deps.lemma(clause))) {
        return Event.Modality.PLANNED; // "is preparing for additional deployment"
      }
    }
    Token cur = clause;
    for (int guard = 0; guard < 8; guard++) {
      for (Token d : s.dependentsOf(cur)) {
        String w = Deps.word(d);
        if (d.deprel().equals("mark") && CONDITIONALS.contains(w)) {
          return Event.Modality.HYPOTHETICAL;
        }
        if (d.deprel().equals("aux") && FUTURE_AUX.contains(w)) {
          return Event.Modality.PLANNED;
        }
        if (d.deprel().equals("aux") && HYPOTHETICAL_AUX.contains(w)) {
          // reported "would" is a future seen from the past: "said Modi would be accompanied"
          return w.equals("would") && underReport ? Event.Modality.PLANNED : Event.Modality.HYPOTHETICAL;
        }
      }
      if (cur.head() < 0 || !(cur.deprel().equals("xcomp") || cur.deprel().equals("obl")
          || cur.deprel().equals("obj") || cur.deprel().equals("conj") || cur.deprel().equals("nmod")
          || cur.deprel().equals("ccomp") && cur != clause)) {
        break;
      }
      Token h = s.tokens().get(cur.head());
      boolean adjunctNoun = cur.pos().startsWith("NN") && (cur.deprel().equals("obl") || cur.deprel().equals("nmod"));
      if (adjunctNoun && !PLANNING.contains(Deps.lemma(h))) {
        break; // "after his last trip": a noun in an adjunct keeps its own modality
      }
      if (PLANNING.contains(Deps.lemma(h)) && !cur.deprel().equals("conj")) {
        if (negated(s, h)) {
          return Event.Modality.NEGATED;
        }
        return Event.Modality.PLANNED;
      }
      if (REPORTING.contains(Deps.lemma(h)) || DENYING.contains(Deps.lemma(h))) {
        break;
      }
      cur = h;
    }
    if (useReporting) {
      Token r = reported(s, clause);
      if (r != null) {
        return DENYING.contains(Deps.lemma(r)) ? Event.Modality.DENIED : Event.Modality.CLAIMED;
      }
      if (accordingTo(s)) {
        return Event.Modality.CLAIMED;
      }
    }
    return Event.Modality.ASSERTED;
  }

  /** True when a negator modifies {@code t} ("not engaged", "no deployment", "never signed"). */
  static boolean negated(Sentence s, Token t) {
    for (Token d : s.dependentsOf(t)) {
      String w = Deps.word(d);
      if ((d.deprel().equals("advmod") || d.deprel().equals("det") || d.deprel().equals("neg")
          || d.deprel().equals("cc:preconj")) && NEGATORS.contains(w)) {
        return true;
      }
      // "Neither Pyongyang nor Moscow have confirmed": the negation sits on the subject
      if (d.deprel().startsWith("nsubj")) {
        for (Token e : s.dependentsOf(d)) {
          if (e.deprel().equals("cc:preconj") && Deps.word(e).equals("neither")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The reporting or denying verb whose content holds {@code clause}, or null. Stops at relative clauses. */
  static Token reported(Sentence s, Token clause) {
    Token cur = clause;
    for (int guard = 0; guard < 10 && cur.head() >= 0; guard++) {
      if (cur.deprel().startsWith("acl")) {
        return null; // a relative clause or a participle is background, not what is reported
      }
      if (!COMPLEMENT.contains(cur.deprel())) {
        return null;
      }
      Token h = s.tokens().get(cur.head());
      String l = Deps.lemma(h);
      if ((REPORTING.contains(l) || DENYING.contains(l))
          && (cur.deprel().equals("ccomp") || cur.deprel().equals("dep") || cur.deprel().equals("parataxis")
          || cur.deprel().equals("xcomp"))) {
        return h;
      }
      cur = h;
    }
    return null;
  }

  /** "…, according to the ministry": the whole sentence is attributed. */
  private static boolean accordingTo(Sentence s) {
    for (int i = 0; i + 1 < s.tokens().size(); i++) {
      if (Deps.word(s.tokens().get(i)).equals("according") && Deps.word(s.tokens().get(i + 1)).equals("to")) {
        return true;
      }
    }
    return false;
  }
}
