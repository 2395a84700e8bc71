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
  /** Adverbs that make what they modify hearsay. */
  private static final Set<String> HEARSAY = Set.of("allegedly", "reportedly", "purportedly", "supposedly");
  /** Relations that lead from a clause up to the clause that embeds it as content or complement. */
  private static final Set<String> COMPLEMENT = Set.of("ccomp", "xcomp", "dep", "parataxis", "conj", "obl", "obj",
      "nmod", "nsubj", "nsubj:pass", "advcl");

  private Modality() {}

  /** Verbs whose complement or object did not happen: "refused to negotiate", "cancelled the visit". */
  private static final Set<String> UNDOING = Set.of("refuse", "decline", "fail", "cancel", "scrap", "abandon",
      "avoid", "stop", "halt", "suspend", "postpone", "delay", "rule", "call", "drop", "shelve", "prevent",
      "block", "thwart", "foil", "forbid", "ban", "cease", "quit", "resist", "abort");
  /** Of {@link #UNDOING}, those that need a particle: "called off", "ruled out". */
  private static final Set<String> NEEDS_PARTICLE = Set.of("call", "rule");
  /** Of {@link #UNDOING}, those that undo only what they take as object or subject: "stopped the talks". */
  private static final Set<String> UNDO_OBJECT_ONLY = Set.of("stop", "halt", "suspend", "drop", "block", "ban",
      "prevent", "thwart", "foil", "forbid");

  /** What the words say: negated, hypothetical, planned, or (with no claim information) reported or denied. */
  static Event.Modality of(Sentence s, Token trigger, Token clause, boolean useReporting) {
    if (negated(s, trigger) || clause != trigger && negated(s, clause)) {
      return Event.Modality.NEGATED;
    }
    Event.Modality undone = undone(s, trigger, useReporting);
    if (undone == null && clause != trigger) {
      undone = undone(s, clause, useReporting);
    }
    if (undone != null) {
      return undone;
    }
    if (questioned(s, clause)) {
      return Event.Modality.HYPOTHETICAL; // "Will Iran attack?": asked, not said
    }
    if (alleged(s, trigger) || clause != trigger && alleged(s, clause) || Allegations.named(s, trigger)) {
      return Event.Modality.CLAIMED; // "a civilian allegedly killed by UK troops": an allegation, not a fact
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
      if (trigger.head() >= 0 && trigger.deprel().equals("nsubj")) {
        Token p = s.tokens().get(trigger.head());
        if (Deps.reducedRelative(s, p) && PLANNING.contains(Deps.lemma(p))) {
          return Event.Modality.PLANNED; // "the talks scheduled for next week will…", parsed as "talks scheduled"
        }
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
      if (cur.deprel().equals("xcomp") && negated(s, h) && !UNDOING.contains(Deps.lemma(h))) {
        return Event.Modality.NEGATED; // "never urged Germany to impose sanctions": no sanctions the text asserts
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

  /**
   * NEGATED when a verb above the words says the event did not happen ("refused to negotiate", "failed to agree",
   * "the visit was cancelled", "called off the talks"), DENIED for a denial ("denied attacking the convoy"),
   * else null. A postponed or delayed event is PLANNED: it is still to come. When the claims stage ran, a denial
   * is its to judge ({@code readDenials} false).
   */
  static Event.Modality undone(Sentence s, Token t, boolean readDenials) {
    Token passiveHead = passiveHeadOfReducedRelative(s, t);
    if (passiveHead != null && undoingVerb(s, passiveHead, false)) {
      // "The talks scheduled for next week were called off": the parser made "talks" the subject of "scheduled"
      return negated(s, passiveHead) ? null : undoneModality(passiveHead);
    }
    Token cur = t;
    for (int guard = 0; guard < 4 && cur.head() >= 0; guard++) {
      String r = cur.deprel();
      boolean complement = r.equals("xcomp") || r.equals("ccomp");
      boolean object = r.equals("obj") || r.equals("nsubj:pass");
      if (!complement && !object) {
        return null;
      }
      Token h = s.tokens().get(cur.head());
      String l = Deps.lemma(h);
      if (DENYING.contains(l) && (complement || object && l.equals("deny"))) {
        return negated(s, h) || !readDenials ? null : Event.Modality.DENIED;
      }
      if (undoingVerb(s, h, complement)) {
        if (negated(s, h)) {
          return null; // "did not refuse to talk"
        }
        return undoneModality(h);
      }
      if (!r.equals("xcomp")) {
        return null;
      }
      cur = h;
    }
    return null;
  }

  /** True when {@code h} undoes its complement ({@code complement}) or its object: "refused", "called off". */
  private static boolean undoingVerb(Sentence s, Token h, boolean complement) {
    String l = Deps.lemma(h);
    boolean particle = !NEEDS_PARTICLE.contains(l) || s.dependentsOf(h).stream()
        .anyMatch(d -> d.deprel().equals("compound:prt") && (Deps.word(d).equals("off")
            || Deps.word(d).equals("out")));
    return UNDOING.contains(l) && particle && (complement ? !UNDO_OBJECT_ONLY.contains(l) : true);
  }

  /** A postponed or delayed event is still to come; a cancelled, refused or stopped one did not happen. */
  private static Event.Modality undoneModality(Token h) {
    String l = Deps.lemma(h);
    return l.equals("postpone") || l.equals("delay") ? Event.Modality.PLANNED : Event.Modality.NEGATED;
  }

  /**
   * When {@code t} is the subject of a misparsed reduced relative ({@link Deps#reducedRelative}), the passive verb
   * it is really the subject of: "called" in "The talks scheduled for next week were called off", "postponed" in
   * "A summit planned for March has been postponed"; else null.
   */
  static Token passiveHeadOfReducedRelative(Sentence s, Token t) {
    if (!t.deprel().equals("nsubj") || t.head() < 0) {
      return null;
    }
    Token p = s.tokens().get(t.head());
    if (!Deps.reducedRelative(s, p)) {
      return null;
    }
    if (p.deprel().equals("csubj:pass") && p.head() >= 0) {
      return s.tokens().get(p.head());
    }
    for (Token d : s.dependentsOf(p)) {
      if (d.deprel().equals("dep") && d.isVerb() && s.dependentsOf(d).stream()
          .anyMatch(x -> x.deprel().equals("aux:pass"))) {
        return d;
      }
    }
    return null;
  }

  /**
   * True for an event under a condition or in a question ("If Russia withdrew its troops…", "Will Iran attack?"):
   * a hypothetical in the strict sense, as opposed to a possibility a modal verb expresses ("Iran could attack").
   */
  static boolean conditional(Sentence s, Token clause) {
    if (questioned(s, clause)) {
      return true;
    }
    Token cur = clause;
    for (int guard = 0; guard < 8; guard++) {
      for (Token d : s.dependentsOf(cur)) {
        if (d.deprel().equals("mark") && CONDITIONALS.contains(Deps.word(d))) {
          return true;
        }
      }
      if (cur.head() < 0 || !(cur.deprel().equals("xcomp") || cur.deprel().equals("obl")
          || cur.deprel().equals("obj") || cur.deprel().equals("conj") || cur.deprel().equals("nmod"))) {
        return false;
      }
      cur = s.tokens().get(cur.head());
    }
    return false;
  }

  /** True when the clause of the event is a question: its sentence ends in "?" and it is not a reported answer. */
  private static boolean questioned(Sentence s, Token clause) {
    return SenseFeatures.question(s, clause) && reported(s, clause) == null;
  }

  /** True when an adverb of hearsay modifies {@code t}: "allegedly killed", "reportedly attacked". */
  private static boolean alleged(Sentence s, Token t) {
    for (Token d : s.dependentsOf(t)) {
      if (d.deprel().equals("advmod") && HEARSAY.contains(Deps.word(d))) {
        return true;
      }
    }
    return false;
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
