package org.newsgraph.stories.cluster;

import java.util.List;
import org.newsgraph.stories.profile.SparseVector;

/**
 * What the join model ({@link JoinModel}) reads of one article and one candidate story: the similarity of each
 * channel, of its places and of its people and organisations, whether their dates meet, how far apart they are,
 * and how much specific evidence they share. Every feature is in [0, 1], but the two comparing a candidate with the others, in [-1, 1].
 */
public final class JoinFeatures {
  /** The features' names, in the order of {@link #of}'s array and of the model file's lines. */
  public static final List<String> NAMES = List.of("terms", "entities", "events", "dates", "numbers", "places",
      "actors", "date_conflict", "gap", "protagonist_differs", "shared_entities", "shared_keys", "story_size",
      "has_events", "has_dates", "has_numbers", "similarity", "margin");

  private JoinFeatures() {}

  /**
   * @param cosines          per channel (terms, entities, events, dates, numbers), the cosine of article and story
   * @param present          per channel, whether both the article and the story have keys in it
   * @param places           the cosine of their place and country entities alone
   * @param actors           the cosine of their person and organisation entities alone
   * @param dateConflict     both name months or years and none is shared
   * @param gapShare         days between a dated article and a dated story, as a share of the quiet period
   * @param protagonist      the person or organisation the article is most about is not one the story is most about
   * @param sharedEntities   specific entities shared
   * @param sharedKeys       keys shared that are not common
   * @param storyArticles    articles in the story
   */
  static double[] of(double[] cosines, boolean[] present, double places, double actors, boolean dateConflict,
      double gapShare, boolean protagonist, int sharedEntities, int sharedKeys, int storyArticles) {
    return new double[] {cosines[0], cosines[1], cosines[2], cosines[3], cosines[4], places, actors,
        dateConflict ? 1 : 0, Math.min(1, gapShare), protagonist ? 1 : 0, Math.min(sharedEntities, 5) / 5.0,
        Math.min(sharedKeys, 20) / 20.0, Math.min(1, Math.log(storyArticles) / Math.log(64)),
        present[2] ? 1 : 0, present[3] ? 1 : 0, present[4] ? 1 : 0, 0, 0};
  }

  /**
   * Sets the features that compare a candidate with the others: its similarity, and how far it is above the best
   * of the other candidates (or above 0 when it is the only one), both as the rule weighs them.
   */
  static void compare(List<StoryClusterer.Scored> candidates) {
    int similarity = NAMES.indexOf("similarity");
    for (StoryClusterer.Scored s : candidates) {
      double other = 0;
      for (StoryClusterer.Scored o : candidates) {
        if (o != s) {
          other = Math.max(other, o.score());
        }
      }
      s.features()[similarity] = Math.max(-1, Math.min(1, s.score()));
      s.features()[similarity + 1] = Math.max(-1, Math.min(1, s.score() - other));
    }
  }

  /** The entities of {@code v} that are places (countries, places). */
  static SparseVector places(SparseVector v) {
    return v.filter(i -> v.key(i).startsWith("place:") || v.key(i).startsWith("country:"));
  }

  /** The entities of {@code v} that are people and organisations. */
  static SparseVector actors(SparseVector v) {
    return v.filter(i -> v.key(i).startsWith("person:") || v.key(i).startsWith("org:"));
  }
}
