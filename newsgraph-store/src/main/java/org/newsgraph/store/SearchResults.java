package org.newsgraph.store;

import java.util.List;

/**
 * @param total  how many articles match (exact)
 * @param hits   the best ones, best first, at most the limit asked for
 */
public record SearchResults(long total, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
