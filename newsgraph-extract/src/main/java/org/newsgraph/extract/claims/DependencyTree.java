package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/** A sentence's dependency tree with children and subtrees precomputed: the attribution rules walk it a lot. */
final class DependencyTree {
  private final Sentence sentence;
  private final List<List<Token>> children;

  DependencyTree(Sentence sentence) {
    this.sentence = sentence;
    this.children = new ArrayList<>();
    for (int i = 0; i < sentence.tokens().size(); i++) {
      children.add(new ArrayList<>());
    }
    for (Token t : sentence.tokens()) {
      if (t.head() >= 0 && t.head() < children.size() && t.head() != t.index()) {
        children.get(t.head()).add(t);
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** The head of {@code t}, or null for a root (or a broken head index). */
  Token head(Token t) {
    return t.head() < 0 || t.head() >= children.size() || t.head() == t.index() ? null : token(t.head());
  }

  List<Token> children(Token t) {
    return children.get(t.index());
  }

  /** The first child of {@code t} whose relation is {@code rel} or starts with {@code rel + ":"}, else null. */
  Token child(Token t, String rel) {
    for (Token c : children(t)) {
      if (is(c, rel)) {
        return c;
      }
    }
    return null;
  }

  static boolean is(Token t, String rel) {
    return t.deprel().equals(rel) || t.deprel().startsWith(rel + ":");
  }

  /** The token indices of the subtree rooted at {@code t} (guarded against cycles in a broken parse). */
  BitSet subtree(Token t) {
    BitSet seen = new BitSet();
    List<Token> stack = new ArrayList<>(List.of(t));
    while (!stack.isEmpty()) {
      Token x = stack.remove(stack.size() - 1);
      if (seen.get(x.index())) {
        continue;
      }
      seen.set(x.index());
      stack.addAll(children(x));
    }
    return seen;
  }

  /** Characters from the first to the last token of {@code t}'s subtree. */
  Span extent(Token t) {
    BitSet s = subtree(t);
    return new Span(token(s.nextSetBit(0)).span().begin(), token(s.length() - 1).span().end());
  }

  /** Whether {@code t} is among the descendants of {@code ancestor} (or is it). */
  boolean dominates(Token ancestor, Token t) {
    Token x = t;
    for (int guard = 0; x != null && guard < tokens().size(); guard++) {
      if (x.index() == ancestor.index()) {
        return true;
      }
      x = head(x);
    }
    return false;
  }
}
