package org.newsgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Arrays;

/**
 * A sentence's basic dependencies as our tokens carry them: per token (0-based), its head's index ({@code -1} for the
 * root and for a token without a head) and the relation's name ({@code "root"} for the root, {@code "dep"} without a
 * head).
 */
record ParsedDependencies(int[] heads, String[] relations) {
  /** No parse: every token without a head. */
  static ParsedDependencies none(int n) {
    int[] heads = new int[n];
    String[] rels = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(rels, "dep");
    return new ParsedDependencies(heads, rels);
  }

  /** The dependencies of CoreNLP's basic graph of a sentence of {@code n} tokens. */
  static ParsedDependencies of(SemanticGraph g, int n) {
    ParsedDependencies d = none(n);
    for (IndexedWord root : g.getRoots()) {
      d.relations[root.index() - 1] = "root";
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      int dep = e.getDependent().index() - 1;
      d.heads[dep] = e.getGovernor().index() - 1;
      d.relations[dep] = e.getRelation().toString();
    }
    return d;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParsedDependencies p && Arrays.equals(heads, p.heads) && Arrays.equals(relations, p.relations);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(heads) + Arrays.hashCode(relations);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < heads.length; i++) {
      b.append(i == 0 ? "" : " ").append(relations[i]).append('(').append(heads[i] + 1).append(',').append(i + 1)
          .append(')');
    }
    return b.toString();
  }
}
