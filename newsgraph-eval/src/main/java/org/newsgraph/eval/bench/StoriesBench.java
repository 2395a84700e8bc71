package org.newsgraph.eval.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.stories.cluster.Assignment;
import org.newsgraph.stories.cluster.ClusterWeights;
import org.newsgraph.stories.cluster.StoryClusterer;
import org.newsgraph.stories.profile.ArticleProfile;
import org.newsgraph.stories.profile.SparseVector;

/**
 * The story clusterer's cost per article as the number of stories grows: generated stories (each a topic of its own:
 * 30 words and 6 entities drawn from large vocabularies, a date within two years), then probes timed one by one, half
 * of them new reports of an existing story (a share of its words, some words of their own), half new topics.
 */
public final class StoriesBench {
  private static final int VOCABULARY = 200_000;
  private static final int ENTITIES = 50_000;
  private static final int WORDS = 30;
  private static final int NAMES = 6;
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 730;

  private StoriesBench() {}

  /**
   * What one size gave.
   *
   * @param stories          stories in the index before the probes
   * @param fillSeconds      time to place the generated articles that made them
   * @param micros           mean microseconds to place one probe article
   * @param reports          probes that were new reports of an existing story
   * @param reportsJoined    of which joined that story
   * @param fresh            probes on new topics
   * @param freshStarted     of which started a story of their own
   * @param cpuMicros        mean CPU microseconds of the placing thread per probe: on a box shared with other
   *                         builds the wall time also counts the time the thread waited for a core
   * @param scored           mean candidate stories scored in full per probe (the index gives more as it fills)
   * @param skipped          mean candidate stories per probe not scored: quiet, or their upper bound below the best
   *                         score (the index gave {@code scored + skipped})
   */
  public record Figures(int stories, double fillSeconds, double micros, int reports, int reportsJoined, int fresh,
      int freshStarted, double cpuMicros, double scored, double skipped) {}

  private record Topic(String[] words, String[] names, LocalDate date) {}

  public static Figures run(int stories, int probes, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    NewsgraphConfig.Stories s = NewsgraphConfig.Stories.defaults();
    StoryClusterer c = new StoryClusterer(s.threshold(), s.quietDays(), ClusterWeights.DEFAULT);
    Topic[] topics = new Topic[stories];
    String[] storyOf = new String[stories];
    long t0 = System.nanoTime();
    for (int i = 0; i < stories; i++) {
      topics[i] = topic(r);
      storyOf[i] = c.assign(report(r, "g" + i, topics[i], 0)).storyId();
      c.frequencies().drainChanged(); // as the store does after each batch
    }
    double fill = (System.nanoTime() - t0) / 1e9;
    int reports = 0;
    int joined = 0;
    int fresh = 0;
    int started = 0;
    long spent = 0;
    long cpu = 0;
    long scoredBefore = c.candidatesScored();
    long skippedBefore = c.candidatesSkipped();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int p = 0; p < probes; p++) {
      boolean again = p % 2 == 0;
      int t = r.nextInt(stories);
      ArticleProfile a = again ? report(r, "p" + p, topics[t], 3) : report(r, "p" + p, topic(r), 0);
      long cb = threads.getCurrentThreadCpuTime();
      long b = System.nanoTime();
      Assignment x = c.assign(a);
      c.frequencies().drainChanged();
      spent += System.nanoTime() - b;
      cpu += threads.getCurrentThreadCpuTime() - cb;
      if (again) {
        reports++;
        joined += x.storyId().equals(storyOf[t]) ? 1 : 0;
      } else {
        fresh++;
        started += x.started() ? 1 : 0;
      }
    }
    return new Figures(stories, fill, spent / 1e3 / probes, reports, joined, fresh, started, cpu / 1e3 / probes,
        (double) (c.candidatesScored() - scoredBefore) / probes,
        (double) (c.candidatesSkipped() - skippedBefore) / probes);
  }

  private static Topic topic(SplittableRandom r) {
    String[] w = new String[WORDS];
    for (int i = 0; i < WORDS; i++) {
      w[i] = "w" + r.nextInt(VOCABULARY);
    }
    String[] n = new String[NAMES];
    for (int i = 0; i < NAMES; i++) {
      n[i] = (i % 2 == 0 ? "person:" : "place:") + r.nextInt(ENTITIES);
    }
    return new Topic(w, n, START.plusDays(r.nextInt(DAYS)));
  }

  /** One article on {@code t}: most of its words and names, a few words of its own, dated up to {@code days} on. */
  private static ArticleProfile report(SplittableRandom r, String id, Topic t, int days) {
    Map<String, Float> words = new HashMap<>();
    for (String w : t.words()) {
      if (r.nextDouble() < 0.7) {
        words.merge(w, 1f + r.nextInt(3), Float::sum);
      }
    }
    for (int i = 0; i < 10; i++) {
      words.merge("w" + r.nextInt(VOCABULARY), 1f, Float::sum);
    }
    Map<String, Float> names = new HashMap<>();
    for (String n : t.names()) {
      if (r.nextDouble() < 0.8) {
        names.merge(n, 1f + r.nextInt(2), Float::sum);
      }
    }
    LocalDate d = t.date().plusDays(days == 0 ? 0 : r.nextInt(days + 1));
    return new ArticleProfile(id, d, null, null, SparseVector.of(words), SparseVector.of(names), null, null, null);
  }

  /** The sizes in order, each measured on its own clusterer. */
  public static List<Figures> run(List<Integer> sizes, int probes) {
    run(1000, probes, 7); // warm-up: JIT-compile before timing
    return sizes.stream().map(n -> run(n, probes, 42)).toList();
  }
}
