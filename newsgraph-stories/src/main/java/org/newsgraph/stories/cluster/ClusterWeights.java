package org.newsgraph.stories.cluster;

/**
 * How the evidence is weighed: the similarity of an article to a story is the weighted mean, over the channels, of
 * the mean cosine between the article and the story's articles, less penalties for dates that do not meet.
 *
 * @param terms        weight of the words
 * @param entities     weight of the linked entities
 * @param events       weight of the event types and participants
 * @param dates        weight of the months and years the times in the text fall in
 * @param numbers      weight of the numbers written in the text
 * @param dateConflict taken off when both name dates and none is shared
 * @param gap          taken off in proportion to the days between a dated article and a dated story, as a share of
 *                     the quiet period (beyond it the story is not a candidate at all)
 * @param protagonist  taken off when the person the article is most about is not one the story is most about
 * @param cohesion     an article joins a story only if its similarity is at least this share of the mean
 *                     similarity the story's own articles had when they joined: a tight story does not take in a
 *                     look-alike
 * @param minShared    keys (words and entities) an article must share with a story to join it: one common word is
 *                     never enough
 * @param commonShare  a key in more than this share of the articles so far is common: it does not count towards
 *                     {@code minShared}
 */
public record ClusterWeights(double terms, double entities, double events, double dates, double numbers,
    double dateConflict, double gap, double protagonist, double cohesion, int minShared, double commonShare) {
  /**
   * Chosen on the ECB+ train topics (B3 F1) and on the sizes of the stories of a 9,600-article Reuters and BBC store
   * (quarterly-results briefs must not make one story): docs/BENCHMARKS.md.
   */
  public static final ClusterWeights DEFAULT = new ClusterWeights(1.0, 1.0, 0.3, 0.3, 1.0, 0.0, 0.15, 0.1, 0.0, 3,
      0.02);

  /** The weight of channel {@code c}. */
  public double weight(org.newsgraph.stories.profile.ArticleProfile.Channel c) {
    return switch (c) {
      case TERMS -> terms;
      case ENTITIES -> entities;
      case EVENTS -> events;
      case DATES -> dates;
      case NUMBERS -> numbers;
    };
  }
}
