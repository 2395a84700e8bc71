package org.newsgraph.extract.claims;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * A source span holds the source only: a time phrase the parse hangs on the subject ("the bank's chief economist on
 * Monday told", "Tuesday the minister said") is cut from its edge; and in an inversion after a quotation ("…,” said
 * its chairman, Sir Anthony Greener; "…,” admitted the 28-year-old Morientes) the noun phrase after the verb is the
 * source.
 */
final class SourceEdges {
  /** Head words of time phrases. */
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night",
      "week", "weekend", "month", "year", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "earlier", "later", "overnight");
  /** Relations a subject's time phrase comes by. */
  private static final Set<String> TIME_RELATIONS = Set.of("nmod", "nmod:tmod", "obl", "obl:tmod", "nmod:npmod",
      "compound", "advmod", "dep");
  /** Marks that end a quotation right before an inverted cue. */
  private static final Set<String> QUOTE_ENDS = Set.of(",", "\"", "''", "”", "'", "’");

  private SourceEdges() {}

  /** {@code extent}, the subject's words, without a time phrase at either edge. */
  static Span withoutTime(DependencyTree tree, Token subject, Span extent) {
    Span out = extent;
    for (Token c : tree.children(subject)) {
      if (!time(c) || DependencyTree.is(c, "compound") && subject.isProperNoun()) {
        continue; // "The Sunday Times": part of a name
      }
      BitSet sub = tree.subtree(c);
      Span phrase = new Span(tree.token(sub.nextSetBit(0)).span().begin(), tree.token(sub.length() - 1).span().end());
      if (c.index() > subject.index() && phrase.end() >= out.end() && phrase.begin() > out.begin()) {
        out = new Span(out.begin(), lastWordEnd(tree, out.begin(), phrase.begin()));
      } else if (c.index() < subject.index() && phrase.begin() <= out.begin() && phrase.end() < out.end()) {
        out = new Span(firstWordBegin(tree, phrase.end(), out.end()), out.end());
      }
    }
    return out;
  }

  /** The head of the noun phrase right after an inverted cue ("…,” said its chairman, X), else null. */
  static Token inverted(DependencyTree tree, Token v) {
    if (v.index() == 0 || !QUOTE_ENDS.contains(tree.token(v.index() - 1).word())) {
      return null;
    }
    for (int i = v.index() + 1; i < tree.tokens().size(); i++) {
      Token t = tree.token(i);
      if (t.head() != v.index()) {
        continue; // a word of the phrase before its head ("its", "the 28-year-old")
      }
      boolean noun = t.pos().startsWith("NN") && !DependencyTree.is(t, "ccomp") && !DependencyTree.is(t, "obl")
          && !DependencyTree.is(t, "xcomp") && !DependencyTree.is(t, "advcl") && !time(t);
      BitSet sub = tree.subtree(t);
      for (int k = v.index() + 1; noun && k < i; k++) {
        noun = sub.get(k);
      }
      return noun ? t : null;
    }
    return null;
  }

  private static boolean time(Token t) {
    String rel = t.deprel();
    return TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && TIME_RELATIONS.contains(rel);
  }

  private static boolean word(Token t) {
    return t.word().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** The end of the last word-bearing token in [from, before). */
  private static int lastWordEnd(DependencyTree tree, int from, int before) {
    int end = from;
    for (Token t : tree.tokens()) {
      if (t.span().begin() >= from && t.span().end() <= before && word(t)) {
        end = t.span().end();
      }
    }
    return end;
  }

  /** The begin of the first word-bearing token in [after, to). */
  private static int firstWordBegin(DependencyTree tree, int after, int to) {
    for (Token t : tree.tokens()) {
      if (t.span().begin() >= after && t.span().end() <= to && word(t)) {
        return t.span().begin();
      }
    }
    return after;
  }
}
