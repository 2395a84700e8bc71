package org.newsgraph.extract.entities;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * Decides whether a capital city stands for its country's government ("Pyongyang deployed troops", "a deal with
 * Muscat", "Delhi's partners") or is the place itself ("left New Delhi", "arrive in Addis Ababa"), from the
 * dependency relation of the name's head word.
 */
final class Metonymy {
  private static final Set<String> ACTOR_RELATIONS = Set.of("nsubj", "nsubj:pass", "csubj", "nmod:poss",
      "obl:agent", "nsubj:xsubj");
  private static final Set<String> PARTNER_CASES = Set.of("with", "against", "between", "by");

  private Metonymy() {}

  /** True when the name ending at token {@code last} (head of the name) acts as an agent. */
  static boolean actsAsGovernment(Sentence s, Token head) {
    Token t = head;
    // "Pyongyang and Moscow have deepened ties": a conjunct takes the first conjunct's role.
    for (int guard = 0; guard < 5 && t.deprel().equals("conj"); guard++) {
      Token h = s.headOf(t);
      if (h == null) {
        break;
      }
      t = h;
    }
    if (ACTOR_RELATIONS.contains(t.deprel())) {
      return true;
    }
    if (t.deprel().startsWith("obl") || t.deprel().startsWith("nmod")) {
      for (Token d : s.dependentsOf(t)) {
        if (d.deprel().equals("case") && PARTNER_CASES.contains(d.word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The head of tokens [from, to): the one whose head lies outside the range (the last one if unparsed). */
  static Token headOf(Sentence s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      Token t = s.tokens().get(i);
      if (t.head() < from || t.head() >= to) {
        return t;
      }
    }
    return s.tokens().get(to - 1);
  }
}
