package org.newsgraph.stories.cluster;

import java.util.List;
import org.newsgraph.stories.profile.SparseVector;

/** Who an article and a story are most about: the people and organisations that weigh most in their entities. */
final class Protagonists {
  private static final int PROTAGONISTS = 3;

  private Protagonists() {}

  /**
   * Whether the person or organisation the article is most about is not among those the story is most about, while
   * the story is most about others: the DUI arrest of one player is not the DUI arrest of his team-mate, and one
   * company's quarterly results are not another's.
   */
  static boolean differ(SparseVector article, SparseVector story) {
    List<String> a = people(article, 1);
    List<String> s = people(story, PROTAGONISTS);
    return !a.isEmpty() && !s.isEmpty() && !s.contains(a.get(0));
  }

  private static List<String> people(SparseVector v, int n) {
    return v.heaviest(n, k -> k.startsWith("person:") || k.startsWith("org:"));
  }
}
