package org.newsgraph.extract.claims;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Who speaks through an active cue verb: its subject, or the subject it shares with the verb it hangs from, and
 * the words of that subject as PolNeAR marks the source.
 */
final class CueSource {
  /** Farthest a participle or "to" cue climbs to find the clause whose subject speaks. */
  private static final int SUBJECT_CLIMB = 3;

  /** Subjects of a copular clause that name no speaker ("It is worth noting"). */
  private static final Set<String> EMPTY_SUBJECTS = Set.of("it", "this", "that", "there", "which");

  private final SpanTrimmer trimmer;

  CueSource(SpanTrimmer trimmer) {
    this.trimmer = trimmer;
  }

  /** The source span of {@code subject}, trimmed, with an appositive's closing comma; null without a subject. */
  Span span(DependencyTree tree, Token subject) {
    return subject == null ? null : appositiveComma(trimmer.trim(tree,
        SourceEdges.withoutTime(tree, subject, sourceExtent(tree, subject))));
  }

  /**
   * The subject of a reporting verb, or of the verb it hangs from ("…, adding", "declined to confirm", "took to
   * Twitter to accuse"); a participle or "to" cue hung from a noun by the parse climbs to the clause above ("Trump
   * is questioning the voting system, encouraging…", or a copular clause: "is wary of…, expecting…"); "…,” said
   * Caddell: the name right after the verb.
   */
  static Token subject(DependencyTree tree, Token v) {
    Token s = tree.child(v, "nsubj");
    if (s != null && !DependencyTree.is(s, "nsubj:pass")) {
      return s;
    }
    Token said = tree.head(v);
    Token sayer = said == null ? null : tree.head(said);
    if (sayer != null && DependencyTree.is(said, "ccomp") && VerbContent.coordinatedWithCue(tree, sayer, said, v)) {
      return subject(tree, sayer); // "Trump said he would order… and warned": Trump warned
    }
    boolean participle = v.word().toLowerCase(Locale.ROOT).endsWith("ing");
    Token mark = tree.child(v, "mark");
    boolean purpose = mark != null && mark.word().equalsIgnoreCase("to");
    Token head = tree.head(v);
    boolean shares = head != null && (DependencyTree.is(v, "conj") || DependencyTree.is(v, "xcomp")
        || DependencyTree.is(v, "advcl") && (participle || purpose));
    if (shares) {
      Token hs = tree.child(head, "nsubj");
      return hs != null && !DependencyTree.is(hs, "nsubj:pass") ? hs : null;
    }
    if (participle || purpose) {
      Token x = head;
      for (int k = 0; x != null && k < SUBJECT_CLIMB; k++, x = tree.head(x)) {
        Token hs = tree.child(x, "nsubj");
        if ((x.isVerb() || commaBefore(tree, v) && adjectivePredicate(tree, x, hs)) && hs != null
            && !DependencyTree.is(hs, "nsubj:pass") && hs.index() < v.index()) {
          return hs;
        }
      }
      return null;
    }
    if (v.index() + 1 < tree.tokens().size()) {
      Token next = tree.token(v.index() + 1);
      if (next.head() == v.index() && next.isProperNoun() && !DependencyTree.is(next, "ccomp")
          && !DependencyTree.is(next, "obl")) {
        return next; // "…,” said Caddell, the name parsed as the verb's object or complement
      }
    }
    return null;
  }

  /**
   * An adjective after a copula, with a subject that is not an empty "it"/"this"/"that": "He is more cautious about
   * the rally, expecting …" (the participle hangs from a noun under "cautious", whose subject speaks). Not "It is
   * worth noting", nor a noun predicate ("leaders who have been opponents …, warning": the relative is not the
   * speaker).
   */
  private static boolean adjectivePredicate(DependencyTree tree, Token x, Token subject) {
    return x.pos().startsWith("JJ") && tree.child(x, "cop") != null && subject != null
        && !EMPTY_SUBJECTS.contains(subject.word().toLowerCase(Locale.ROOT));
  }

  /** A comma right before the participle, or before one adverb in front of it (", perhaps recognizing"). */
  private static boolean commaBefore(DependencyTree tree, Token v) {
    int i = v.index() - 1;
    if (i >= 0 && tree.token(i).pos().startsWith("RB")) {
      i--;
    }
    return i >= 0 && tree.token(i).word().equals(",");
  }

  /**
   * The source's words: the subject's subtree up to a participle set off by a comma after the name ("Trump,
   * speaking to a veterans group,"), which PolNeAR leaves out (a relative clause it keeps as often as not).
   */
  private static Span sourceExtent(DependencyTree tree, Token subject) {
    BitSet keep = tree.subtree(subject);
    for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
      Token t = tree.token(i);
      boolean modifier = t.deprel().equals("acl") && (t.pos().equals("VBG") || t.pos().equals("VBN"));
      BitSet sub = tree.subtree(t);
      int first = sub.nextSetBit(0);
      if (modifier && i > subject.index() && first > 0 && tree.token(first - 1).word().equals(",")) {
        return new Span(tree.token(keep.nextSetBit(0)).span().begin(), tree.token(first - 1).span().end());
      }
    }
    return tree.extent(subject);
  }

  /**
   * "Ban Ki-moon, the secretary general of the United Nations, said": PolNeAR closes an appositive source with its
   * comma.
   */
  private Span appositiveComma(Span source) {
    String text = trimmer.text();
    if (source != null && source.of(text).contains(",") && source.end() < text.length()
        && text.charAt(source.end()) == ',') {
      return new Span(source.begin(), source.end() + 1);
    }
    return source;
  }
}
