package org.newsgraph.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.stories.profile.ArticleProfile;
import org.newsgraph.stories.profile.SparseVector;

/** Every case of {@link StoryClustererTest} with the shipped join model deciding, and the model's own cases. */
class StoryClustererWithJoinModelTest extends StoryClustererTest {
  private static final NewsgraphConfig.Stories SETTINGS = NewsgraphConfig.Stories.defaults();

  @Override
  StoryClusterer clusterer() {
    return new StoryClusterer(SETTINGS.threshold(), SETTINGS.quietDays(), ClusterWeights.DEFAULT,
        JoinModel.shipped());
  }

  private static StoryClusterer with(double bias) {
    return new StoryClusterer(SETTINGS.threshold(), SETTINGS.quietDays(), ClusterWeights.DEFAULT,
        new JoinModel(bias, new double[JoinFeatures.NAMES.size()], 0.5));
  }

  private static ArticleProfile article(String id, String words, String entities) {
    return new ArticleProfile(id, LocalDate.parse("2025-01-10"), "Outlet", id, counts(words), counts(entities),
        null, null, null);
  }

  private static SparseVector counts(String words) {
    Map<String, Float> m = new HashMap<>();
    for (String w : words.split(" ")) {
      if (!w.isBlank()) {
        m.merge(w, 1f, Float::sum);
      }
    }
    return SparseVector.of(m);
  }

  @Test
  void a_model_that_finds_every_join_improbable_starts_a_story_for_every_article() {
    StoryClusterer c = with(-20);
    Assignment a = c.assign(article("a1", "quake rubbl toll", "place:padang"));
    Assignment b = c.assign(article("a2", "quake rubbl toll", "place:padang"));
    assertTrue(b.started(), b.reason());
    assertNotEquals(a.storyId(), b.storyId());
    assertTrue(b.reason().contains("join probability 0.00"), b.reason());
  }

  @Test
  void a_model_that_finds_every_join_probable_still_never_joins_by_a_word_alone() {
    StoryClusterer c = with(20);
    Assignment a = c.assign(article("a1", "quake rubbl toll", "place:padang"));
    Assignment b = c.assign(article("a2", "quake rubbl toll", "place:padang"));
    Assignment d = c.assign(article("d1", "quake market share", ""));
    assertEquals(a.storyId(), b.storyId(), b.reason());
    assertTrue(d.started(), d.reason());
    assertTrue(d.reason().contains("no specific entity"), d.reason());
  }

  @Test
  void a_model_that_finds_every_join_probable_still_needs_the_similarity_threshold() {
    StoryClusterer c = with(20);
    c.assign(article("a1", "quake rubbl toll a1w1 a1w2 a1w3 a1w4 a1w5 a1w6 a1w7 a1w8",
        "place:padang person:a1x person:a1y person:a1z org:a1o"));
    Assignment b = c.assign(article("b1", "quake b1w1 b1w2 b1w3 b1w4 b1w5 b1w6 b1w7 b1w8",
        "place:padang person:b1x person:b1y person:b1z org:b1o"));
    assertTrue(b.started(), b.reason());
    // the model would have it join (and no refusal holds: they share a place); the similarity is below 0.20
    assertTrue(b.reason().contains("join probability 1.00"), b.reason());
  }
}
