package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.newsgraph.core.Token;

/**
 * What the {@link CueModel} sees of a verb: its lemma, tag and relation, the relations of its dependents (a clausal
 * complement, an object, a subject and what kind of subject), its neighbours ("called for", "pointed to"), whether
 * it stands inside a quotation of its sentence, and whether the hand-written lists name it. Features are strings,
 * so the model file reads as text.
 */
final class CueFeatures {
  private CueFeatures() {}

  /** Candidates are verbs: PolNeAR's other cue kinds ("according to", a colon, a dash) stay with the rules. */
  static boolean candidate(Token t) {
    return t.isVerb();
  }

  static List<String> of(DependencyTree tree, Token t) {
    String lemma = CueRules.lemma(t);
    String rel = t.deprel();
    List<String> f = new ArrayList<>();
    f.add("b");
    f.add("l=" + lemma);
    f.add("p=" + t.pos());
    f.add("r=" + rel);
    f.add("l|r=" + lemma + "|" + rel);
    f.add("p|r=" + t.pos() + "|" + rel);
    TreeSet<String> rels = new TreeSet<>();
    for (Token c : tree.children(t)) {
      rels.add(c.deprel());
    }
    for (String r : rels) {
      f.add("c=" + r);
      f.add("l|c=" + lemma + "|" + r);
    }
    f.add("cs=" + String.join(",", rels));
    Token head = tree.head(t);
    f.add("hl=" + (head == null ? "ROOT" : CueRules.lemma(head)));
    f.add("r|hp=" + rel + "|" + (head == null ? "ROOT" : head.pos()));
    String next = word(tree, t.index() + 1);
    f.add("n1=" + next);
    f.add("l|n1=" + lemma + "|" + next);
    f.add("p1=" + word(tree, t.index() - 1));
    f.add("l|n2=" + lemma + "|" + next + "|" + word(tree, t.index() + 2));
    String subject = subjectKind(tree, t);
    f.add("s=" + subject);
    f.add("l|s=" + lemma + "|" + subject);
    boolean quoted = insideQuote(tree, t);
    f.add("q=" + quoted);
    f.add("l|q=" + lemma + "|" + quoted);
    f.add("qs=" + hasQuote(tree));
    boolean listed = Cues.REPORTING.contains(lemma);
    f.add("rep=" + listed);
    f.add("rep|r=" + listed + "|" + rel);
    f.add("rep|s=" + listed + "|" + subject);
    for (int i = t.index() + 1; i < tree.tokens().size() && i <= t.index() + 2; i++) {
      if (tree.token(i).word().equals(":")) {
        f.add("colon");
        f.add("l|colon=" + lemma);
      }
    }
    return f;
  }

  private static String word(DependencyTree tree, int i) {
    return i < 0 ? "<s>" : i >= tree.tokens().size() ? "</s>" : tree.token(i).word().toLowerCase(Locale.ROOT);
  }

  /** PRON, PERSON, ORGANIZATION… (the subject's NER tag), NOUN, or NONE; a passive subject is PASS. */
  private static String subjectKind(DependencyTree tree, Token t) {
    Token s = tree.child(t, "nsubj");
    if (s == null) {
      return "NONE";
    }
    if (DependencyTree.is(s, "nsubj:pass")) {
      return "PASS";
    }
    if (s.pos().startsWith("PRP")) {
      return "PRON";
    }
    return s.ner() != null && !s.ner().equals("O") ? s.ner() : s.pos().startsWith("NN") ? "NOUN" : "OTHER";
  }

  /** Whether an odd number of quotation marks come before {@code t} in its sentence. */
  private static boolean insideQuote(DependencyTree tree, Token t) {
    int n = 0;
    for (int i = 0; i < t.index(); i++) {
      if (isQuoteToken(tree.token(i).word())) {
        n++;
      }
    }
    return n % 2 == 1;
  }

  private static boolean hasQuote(DependencyTree tree) {
    return tree.tokens().stream().anyMatch(x -> isQuoteToken(x.word()));
  }

  private static boolean isQuoteToken(String w) {
    return w.equals("``") || w.equals("''") || w.length() == 1 && QuoteMarks.isQuote(w.charAt(0));
  }
}
