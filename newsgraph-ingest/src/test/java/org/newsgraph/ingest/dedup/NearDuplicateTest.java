package org.newsgraph.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateTest {
  static final String STORY = "North Korea fired a ballistic missile into the sea off its east coast on Tuesday, "
      + "South Korea's military said, the latest in a series of launches this year. The Joint Chiefs of Staff said "
      + "the missile was launched from the Pyongyang area at about 7:20 am and flew about 600 kilometres before "
      + "falling into the sea. Japan's defence ministry said the missile appeared to have landed outside its "
      + "exclusive economic zone and there were no reports of damage to ships or aircraft. The launch came days "
      + "after the United States and South Korea wrapped up joint military drills that the North calls a "
      + "rehearsal for invasion. Analysts said Pyongyang was likely testing new technology.";

  @Test
  void the_same_wire_story_trimmed_and_with_other_furniture_is_a_near_duplicate() {
    LshIndex index = new LshIndex(0.6);
    index.add("afp-original", MinHasher.signature(STORY));
    String trimmed = STORY.substring(0, STORY.lastIndexOf("Analysts")) + " Follow us on social media. (AFP)";
    var m = index.nearest(MinHasher.signature(trimmed));
    assertTrue(m.isPresent());
    assertEquals("afp-original", m.get().articleId());
    assertTrue(m.get().similarity() > 0.7, "similarity " + m.get().similarity());
  }

  @Test
  void a_different_story_on_the_same_topic_is_not() {
    LshIndex index = new LshIndex(0.6);
    index.add("afp-original", MinHasher.signature(STORY));
    String other = "South Korea and the United States began their annual joint military drills on Monday, "
        + "prompting a warning from North Korea, which said the exercises were a rehearsal for invasion. The "
        + "drills will run for 11 days and involve thousands of troops, the Joint Chiefs of Staff in Seoul said. "
        + "Pyongyang has fired a series of ballistic missiles this year.";
    assertTrue(index.nearest(MinHasher.signature(other)).isEmpty());
  }

  /** Seeded: the LSH finds near copies among many unrelated texts. Reproduce with the seed printed on failure. */
  @Test
  void near_copies_are_found_among_thousands_of_unrelated_articles() {
    long seed = 20251127L;
    Random rnd = new Random(seed);
    LshIndex index = new LshIndex(0.6);
    String[] vocab = STORY.toLowerCase().split("\\W+");
    for (int i = 0; i < 5000; i++) {
      index.add("a" + i, MinHasher.signature(randomText(rnd, vocab, 120)));
    }
    String target = randomText(rnd, vocab, 150);
    index.add("target", MinHasher.signature(target));
    String copy = "Breaking: " + target.substring(0, target.length() * 9 / 10);
    var m = index.nearest(MinHasher.signature(copy));
    assertTrue(m.isPresent(), "seed " + seed);
    assertEquals("target", m.get().articleId(), "seed " + seed);
    assertEquals(5001, index.size());
  }

  static String randomText(Random rnd, String[] vocab, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(vocab[rnd.nextInt(vocab.length)]).append(' ');
    }
    return b.toString();
  }
}
