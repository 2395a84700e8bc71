package org.newsgraph.extract.time.resolution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * The tense of the clause that governs a time expression, read from the dependency tree: from the expression's
 * head token, follow heads up to the nearest predicate (a verb, or a word with an auxiliary or copula), then look
 * at its part of speech and its aux/cop/mark dependents.
 */
public enum Tense {
  PAST, PRESENT, FUTURE, UNKNOWN;

  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo", "would", "ll");
  /** Predicates that look forward when they take an infinitive: "is scheduled to arrive", "plans to visit". */
  private static final Set<String> FUTURE_LEMMAS = Set.of("schedule", "plan", "expect", "due", "set", "intend",
      "slate", "aim", "prepare", "hope", "want", "seek", "promise", "vow", "threaten", "go", "likely", "poise",
      "ready", "about", "propose", "agree", "decide", "pledge", "try");

  /** The tense governing the tokens {@code expr} (indices into {@code s}). */
  static Tense of(Sentence s, List<Token> expr) {
    if (s == null || expr.isEmpty()) {
      return UNKNOWN;
    }
    int lo = expr.get(0).index();
    int hi = expr.get(expr.size() - 1).index();
    Token head = null;
    for (Token t : expr) {
      if (t.head() < lo || t.head() > hi) {
        head = t;
      }
    }
    if (head == null) {
      return UNKNOWN;
    }
    Token cur = s.headOf(head);
    if (cur == null && (head.isVerb() || hasAux(s, head))) {
      cur = head;
    }
    for (int steps = 0; cur != null && steps < 8; steps++) {
      if (cur.isVerb() || hasAux(s, cur)) {
        return ofPredicate(s, cur, 0);
      }
      cur = s.headOf(cur);
    }
    return UNKNOWN;
  }

  private static boolean hasAux(Sentence s, Token t) {
    for (Token d : s.dependentsOf(t)) {
      if (d.deprel().startsWith("aux") || d.deprel().equals("cop")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBeAux(Sentence s, Token t) {
    for (Token d : s.dependentsOf(t)) {
      if ((d.deprel().startsWith("aux") || d.deprel().equals("cop")) && "be".equals(d.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** "had been scheduled", "had planned": an auxiliary "had". */
  private static boolean pastPerfect(Sentence s, Token t) {
    for (Token d : s.dependentsOf(t)) {
      if (d.deprel().startsWith("aux") && "have".equals(d.lemma()) && d.pos().equals("VBD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSubject(Sentence s, Token t) {
    for (Token d : s.dependentsOf(t)) {
      if (d.deprel().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static Tense ofPredicate(Sentence s, Token p, int depth) {
    List<Token> deps = s.dependentsOf(p);
    boolean toMark = false;
    boolean haveAux = false;
    boolean xcomp = false;
    Tense auxTense = null;
    for (Token d : deps) {
      String rel = d.deprel();
      String w = d.word().toLowerCase(Locale.ROOT);
      if (rel.startsWith("aux") || rel.equals("cop")) {
        if (FUTURE_AUX.contains(w)) {
          return FUTURE;
        }
        if (w.equals("to") || d.pos().equals("TO")) {
          toMark = true;
          continue;
        }
        if (d.lemma().equals("have")) {
          haveAux = true;
        }
        if (d.pos().equals("VBD")) {
          auxTense = PAST;
        } else if ((d.pos().equals("VBZ") || d.pos().equals("VBP")) && auxTense == null) {
          auxTense = PRESENT;
        } else if (d.pos().equals("MD") && auxTense == null) {
          // "could" has no direction of its own: "could not be reached Friday", "could come Friday"
          auxTense = w.matches("might|may|can|should|must|ca|'d") ? FUTURE : UNKNOWN;
        }
      } else if (rel.equals("mark") && (w.equals("to"))) {
        toMark = true;
      } else if (rel.equals("xcomp")) {
        xcomp = true;
      }
    }
    String lemma = p.lemma() == null ? "" : p.lemma().toLowerCase(Locale.ROOT);
    if (xcomp && FUTURE_LEMMAS.contains(lemma) && !(p.pos().equals("VBD") && auxTense == null)) {
      return FUTURE;
    }
    if ((lemma.equals("plan") || lemma.equals("schedule") || lemma.equals("slate"))) {
      if (p.pos().equals("VBN") && (p.deprel().startsWith("acl") || p.deprel().startsWith("amod")) && depth < 3) {
        // "a memorial service planned for Saturday was canceled": the clause that carries the news decides
        Token pred = s.headOf(p);
        for (int i = 0; pred != null && i < 4 && !(pred.isVerb() || hasAux(s, pred)); i++) {
          pred = s.headOf(pred);
        }
        if (pred != null && pred != p) {
          Tense t = ofPredicate(s, pred, depth + 1);
          if (t == PAST) {
            return PAST;
          }
        }
      }
      return FUTURE; // "planned a demonstration on Saturday", "has scheduled a news conference Thursday"
    }
    if (haveAux) {
      return PAST; // present and past perfect both place the event before the reference point
    }
    if (auxTense == PRESENT && lemma.matches("due|set|expect") && hasBeAux(s, p)) {
      return FUTURE; // "elections are due in October", "the report is expected in March"
    }
    if (auxTense != null) {
      if (toMark && auxTense == PRESENT && hasBeAux(s, p)) {
        return FUTURE; // "and is to resume trading Tuesday": be + to-infinitive is a plan
      }
      if (auxTense == PRESENT && p.pos().equals("VBG") && depth == 0) {
        return FUTURE; // "is leaving Friday": the present progressive of news announces a plan
      }
      return auxTense;
    }
    if (!toMark && p.pos().equals("VB") && hasSubject(s, p)) {
      return PRESENT; // a finite verb the tagger read as a base form: "He and Arafat meet separately Monday"
    }
    if (toMark || p.pos().equals("VBG") || (p.pos().equals("VB") && !toMark)) {
      Token parent = s.headOf(p);
      if (parent != null && depth < 3) {
        String pl = parent.lemma() == null ? "" : parent.lemma().toLowerCase(Locale.ROOT);
        if (toMark && FUTURE_LEMMAS.contains(pl)) {
          // "had been scheduled to expire Friday": a plan as it stood earlier, which may be past by now
          return pastPerfect(s, parent) ? UNKNOWN : FUTURE;
        }
        if (toMark && pl.equals("be") && (parent.pos().equals("VBZ") || parent.pos().equals("VBP"))
            && p.deprel().startsWith("xcomp")) {
          return FUTURE; // "is to resume trading Tuesday"
        }
        Token pred = parent;
        for (int i = 0; pred != null && i < 4 && !(pred.isVerb() || hasAux(s, pred)); i++) {
          pred = s.headOf(pred);
        }
        if (pred != null) {
          Tense t = ofPredicate(s, pred, depth + 1);
          if (toMark && t == PAST) {
            return UNKNOWN; // "agreed to meet Friday": the meeting may be before or after publication
          }
          return t;
        }
      }
      return UNKNOWN;
    }
    switch (p.pos()) {
      case "VBD":
      case "VBN":
        return PAST;
      case "VBZ":
      case "VBP":
        return PRESENT;
      default:
        return UNKNOWN;
    }
  }
}
