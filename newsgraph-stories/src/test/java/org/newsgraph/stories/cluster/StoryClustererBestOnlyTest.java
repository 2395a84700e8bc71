package org.newsgraph.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.stories.profile.ArticleProfile;
import org.newsgraph.stories.profile.SparseVector;

/**
 * The similarity rule scores the candidates in the order of their upper bounds, skips those whose bound is below the
 * best score, and finishes (shared keys, features) only the best: it must place every article as full scoring of all
 * candidates ({@link StoryClusterer#consider}) with the same rule does, with the same score and reason, on a stream
 * where most articles have several candidates.
 */
class StoryClustererBestOnlyTest {
  private static final NewsgraphConfig.Stories SETTINGS = NewsgraphConfig.Stories.defaults();

  private static SparseVector counts(List<String> keys) {
    Map<String, Float> m = new HashMap<>();
    for (String k : keys) {
      m.merge(k, 1f, Float::sum);
    }
    return SparseVector.of(m);
  }

  /** Articles drawn from 40 topics that share words and entities, some undated, a month each; seeded. */
  private static List<ArticleProfile> stream(int n) {
    Random r = new Random(11);
    List<ArticleProfile> out = new ArrayList<>();
    String[] kinds = {"person:", "org:", "place:", "country:"};
    for (int i = 0; i < n; i++) {
      int topic = r.nextInt(40);
      List<String> words = new ArrayList<>();
      List<String> entities = new ArrayList<>();
      for (int j = 0; j < 14; j++) {
        words.add("t" + (r.nextInt(6) == 0 ? r.nextInt(300) : topic * 5 + r.nextInt(8)));
      }
      for (int j = 0; j < 4; j++) {
        int e = r.nextInt(6) == 0 ? r.nextInt(60) : topic + r.nextInt(3);
        entities.add(kinds[e % 4] + "e" + e);
      }
      entities.add("org:outlet" + (i % 3));
      LocalDate date = r.nextInt(10) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(topic * 9 + r.nextInt(30));
      out.add(new ArticleProfile("a" + i, date, "Outlet " + (i % 3), "h" + i, counts(words), counts(entities),
          null, null, null));
    }
    return out;
  }

  private static StoryClusterer clusterer() {
    return new StoryClusterer(SETTINGS.threshold(), SETTINGS.quietDays(), ClusterWeights.DEFAULT);
  }

  @Test
  void ranking_then_finishing_the_best_places_as_scoring_every_candidate_does() {
    StoryClusterer ranked = clusterer();
    StoryClusterer full = clusterer();
    ClusterWeights w = ClusterWeights.DEFAULT;
    int joined = 0;
    for (ArticleProfile p : stream(1500)) {
      Assignment a = ranked.assign(p);
      // the rule of StoryClusterer.assign, over every candidate scored in full
      StoryClusterer.Considered c = full.consider(p);
      StoryClusterer.Scored best = c.best();
      String refused = best == null ? null : JoinRefusal.refusal(p, best, SETTINGS.threshold());
      boolean joins = best != null && refused == null && best.score() >= SETTINGS.threshold()
          && best.shared().size() >= w.minShared() && !(best.story().cohesion() * w.cohesion() > best.score());
      Assignment b = full.place(c, joins ? best.story().id() : null, refused);
      assertEquals(b, a, p.articleId());
      joined += a.started() ? 0 : 1;
    }
    assertEquals(full.stories(), ranked.stories());
    // every candidate is scored or skipped (quiet, or its bound below the best score), and the bound skips many
    assertEquals(full.candidatesScored(), ranked.candidatesScored() + ranked.candidatesSkipped());
    assertTrue(full.candidatesScored() > 3 * 1500, "several candidates per article: " + full.candidatesScored());
    assertTrue(ranked.candidatesSkipped() > full.candidatesScored() / 4, "skipped " + ranked.candidatesSkipped()
        + " of " + full.candidatesScored());
    assertTrue(joined > 300 && joined < 1400, "joins and starts both: " + joined);
  }
}
