package org.newsgraph.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.stories.profile.ArticleProfile.Channel;
import org.newsgraph.stories.profile.DocumentFrequencies;
import org.newsgraph.stories.profile.SparseVector;
import org.newsgraph.stories.profile.Vectors;

/**
 * The bound is at least the similarity, whatever the keys' counts (the story's vector is reweighed by them, the
 * article's is not), and it is the share of the article's norm on the keys it shares with the story.
 */
class CandidateBoundTest {
  private static SparseVector random(Random r, int n, int vocabulary) {
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < n; i++) {
      m.put("k" + r.nextInt(vocabulary), 0.05f + r.nextFloat());
    }
    return SparseVector.of(m);
  }

  @Test
  void the_bound_is_never_below_the_weighted_mean_of_the_cosines() {
    Random r = new Random(5);
    DocumentFrequencies df = new DocumentFrequencies();
    for (int i = 0; i < 400; i++) {
      df.add(random(r, 30, 300).keys());
    }
    ClusterWeights w = ClusterWeights.DEFAULT;
    for (int t = 0; t < 2000; t++) {
      Map<Channel, SparseVector> article = new EnumMap<>(Channel.class);
      Map<Channel, SparseVector> story = new EnumMap<>(Channel.class);
      for (Channel c : Channel.values()) {
        // some channels empty on either side; vocabularies small enough that keys are often shared
        article.put(c, r.nextInt(6) == 0 ? SparseVector.EMPTY : random(r, 1 + r.nextInt(40), 60 + r.nextInt(300)));
        story.put(c, r.nextInt(6) == 0 ? SparseVector.EMPTY : random(r, 1 + r.nextInt(160), 60 + r.nextInt(300)));
      }
      SparseVector terms = article.get(Channel.TERMS);
      SparseVector kept = terms.filter(i -> terms.key(i).hashCode() % 8 != 0); // the article's template words out
      StoryState s = new StoryState("s" + t, t, null, null, 1, 1, "t", 0, story);
      double sum = 0;
      double total = 0;
      for (Channel c : Channel.values()) {
        if (article.get(c).isEmpty()) {
          continue;
        }
        SparseVector a = c == Channel.TERMS ? kept : article.get(c);
        double most = c == Channel.TERMS ? 60 : Double.POSITIVE_INFINITY; // some story terms are template words
        total += w.weight(c);
        sum += w.weight(c) * Vectors.cosineReweighed(a, story.get(c), Vectors.counters(story.get(c), df), df, most);
      }
      double score = total == 0 ? 0 : sum / total;
      double penalty = r.nextDouble() * 0.15;
      double bound = CandidateBound.probe(article, kept, w).upperBound(CandidateBound.signature(s), penalty);
      assertTrue(bound >= score - penalty - 1e-12, t + ": bound " + bound + " below score " + (score - penalty));
    }
  }

  @Test
  void keys_the_story_lacks_bound_the_cosine_at_zero() {
    Map<Channel, SparseVector> article = new EnumMap<>(Channel.class);
    Map<Channel, SparseVector> story = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      article.put(c, SparseVector.EMPTY);
      story.put(c, SparseVector.EMPTY);
    }
    article.put(Channel.ENTITIES, SparseVector.of(Map.of("person:a", 1f, "place:b", 1f)));
    story.put(Channel.ENTITIES, SparseVector.of(Map.of("person:a", 2f, "place:c", 1f)));
    StoryState s = new StoryState("s", 1, null, null, 1, 1, "t", 0, story);
    CandidateBound.Probe p = CandidateBound.probe(article, SparseVector.EMPTY, ClusterWeights.DEFAULT);
    // one of the article's two equal keys is the story's: the cosine is at most sqrt(1/2), unless a hash collides
    assertEquals(Math.sqrt(0.5), p.upperBound(CandidateBound.signature(s), 0), 1e-9);
    story.put(Channel.ENTITIES, SparseVector.of(Map.of("place:c", 1f)));
    assertEquals(0, p.upperBound(CandidateBound.signature(new StoryState("s", 1, null, null, 1, 1, "t", 0, story)),
        0), 1e-12);
  }
}
