package org.newsgraph.extract.time.engine;

/** A match of the rule at index {@code rule} of the rule book: a proposed extent, before overlaps are settled. */
public record Candidate(int rule, Match match) {
  public int length() {
    return match.end() - match.begin();
  }
}
