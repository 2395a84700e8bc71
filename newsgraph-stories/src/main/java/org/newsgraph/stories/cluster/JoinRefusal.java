package org.newsgraph.stories.cluster;

import org.newsgraph.stories.profile.ArticleProfile;
import org.newsgraph.stories.profile.ArticleProfile.Channel;
import org.newsgraph.stories.profile.SparseVector;

/** Why a story may not take an article in, however similar (or probable, for the join model) it is. */
final class JoinRefusal {
  private JoinRefusal() {}

  /** How far above the threshold an article must be to join a story across the dated / undated divide. */
  static final double MIXED_MARGIN = 0.15;
  /** Specific entities an article must share with a story to join it across the dated / undated divide. */
  static final int MIXED_ENTITIES = 2;

  /**
   * Why the best story may not take the article in, though it may be similar enough, or null. Two rules beyond the
   * similarity:
   * <ul>
   *   <li>An article joins only a story it shares a specific entity with (not common, not its outlet): words alone
   *       are not an event. Quarterly-results briefs of two companies share a template (the company, in capitals
   *       in the headline, is seldom a linked entity), and the template's words are not yet common early in a
   *       stream, when the first briefs come. Measured: ECB+ dev and train unchanged, the largest Reuters story of
   *       briefs gone (docs/BENCHMARKS.md).
   *   <li>Across the dated / undated divide (an undated article and a story with dated articles, or the reverse)
   *       words are not enough: the similarity must clear the threshold by {@link #MIXED_MARGIN}, at least
   *       {@link #MIXED_ENTITIES} specific entities must be shared, and the years the article's own resolved times
   *       fall in must not miss the story's years. Otherwise an undated 2005 BBC report on oil prices and 1987
   *       Reuters oil reports make one story.
   * </ul>
   */
  static String refusal(ArticleProfile p, StoryClusterer.Scored best, double threshold) {
    if (best.sharedEntities() == 0) {
      return "shares no specific entity with it (a common template is not an event)";
    }
    boolean storyDated = best.story().dated();
    if ((p.date() == null) == !storyDated) {
      return null;
    }
    if (best.score() < threshold + MIXED_MARGIN || best.sharedEntities() < MIXED_ENTITIES) {
      return (p.date() == null ? "undated" : "dated, the story undated")
          + ": joins across the date divide only by strong evidence (similarity and shared entities)";
    }
    java.util.Set<Integer> articleYears = p.date() != null ? java.util.Set.of(p.date().getYear())
        : years(p.channel(Channel.DATES));
    java.util.Set<Integer> storyYears = storyDated ? span(best.story()) : years(best.story().channel(Channel.DATES));
    if (!articleYears.isEmpty() && !storyYears.isEmpty() && java.util.Collections.disjoint(articleYears,
        storyYears)) {
      return "its years " + new java.util.TreeSet<>(articleYears) + " miss the story's "
          + new java.util.TreeSet<>(storyYears);
    }
    return null;
  }

  /** The years of the {@code y:YYYY} keys of a dates vector. */
  private static java.util.Set<Integer> years(SparseVector dates) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (String k : dates.keys()) {
      if (k.startsWith("y:")) {
        try {
          out.add(Integer.parseInt(k.substring(2)));
        } catch (NumberFormatException e) {
          // not a year key
        }
      }
    }
    return out;
  }

  private static java.util.Set<Integer> span(StoryState s) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (int y = s.first().getYear(); y <= s.last().getYear(); y++) {
      out.add(y);
    }
    return out;
  }

}
