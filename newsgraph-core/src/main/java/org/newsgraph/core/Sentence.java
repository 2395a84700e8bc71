package org.newsgraph.core;

import java.util.List;

/** A sentence: its span in the article text and its tokens, in order. */
public record Sentence(int index, Span span, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The dependency head of {@code t}, or null for the root. */
  public Token headOf(Token t) {
    return t.head() < 0 ? null : tokens.get(t.head());
  }

  /** The tokens whose head is {@code t}. */
  public List<Token> dependentsOf(Token t) {
    Work.tally(tokens.size());
    return tokens.stream().filter(d -> d.head() == t.index()).toList();
  }
}
