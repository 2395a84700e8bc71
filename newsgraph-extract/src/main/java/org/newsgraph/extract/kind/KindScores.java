package org.newsgraph.extract.kind;

import java.util.EnumMap;
import java.util.Map;

/**
 * The probability of each {@link ArticleKind} for one article.
 *
 * @param probabilities one per kind, summing to 1
 */
public record KindScores(Map<ArticleKind, Double> probabilities) {
  public KindScores {
    probabilities = Map.copyOf(new EnumMap<>(probabilities));
  }

  /** The probability that the article is news of politics, conflict, crime or diplomacy. */
  public double politics() {
    return probabilities.getOrDefault(ArticleKind.POLITICS, 0.0);
  }

  /** The most probable kind (the first in declaration order on a tie). */
  public ArticleKind top() {
    ArticleKind best = ArticleKind.POLITICS;
    double p = -1;
    for (ArticleKind k : ArticleKind.values()) {
      double q = probabilities.getOrDefault(k, 0.0);
      if (q > p) {
        p = q;
        best = k;
      }
    }
    return best;
  }
}
