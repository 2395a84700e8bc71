package org.newsgraph.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.NewsgraphConfig;

class NearDuplicateTest {
  /** The definition every runner uses unless the configuration says otherwise. */
  static final NearDuplicateRule RULE = new NearDuplicateRule(NewsgraphConfig.defaults().dedup());
  static final String STORY = "North Korea fired a ballistic missile into the sea off its east coast on Tuesday, "
      + "South Korea's military said, the latest in a series of launches this year. The Joint Chiefs of Staff said "
      + "the missile was launched from the Pyongyang area at about 7:20 am and flew about 600 kilometres before "
      + "falling into the sea. Japan's defence ministry said the missile appeared to have landed outside its "
      + "exclusive economic zone and there were no reports of damage to ships or aircraft. The launch came days "
      + "after the United States and South Korea wrapped up joint military drills that the North calls a "
      + "rehearsal for invasion. Analysts said Pyongyang was likely testing new technology.";

  @Test
  void the_same_wire_story_trimmed_and_with_other_furniture_is_a_near_duplicate() {
    LshIndex index = RULE.newIndex();
    index.add("afp-original", RULE.signature(STORY));
    String trimmed = STORY.substring(0, STORY.lastIndexOf("Analysts")) + " Follow us on social media. (AFP)";
    var m = index.nearest(RULE.signature(trimmed));
    assertTrue(m.isPresent());
    assertEquals("afp-original", m.get().articleId());
    assertTrue(m.get().similarity() > 0.7, "similarity " + m.get().similarity());
  }

  @Test
  void a_different_story_on_the_same_topic_is_not() {
    LshIndex index = RULE.newIndex();
    index.add("afp-original", RULE.signature(STORY));
    String other = "South Korea and the United States began their annual joint military drills on Monday, "
        + "prompting a warning from North Korea, which said the exercises were a rehearsal for invasion. The "
        + "drills will run for 11 days and involve thousands of troops, the Joint Chiefs of Staff in Seoul said. "
        + "Pyongyang has fired a series of ballistic missiles this year.";
    assertTrue(index.nearest(RULE.signature(other)).isEmpty());
  }

  /** Seeded: the LSH finds near copies among many unrelated texts. Reproduce with the seed printed on failure. */
  @Test
  void near_copies_are_found_among_thousands_of_unrelated_articles() {
    long seed = 20251127L;
    Random rnd = new Random(seed);
    LshIndex index = RULE.newIndex();
    String[] vocab = STORY.toLowerCase().split("\\W+");
    for (int i = 0; i < 5000; i++) {
      index.add("a" + i, RULE.signature(randomText(rnd, vocab, 120)));
    }
    String target = randomText(rnd, vocab, 150);
    index.add("target", RULE.signature(target));
    String copy = "Breaking: " + target.substring(0, target.length() * 9 / 10);
    var m = index.nearest(RULE.signature(copy));
    assertTrue(m.isPresent(), "seed " + seed);
    assertEquals("target", m.get().articleId(), "seed " + seed);
    assertEquals(5001, index.size());
  }

  @Test
  void the_default_definition_is_four_word_shingles_at_six_tenths_as_the_stored_signatures_say() {
    assertEquals("minhash.w4.h64.v1", RULE.scheme());
    assertEquals(0.6, RULE.threshold());
    NearDuplicateRule threes = new NearDuplicateRule(new NewsgraphConfig.Dedup(3, 0.6));
    assertEquals("minhash.w3.h64.v1", threes.scheme(), "another shingle size is another scheme: never compared");
    assertTrue(RULE.similarity(RULE.signature(STORY), threes.signature(STORY)) < 0.6);
  }

  @Test
  void a_stricter_threshold_from_the_configuration_refuses_the_trimmed_copy() {
    String trimmed = STORY.substring(0, STORY.lastIndexOf("Analysts")) + " Follow us on social media. (AFP)";
    double sim = RULE.similarity(RULE.signature(STORY), RULE.signature(trimmed));
    LshIndex strict = new NearDuplicateRule(new NewsgraphConfig.Dedup(4, Math.min(1, sim + 0.05))).newIndex();
    strict.add("afp-original", RULE.signature(STORY));
    assertTrue(strict.nearest(RULE.signature(trimmed)).isEmpty(), "similarity " + sim);
  }

  static String randomText(Random rnd, String[] vocab, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(vocab[rnd.nextInt(vocab.length)]).append(' ');
    }
    return b.toString();
  }
}
