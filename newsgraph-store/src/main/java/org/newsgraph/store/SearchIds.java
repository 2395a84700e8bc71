package org.newsgraph.store;

import java.util.List;

/**
 * The articles a search finds, for reads that count over them (trends, watchlists) rather than show them.
 *
 * @param total  how many articles match (exact)
 * @param ids    every one of them, in no particular order, when at most the limit asked for match; else the best
 *               {@code limit} by relevance, as {@link NewsStore#search} would list them
 */
public record SearchIds(long total, List<String> ids) {
  public SearchIds {
    ids = List.copyOf(ids);
  }

  /** Whether some matching articles were left out. */
  public boolean truncated() {
    return total > ids.size();
  }
}
